// SPDX-License-Identifier: GPL-3.0-or-later
// The codings as the keyboard reaches them: the one under the caret, the next and previous
// one, and the caret's codings told to assistive technology.
#include "ui/documentview/documentview.h"

#include <QStringList>

#include <algorithm>

namespace situate {

qint64 DocumentView::caretPosition() const {
    const QTextCursor c = textCursor();
    return m_map.toCodePoint(c.hasSelection() ? c.selectionStart() : c.position());
}

qint64 DocumentView::codingAtCursor() const {
    const qint64 cp = caretPosition();
    const auto marked = m_codingIndex.constFind(m_selectedCoding);
    if (marked != m_codingIndex.cend()) {
        const Coding& c = m_codings[*marked];
        if (c.start <= cp && cp <= c.end)
            return c.id;
    }
    qint64 best = 0;
    qint64 bestLength = 0;
    for (const Coding& c : codingsAt(cp)) {
        if (best == 0 || c.end - c.start < bestLength) {
            best = c.id;
            bestLength = c.end - c.start;
        }
    }
    return best;
}

qint64 DocumentView::adjacentCoding(bool forward) const {
    const qint64 cp = caretPosition();
    const Coding* found = nullptr;
    // Codings that start together are visited in id order, one per key press.
    auto before = [](const Coding& a, const Coding& b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    };
    const auto marked = m_codingIndex.constFind(m_selectedCoding);
    const Coding* from = marked != m_codingIndex.cend() && m_codings[*marked].start == cp
                             ? &m_codings[*marked]
                             : nullptr;
    for (const Coding& c : m_codings) {
        const bool after = from ? before(*from, c) : c.start > cp;
        const bool earlier = from ? before(c, *from) : c.start < cp;
        if (forward && after && (!found || before(c, *found)))
            found = &c;
        if (!forward && earlier && (!found || before(*found, c)))
            found = &c;
    }
    return found ? found->id : 0;
}

void DocumentView::goToCoding(qint64 codingId) {
    const auto it = m_codingIndex.constFind(codingId);
    if (it == m_codingIndex.cend())
        return;
    m_selectedCoding = codingId;
    QTextCursor c(document());
    c.setPosition(static_cast<int>(m_map.toUtf16(m_codings[*it].start)));
    setTextCursor(c);
    ensureCursorVisible();
    describeCursor();
    viewport()->update();
    repaintMargins();
}

void DocumentView::describeCursor() {
    if (m_documentId == 0) {
        setAccessibleDescription(tr("No document is open."));
        return;
    }
    QStringList names;
    for (const Coding& c : codingsAt(caretPosition())) {
        QString name = m_codeNames.value(c.codeId);
        if (const QString coder = m_coderNames.value(c.coderId); !coder.isEmpty())
            name = tr("%1 by %2").arg(name, coder);
        if (isKeyQuote(c.id))
            name = tr("%1 (key quote)").arg(name);
        if (!names.contains(name))
            names << name;
    }
    setAccessibleDescription(names.isEmpty()
                                 ? tr("Not coded here.")
                                 : tr("Coded: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace situate
