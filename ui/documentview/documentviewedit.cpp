// SPDX-License-Identifier: GPL-3.0-or-later
// The document view's edit mode: the user types, pastes and deletes in the editor as in any
// text editor; after each change the view works out the one replacement it made
// (core/text/localedit.h) and hands it to the handler, which saves it through the project
// (or refuses it, and the view takes it back). The view never keeps a text the project does
// not have.
#include "ui/documentview/documentview.h"

#include "core/text/localedit.h"

#include <QApplication>
#include <QKeyEvent>
#include <QStyle>
#include <QTextCursor>

#include <utility>

namespace situate {

void DocumentView::setEditMode(bool on) {
    if (on == m_editMode)
        return;
    if (!on)
        takeEdit(); // nothing typed is left behind
    m_editMode = on;
    applyEditable();
    // A warm tint of the theme's base, light or dark, says at a glance which mode the
    // transcript is in.
    const QColor base = QApplication::palette(this).color(QPalette::Base);
    const auto warm = [](int from, int to) {
        return (from * 4 + to) / 5;
    };
    QPalette tinted = palette();
    tinted.setColor(
        QPalette::Base,
        on ? QColor(warm(base.red(), 255), warm(base.green(), 236), warm(base.blue(), 140)) : base);
    setPalette(tinted);
    viewport()->update();
}

void DocumentView::applyEditable() {
    const bool writable = m_editMode && m_documentId != 0;
    setReadOnly(!writable);
    setTextInteractionFlags(writable ? Qt::TextEditorInteraction
                                     : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void DocumentView::setTurns(const QVector<SpeakerTurn>& turns) {
    m_turns = turns;
    repaintMargins();
}

QString DocumentView::shownText() const {
    // Raw text keeps no-break spaces (toPlainText() would turn them into spaces); the editor
    // ends paragraphs with U+2029, and Shift+Enter puts a U+2028 line break.
    QString text = document()->toRawText();
    for (QChar& c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char('\n');
    }
    return text;
}

bool DocumentView::editKey(QKeyEvent* event) {
    const int key = event->key();
    const bool deleting = key == Qt::Key_Backspace || key == Qt::Key_Delete;
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    const QString typed = event->text();
    // A shortcut (Ctrl+V, Ctrl+Backspace) is no typing, even where it carries a letter.
    const bool shortcut =
        event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    m_typing = !shortcut && !textCursor().hasSelection() &&
               (deleting || enter || (!typed.isEmpty() && typed.front().isPrint()));
    if (enter && (event->modifiers() & Qt::ShiftModifier)) {
        // One kind of line end in a transcript.
        QKeyEvent plain(event->type(), key, event->modifiers() & ~Qt::ShiftModifier, event->text());
        QPlainTextEdit::keyPressEvent(&plain);
    } else {
        QPlainTextEdit::keyPressEvent(event);
    }
    takeEdit();
    return true;
}

void DocumentView::inputMethodEvent(QInputMethodEvent* event) {
    QPlainTextEdit::inputMethodEvent(event);
    if (m_editMode && event->preeditString().isEmpty())
        takeEdit();
}

void DocumentView::insertFromMimeData(const QMimeData* source) {
    QPlainTextEdit::insertFromMimeData(source);
    if (m_editMode)
        takeEdit();
}

void DocumentView::takeEdit() {
    if (!m_editMode || m_settling || m_documentId == 0)
        return;
    const bool typing = std::exchange(m_typing, false);
    const QString now = shownText();
    const std::optional<Replacement> edit = localEdit(m_text, now, textCursor().position());
    if (!edit)
        return;
    m_settling = true;
    const QString before = std::exchange(m_text, now);
    const OffsetMap beforeMap = std::exchange(m_map, OffsetMap(m_text));
    const bool kept = m_onEdit && m_onEdit(*edit, typing);
    // Refused: take the change back, unless the handler showed another text meanwhile (the
    // document as another owner left it).
    if (!kept && shownText() == now && m_text == now) {
        m_text = before;
        m_map = beforeMap;
        const qsizetype at = beforeMap.toUtf16(edit->start);
        const qsizetype oldEnd = beforeMap.toUtf16(edit->end);
        QTextCursor c(document());
        c.setPosition(static_cast<int>(at));
        c.setPosition(static_cast<int>(at + edit->text.size()), QTextCursor::KeepAnchor);
        c.insertText(before.mid(at, oldEnd - at));
        c.setPosition(static_cast<int>(at));
        setTextCursor(c);
    }
    m_settling = false;
    viewport()->update();
    repaintMargins();
}

} // namespace situate
