// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: the sweep behind the character and segment tables, shared by
// characterCountsTable (on SpanCodings) and computeAgreement's table read straight from the
// file (spantable.cpp, on its own smaller records).

#include "core/agreement/spanagreement.h"
#include "core/platform.h"

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace situate {

/// Calls fn(group, first, second) for every group in [0, groups), in order, with each coder's
/// spans of that group merged (overlapping ones joined, empty ones dropped; both lists empty
/// for a group without codings). A record (`Mark`) has `start`, `end` and `coder` (0 or 1);
/// slot(mark) is its group, or `groups` or more to leave it out. The records may come in any
/// order, in several parts: they are placed in their groups by a counting sort (one pass to
/// count, one to place), so only each group's few records are sorted by comparison.
template <typename Mark, typename Slot, typename Fn>
void forEachSpanGroup(size_t groups,
                      std::initializer_list<std::pair<const Mark*, const Mark*>> parts, Slot slot,
                      Fn fn) {
    // ends[g + 1] counts group g, then (summed) where it starts; placing moves each start to
    // its group's end, so group g is [ends[g - 1], ends[g]) after it, with no second array.
    std::vector<qsizetype> ends(groups + 1, 0);
    for (const auto& [from, to] : parts)
        for (const Mark* m = from; m != to; ++m)
            if (const size_t g = slot(*m); g < groups)
                ++ends[g + 1];
    for (size_t g = 0; g < groups; ++g)
        ends[g + 1] += ends[g];
    // Left unwritten until placed: zeroing it first touched every page twice.
    const auto total = static_cast<size_t>(ends[groups]);
    const std::unique_ptr<Mark[]> placed(new Mark[total]);
    platform::preferHugePages(placed.get(), total * sizeof(Mark));
    for (const auto& [from, to] : parts)
        for (const Mark* m = from; m != to; ++m)
            if (const size_t g = slot(*m); g < groups)
                placed[static_cast<size_t>(ends[g]++)] = *m;
    QVector<Span> spans[2];
    const auto merge = [](const Mark* from, const Mark* to, QVector<Span>& out) {
        out.clear();
        for (const Mark* c = from; c != to; ++c) {
            if (c->end <= c->start)
                continue;
            if (!out.isEmpty() && c->start < out.last().end)
                out.last().end = std::max(out.last().end, c->end);
            else
                out.append({c->start, c->end});
        }
    };
    for (size_t g = 0; g < groups; ++g) {
        Mark* from = placed.get() + (g == 0 ? 0 : ends[g - 1]);
        Mark* to = placed.get() + ends[g];
        std::sort(from, to, [](const Mark& a, const Mark& b) {
            if (a.coder != b.coder)
                return a.coder < b.coder;
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        const Mark* second = std::find_if(from, to, [](const Mark& c) { return c.coder != 0; });
        merge(from, second, spans[0]);
        merge(second, to, spans[1]);
        fn(g, std::as_const(spans[0]), std::as_const(spans[1]));
    }
}

} // namespace situate
