// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/queryintervals.h"

#include <algorithm>

namespace situate::query {

namespace {

/// Appends to `out` every unit (sorted by start, possibly overlapping) that shares a character
/// with one of the runs. Each run starts its scan at a binary search on start, set back by the
/// longest unit so that a unit starting earlier and reaching into the run is not missed.
void appendUnitsSharing(const std::vector<Interval>& units, const Runs& runs,
                        std::vector<Interval>& out) {
    qint64 longest = 0;
    for (const Interval& u : units)
        longest = std::max(longest, u.end - u.start);
    for (const Interval& r : runs) {
        auto it = std::lower_bound(units.begin(), units.end(), r.start - longest,
                                   [](const Interval& u, qint64 v) { return u.start < v; });
        for (; it != units.end() && it->start < r.end; ++it)
            if (r.start < it->end)
                out.push_back(*it);
    }
}

} // namespace

Runs runsOf(std::vector<Interval> intervals) {
    intervals.erase(std::remove_if(intervals.begin(), intervals.end(),
                                   [](const Interval& i) { return i.end <= i.start; }),
                    intervals.end());
    mergeIntervals(intervals);
    return intervals;
}

Runs unite(const Runs& a, const Runs& b) {
    Runs all;
    all.reserve(a.size() + b.size());
    std::merge(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(all),
               [](const Interval& p, const Interval& q) { return p.start < q.start; });
    std::size_t out = 0;
    for (const Interval& i : all) {
        if (out > 0 && i.start <= all[out - 1].end)
            all[out - 1].end = std::max(all[out - 1].end, i.end);
        else
            all[out++] = i;
    }
    all.resize(out);
    return all;
}

Runs intersect(const Runs& a, const Runs& b) {
    Runs out;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 s = std::max(a[i].start, b[j].start);
        const qint64 e = std::min(a[i].end, b[j].end);
        if (s < e)
            out.push_back({s, e});
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return out; // pieces of disjoint runs cut by disjoint runs never touch
}

Runs subtract(const Runs& a, const Runs& b) {
    Runs out;
    std::size_t j = 0;
    for (const Interval& run : a) {
        qint64 at = run.start;
        while (j < b.size() && b[j].end <= at)
            ++j;
        std::size_t k = j;
        while (k < b.size() && b[k].start < run.end) {
            if (b[k].start > at)
                out.push_back({at, b[k].start});
            at = std::max(at, b[k].end);
            ++k;
        }
        if (at < run.end)
            out.push_back({at, run.end});
    }
    return out;
}

Runs near(const Runs& x, const Runs& y, qint64 n, const WordCount& words) {
    Runs out;
    if (y.empty())
        return out;
    std::size_t j = 0; // the first run of y that ends at or after the current run's start
    for (const Interval& run : x) {
        while (j < y.size() && y[j].end < run.start)
            ++j;
        bool keep = false;
        if (j < y.size() && y[j].start <= run.end)
            keep = true; // touches or overlaps
        if (!keep && j > 0)
            keep = words(y[j - 1].end, run.start, n + 1) <= n;
        if (!keep && j < y.size())
            keep = words(run.end, y[j].start, n + 1) <= n;
        if (keep)
            out.push_back(run);
    }
    return out;
}

Runs inUnits(const Runs& x, const Runs& y, const std::vector<Interval>& units) {
    // The units holding a character of y, as runs; then the runs of x that share one with
    // them.
    std::vector<Interval> holding;
    appendUnitsSharing(units, y, holding);
    const Runs held = runsOf(std::move(holding));
    Runs out;
    std::size_t j = 0;
    for (const Interval& run : x) {
        while (j < held.size() && held[j].end <= run.start)
            ++j;
        if (j < held.size() && held[j].start < run.end)
            out.push_back(run);
    }
    return out;
}

Runs widen(const Runs& x, const std::vector<Interval>& units) {
    std::vector<Interval> wide(x.begin(), x.end());
    appendUnitsSharing(units, x, wide);
    return runsOf(std::move(wide));
}

qint64 characters(const Runs& runs) {
    qint64 n = 0;
    for (const Interval& r : runs)
        n += r.end - r.start;
    return n;
}

} // namespace situate::query
