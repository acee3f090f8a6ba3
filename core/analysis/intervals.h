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

} // namespace situate
