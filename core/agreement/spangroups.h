// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: the sweep behind the character and segment tables, shared by
// characterCountsTable (on SpanCodings) and computeAgreement's table read straight from the
// file (spantable.cpp, on its own smaller records).

#include "core/agreement/spanagreement.h"
#include "core/largearray.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace situate {

/// Records (`Mark`s, each with `start`, `end` and `coder`, 0 or 1) placed in their groups
/// 0..groups-1, then swept group by group with each coder's spans merged. The records may come
/// in any order, in several parts: they are placed by a counting sort (one pass to count, one
/// to place), so only each group's few records are sorted by comparison. Ranges of groups that
/// do not overlap may be swept at once on different threads.
template <typename Mark> class PlacedGroups {
public:
    /// slot(mark) is the mark's group, or `groups` or more to leave it out.
    template <typename Slot>
    PlacedGroups(size_t groups, std::initializer_list<std::pair<const Mark*, const Mark*>> parts,
                 Slot slot) {
        m_ends.resize(qsizetype(groups) + 1);
        // m_ends[g + 1] counts group g, then (summed) where it starts; placing moves each
        // start to its group's end, so group g is [m_ends[g - 1], m_ends[g]) after it, with no
        // second array.
        for (const auto& [from, to] : parts)
            for (const Mark* m = from; m != to; ++m)
                if (const size_t g = slot(*m); g < groups)
                    ++m_ends[qsizetype(g) + 1];
        for (size_t g = 0; g < groups; ++g)
            m_ends[qsizetype(g) + 1] += m_ends[qsizetype(g)];
        // Left unwritten until placed.
        const auto total = static_cast<size_t>(m_ends[qsizetype(groups)]);
        m_placed.resizeForOverwrite(qsizetype(total));
        for (const auto& [from, to] : parts)
            for (const Mark* m = from; m != to; ++m)
                if (const size_t g = slot(*m); g < groups)
                    m_placed[m_ends[qsizetype(g)]++] = *m;
    }

    size_t groups() const { return size_t(m_ends.size()) - 1; }

    /// The group that halves the work of a sweep (each group and each record counted once):
    /// sweeping [0, middle) and [middle, groups) takes about as long.
    size_t middle() const {
        const size_t n = groups();
        const qsizetype half = (m_ends[qsizetype(n)] + qsizetype(n)) / 2;
        size_t low = 0, high = n;
        while (low < high) { // the first g whose groups before it hold half the work
            const size_t g = low + (high - low) / 2;
            if (begin(g) + qsizetype(g) < half)
                low = g + 1;
            else
                high = g;
        }
        return low;
    }

    /// Calls fn(group, first, second) for every group in [from, to), in order, with each
    /// coder's spans of that group merged (overlapping ones joined, empty ones dropped; both
    /// lists empty for a group without records).
    template <typename Fn> void sweep(size_t from, size_t to, Fn fn) {
        QVector<Span> spans[2];
        for (size_t g = from; g < to; ++g) {
            Mark* first = m_placed.data() + begin(g);
            Mark* last = m_placed.data() + m_ends[qsizetype(g)];
            std::sort(first, last, [](const Mark& a, const Mark& b) {
                if (a.coder != b.coder)
                    return a.coder < b.coder;
                return a.start != b.start ? a.start < b.start : a.end < b.end;
            });
            const Mark* second =
                std::find_if(first, last, [](const Mark& c) { return c.coder != 0; });
            merge(first, second, spans[0]);
            merge(second, last, spans[1]);
            fn(g, std::as_const(spans[0]), std::as_const(spans[1]));
        }
    }

private:
    qsizetype begin(size_t g) const { return g == 0 ? 0 : m_ends[qsizetype(g) - 1]; }

    static void merge(const Mark* from, const Mark* to, QVector<Span>& out) {
        out.clear();
        for (const Mark* c = from; c != to; ++c) {
            if (c->end <= c->start)
                continue;
            if (!out.isEmpty() && c->start < out.last().end)
                out.last().end = std::max(out.last().end, c->end);
            else
                out.append({c->start, c->end});
        }
    }

    LargeArray<qsizetype> m_ends;
    LargeArray<Mark> m_placed;
};

/// Calls fn(group, first, second) for every group in [0, groups), in order, as
/// PlacedGroups::sweep does, on the records of `parts` placed by slot.
template <typename Mark, typename Slot, typename Fn>
void forEachSpanGroup(size_t groups,
                      std::initializer_list<std::pair<const Mark*, const Mark*>> parts, Slot slot,
                      Fn fn) {
    PlacedGroups<Mark> placed(groups, parts, slot);
    placed.sweep(0, groups, fn);
}

} // namespace situate
