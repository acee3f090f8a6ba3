// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Interval arithmetic on code-point ranges [start, end), shared by every count that must
// not count a character twice.

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace situate {

/// A half-open code-point range.
struct Interval {
    qint64 start = 0;
    qint64 end = 0;
};

/// Sorts and merges overlapping or touching intervals in place, so the result is the union
/// as disjoint, separated ranges in order; returns its length.
inline qint64 mergeIntervals(std::vector<Interval>& v) {
    std::sort(v.begin(), v.end(), [](const Interval& a, const Interval& b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    std::size_t out = 0;
    qint64 total = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (out > 0 && v[i].start <= v[out - 1].end) {
            v[out - 1].end = std::max(v[out - 1].end, v[i].end);
        } else {
            v[out++] = v[i];
        }
    }
    v.resize(out);
    for (const Interval& i : v)
        total += i.end - i.start;
    return total;
}

/// Whether [start, end) shares a code point with one of the sorted, disjoint `ranges`.
inline bool sharesCharacter(const std::vector<Interval>& ranges, qint64 start, qint64 end) {
    // The first range that ends after start is the only one that can.
    const auto it = std::upper_bound(ranges.begin(), ranges.end(), start,
                                     [](qint64 at, const Interval& r) { return at < r.end; });
    return it != ranges.end() && it->start < end && start < end;
}

} // namespace situate
