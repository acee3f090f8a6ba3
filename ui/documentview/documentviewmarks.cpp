// SPDX-License-Identifier: GPL-3.0-or-later
// The document view's marks: ranges painted like find hits, apart from the codings (what a
// pseudonymisation list would replace, shown before it is applied), and the key quotes'
// stars.
#include "ui/documentview/documentview.h"

#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace situate {

void DocumentView::setMarks(QVector<std::pair<qint64, qint64>> marks) {
    std::sort(marks.begin(), marks.end());
    m_marks = std::move(marks);
    viewport()->update();
}

void DocumentView::setKeyQuotes(const QSet<qint64>& codingIds) {
    if (codingIds == m_keyQuotes)
        return;
    m_keyQuotes = codingIds;
    stripeMargin()->update();
    describeCursor();
}

QVector<QRectF> DocumentView::rangeRects(qint64 start, qint64 end) const {
    QVector<QRectF> out;
    const qsizetype a = m_map.toUtf16(start);
    const qsizetype b = m_map.toUtf16(end);
    for (QTextBlock block = document()->findBlock(static_cast<int>(a));
         block.isValid() && block.position() < b; block = block.next()) {
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        const int from = static_cast<int>(std::max<qsizetype>(a - block.position(), 0));
        const int to =
            static_cast<int>(std::min<qsizetype>(b - block.position(), block.length() - 1));
        const QTextLine firstLine = layout->lineForTextPosition(from);
        for (int l = firstLine.isValid() ? firstLine.lineNumber() : 0; l < layout->lineCount();
             ++l) {
            const QTextLine line = layout->lineAt(l);
            if (line.textStart() >= to)
                break;
            const qreal left = line.cursorToX(std::max(from, line.textStart()));
            const qreal right = line.cursorToX(std::min(to, line.textStart() + line.textLength()));
            out << QRectF(box.left() + std::min(left, right), box.top() + line.y(),
                          std::abs(right - left), line.height());
        }
    }
    return out;
}

void DocumentView::paintMarks() {
    if (m_marks.isEmpty())
        return;
    const auto [first, last] = visibleRangeCp();
    // The marks do not overlap, so their ends are sorted too: skip those that end before the
    // first visible code point, and stop at the first that starts after the last.
    auto it = std::lower_bound(
        m_marks.cbegin(), m_marks.cend(), first,
        [](const std::pair<qint64, qint64>& m, qint64 at) { return m.second <= at; });
    QPainter p(viewport());
    const QColor fill(255, 196, 0, 150);
    p.setPen(QPen(fill.darker(170), 1));
    for (; it != m_marks.cend() && it->first <= last; ++it) {
        for (const QRectF& r : rangeRects(it->first, it->second)) {
            p.fillRect(r, fill);
            p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
}

} // namespace situate
