// SPDX-License-Identifier: GPL-3.0-or-later
// The document view's marks: ranges painted like find hits, apart from the codings (what a
// pseudonymisation list would replace, shown before it is applied), and the key quotes'
// stars; and the codings' translucent highlights under the lines in view.
#include "ui/documentview/documentview.h"

#include <QHash>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace situate {

void DocumentView::paintHighlights() {
    if (m_index.spans().isEmpty())
        return;
    QPainter p(viewport());
    const QPointF offset = contentOffset();
    const int height = viewport()->height();
    QHash<qint64, qreal> xOf; // (line, position) -> x, within one block
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF br = blockBoundingGeometry(block).translated(offset);
        if (br.top() > height)
            break;
        const qsizetype bStart = block.position();
        const qsizetype bEnd = bStart + block.length() - 1; // without the separator
        const QTextLayout* layout = block.layout();
        if (!layout)
            continue;
        // Only the block's lines in view: a turn longer than the window has lines above
        // or below it.
        int firstLine = 0, lastLine = layout->lineCount() - 1;
        while (firstLine <= lastLine && br.top() + layout->lineAt(firstLine).rect().bottom() < 0)
            ++firstLine;
        while (lastLine >= firstLine && br.top() + layout->lineAt(lastLine).y() > height)
            --lastLine;
        // Many codings cover the same line ends: each x is measured once (cursorToX
        // walks the line's glyphs, and was most of a first paint).
        xOf.clear();
        auto cursorX = [&](const QTextLine& line, qsizetype pos) {
            const qint64 key = (qint64(line.lineNumber()) << 32) | qint64(pos);
            auto it = xOf.constFind(key);
            if (it == xOf.cend())
                it = xOf.insert(key, line.cursorToX(static_cast<int>(pos)));
            return *it;
        };
        const QVector<int> hits =
            m_index.overlapping(m_map.toCodePoint(bStart), m_map.toCodePoint(bEnd) + 1);
        for (int i : hits) {
            const ViewSpan& s = m_index.spans()[i];
            const qsizetype a = std::max(bStart, m_map.toUtf16(s.start)) - bStart;
            const qsizetype b = std::min(bEnd, m_map.toUtf16(s.end)) - bStart;
            if (b <= a)
                continue;
            QColor fill = colourOf(s.codeId);
            fill.setAlpha(s.codingId == m_selectedCoding ? 120 : 62);
            for (int l = firstLine; l <= lastLine; ++l) {
                const QTextLine line = layout->lineAt(l);
                const qsizetype ls = line.textStart();
                const qsizetype le = ls + line.textLength();
                if (ls >= b)
                    break; // lines run in text order
                const qsizetype x = std::max(a, ls), y = std::min(b, le);
                if (y <= x)
                    continue;
                const qreal x1 = cursorX(line, x);
                const qreal x2 = cursorX(line, y);
                const QRectF rect(br.left() + std::min(x1, x2), br.top() + line.y(),
                                  std::abs(x2 - x1), line.height());
                p.fillRect(rect, fill);
                if (s.codingId == m_selectedCoding) {
                    p.setPen(QPen(colourOf(s.codeId).darker(140), 1.5));
                    p.drawLine(rect.bottomLeft(), rect.bottomRight());
                }
            }
        }
    }
}

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
