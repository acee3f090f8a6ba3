// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QTest>

#include <catch2/catch.hpp>

namespace situate::test {

/// Runs the event loop until `done()` holds, for at most `timeoutMs` (the work itself runs
/// on pool threads and timers); the test fails if it never does. The timeout only bounds a
/// test that has gone wrong: on a loaded machine things take their time.
template <typename Done> void waitFor(Done done, int timeoutMs = 60000) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    REQUIRE(done());
}

} // namespace situate::test
