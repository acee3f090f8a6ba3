// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The set arithmetic of coding queries on one document: sets of code points kept as sorted,
// disjoint, non-touching intervals (each one a run), and the context operators over them.
// Pure functions; core/query/README.md states the rules.

#include "core/analysis/intervals.h"

#include <functional>
#include <vector>

namespace situate::query {

/// Sorted, disjoint, non-touching code-point intervals: a set of characters as its runs.
using Runs = std::vector<Interval>;

/// The runs of any intervals (sorted and merged where they overlap or touch).
Runs runsOf(std::vector<Interval> intervals);

Runs unite(const Runs& a, const Runs& b);
Runs intersect(const Runs& a, const Runs& b);
Runs subtract(const Runs& a, const Runs& b);

/// How many words lie wholly inside the code points [a, b) of a document, counting no further
/// than `limit` (TextWords::count).
using WordCount = std::function<qint64(qint64 a, qint64 b, qint64 limit)>;

/// The runs of `x` with at most `n` words between them and the nearest run of `y` on either
/// side (0 when they touch or overlap).
Runs near(const Runs& x, const Runs& y, qint64 n, const WordCount& words);

/// The runs of `x` that share a character with a unit (a turn, a paragraph; sorted by start)
/// that shares a character with `y`.
Runs inUnits(const Runs& x, const Runs& y, const std::vector<Interval>& units);

/// Each run of `x` widened to every unit it shares a character with, merged where they meet.
Runs widen(const Runs& x, const std::vector<Interval>& units);

/// The characters of the runs.
qint64 characters(const Runs& runs);

} // namespace situate::query
