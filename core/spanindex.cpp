// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spanindex.h"

#include <algorithm>
#include <queue>

namespace situate {

SpanIndex::SpanIndex(QVector<ViewSpan> spans)
    : m_spans(std::move(spans)) {
    std::sort(m_spans.begin(), m_spans.end(), [](const ViewSpan& a, const ViewSpan& b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end; // longer first, so enclosing spans take the outer lanes
        return a.codingId < b.codingId;
    });
    m_maxEnd.resize(m_spans.size());
    qint64 running = 0;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        running = std::max(running, m_spans[i].end);
        m_maxEnd[i] = running;
    }

    // Greedy partitioning: reuse the lowest free lane whose last span has ended.
    m_lanes.resize(m_spans.size());
    using Busy = std::pair<qint64, int>; // (end, lane), min-heap by end
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        while (!busy.empty() && busy.top().first <= m_spans[i].start) {
            free.push(busy.top().second);
            busy.pop();
        }
        int lane;
        if (!free.empty()) {
            lane = free.top();
            free.pop();
        } else {
            lane = m_laneCount++;
        }
        m_lanes[i] = lane;
        busy.push({m_spans[i].end, lane});
    }
}

QVector<int> SpanIndex::overlapping(qint64 a, qint64 b) const {
    QVector<int> out;
    const bool point = b <= a;
    // Spans that start at or after b cannot overlap (for a point query: after a).
    const qint64 limit = point ? a + 1 : b;
    const auto endIt = std::lower_bound(m_spans.cbegin(), m_spans.cend(), limit,
                                        [](const ViewSpan& s, qint64 v) { return s.start < v; });
    const int n = static_cast<int>(endIt - m_spans.cbegin());
    // The running maximum is non-decreasing: before the first index where it passes a,
    // every span has ended by a.
    const int first = static_cast<int>(
        std::upper_bound(m_maxEnd.cbegin(), m_maxEnd.cbegin() + n, a) - m_maxEnd.cbegin());
    for (int i = first; i < n; ++i) {
        const ViewSpan& s = m_spans[i];
        if (point ? (s.start <= a && s.end > a) : (s.end > a && s.start < b))
            out << i;
    }
    return out;
}

} // namespace situate
