// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace situate {

/// A coding as the document view draws it: a range plus what to colour it by.
struct ViewSpan {
    qint64 start = 0; // code points, end exclusive
    qint64 end = 0;
    qint64 codingId = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
};

/// Spans sorted by start with a running maximum of end, so "spans overlapping [a, b)" is a
/// binary search plus a short scan; also assigns each span a lane for coding stripes.
class SpanIndex {
public:
    SpanIndex() = default;
    explicit SpanIndex(QVector<ViewSpan> spans);

    const QVector<ViewSpan>& spans() const { return m_spans; }
    /// Indices into spans() of every span that overlaps [a, b), in start order. An empty
    /// range [a, a) finds the spans that contain a.
    QVector<int> overlapping(qint64 a, qint64 b) const;
    /// Lane of span i (greedy interval partitioning: lanes = maximum overlap depth).
    int lane(int i) const { return m_lanes.value(i); }
    int laneCount() const { return m_laneCount; }

private:
    QVector<ViewSpan> m_spans;
    QVector<qint64> m_maxEnd; // max end over spans[0..i]
    QVector<int> m_lanes;
    int m_laneCount = 0;
};

} // namespace situate
