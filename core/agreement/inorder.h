// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: the pieces of a long output (the 200,000 rows of an agreement
// table) made on two threads and handed on in order.

#include <QByteArray>

#include <functional>

namespace situate {

/// Makes pieces 0..count-1 on two threads, the caller's and one more, and hands each to
/// `sink` in order on the caller's thread, holding at most four made pieces at a time.
/// make(k, out, thread) writes piece k into `out` (empty, with the room of an earlier piece);
/// `thread` is 0 on the caller's thread and 1 on the other, so that each can keep state of its
/// own. It runs for two pieces at once, so it must only read what the two share.
using MakePiece = std::function<void(qsizetype, QByteArray&, int)>;
void makeInOrder(qsizetype count, const MakePiece& make,
                 const std::function<void(const QByteArray&)>& sink);

/// Runs job(0) on a thread of its own and job(1) on the caller's, and waits for both.
void runOnTwoThreads(const std::function<void(int)>& job);

} // namespace situate
