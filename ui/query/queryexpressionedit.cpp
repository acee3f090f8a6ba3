// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/query/queryexpressionedit.h"

#include "core/query/querynames.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

#include <vector>

namespace situate {

namespace {

using Span = std::pair<int, int>;

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

/// The query's tokens as the parser sees them: names in quotes (to their closing quote, or
/// the end), words, and single other characters.
std::vector<Span> tokens(const QString& text) {
    std::vector<Span> out;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        if (text[i] == QLatin1Char('"')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('"'))
                i += text[i] == QLatin1Char('\\') ? 2 : 1;
            i = std::min(i + 1, n);
        } else if (isWordChar(text[i]) || text[i].isSurrogate()) {
            while (i < n && (isWordChar(text[i]) || text[i].isSurrogate()))
                ++i;
        } else {
            ++i;
        }
        out.push_back({start, i});
    }
    return out;
}

} // namespace

std::pair<int, int> queryErrorSpan(const QString& text, const QString& message) {
    static const QRegularExpression column(QStringLiteral("^column (\\d+): (.*)$"));
    const QRegularExpressionMatch m = column.match(message);
    if (!m.hasMatch())
        return {0, 0};
    // Columns count code points from 1; the text is indexed in UTF-16 units.
    qint64 points = m.captured(1).toLongLong() - 1;
    int at = 0;
    while (points > 0 && at < text.size()) {
        at += text[at].isHighSurrogate() && at + 1 < text.size() ? 2 : 1;
        --points;
    }
    // An unknown name: its whole operand, from the column to the name as written.
    const QString what = m.captured(2);
    const qsizetype open = what.indexOf(QLatin1Char('"'));
    if (what.startsWith(QLatin1String("unknown ")) && open >= 0 &&
        what.endsWith(QLatin1Char('"')) && what.size() - open >= 2) {
        const QString written = query::quoted(what.mid(open + 1, what.size() - open - 2));
        const qsizetype name = text.indexOf(written, at);
        if (name >= 0)
            return {at, int(name + written.size())};
    }
    const std::vector<Span> all = tokens(text);
    for (const Span& t : all)
        if (t.second > at)
            return t;
    return all.empty() ? Span{0, 0} : all.back(); // past the end: the last token
}

QueryExpressionEdit::QueryExpressionEdit(QWidget* parent)
    : QPlainTextEdit(parent) {
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setWordWrapMode(QTextOption::NoWrap);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitOneLine();
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        clearError();
        if (!m_setting)
            emit textEdited();
    });
}

void QueryExpressionEdit::fitOneLine() {
    const int margin = int(document()->documentMargin());
    setFixedHeight(fontMetrics().lineSpacing() + 2 * margin + 2 * frameWidth());
}

void QueryExpressionEdit::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitOneLine();
}

void QueryExpressionEdit::setText(const QString& text) {
    if (text == toPlainText())
        return;
    m_setting = true;
    setPlainText(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    m_setting = false;
    moveCursor(QTextCursor::End);
}

int QueryExpressionEdit::cursorPosition() const {
    return textCursor().position();
}

void QueryExpressionEdit::setCursorPosition(int position) {
    QTextCursor c = textCursor();
    c.setPosition(std::clamp(position, 0, int(toPlainText().size())));
    setTextCursor(c);
}

void QueryExpressionEdit::insert(const QString& text) {
    insertPlainText(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

void QueryExpressionEdit::markError(int start, int end) {
    const int size = int(toPlainText().size());
    start = std::clamp(start, 0, size);
    end = std::clamp(end, start, size);
    m_error = {start, end};
    QList<QTextEdit::ExtraSelection> marks;
    if (end > start) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(start);
        mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Qt::red);
        marks << mark;
    } else {
        m_error = {0, 0};
    }
    setExtraSelections(marks);
}

void QueryExpressionEdit::clearError() {
    if (m_error == std::pair<int, int>{0, 0})
        return;
    m_error = {0, 0};
    setExtraSelections({});
}

void QueryExpressionEdit::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (m_completer && m_completer->popup()->isVisible() &&
        (key == Qt::Key_Enter || key == Qt::Key_Return || key == Qt::Key_Escape ||
         key == Qt::Key_Tab || key == Qt::Key_Backtab)) {
        event->ignore(); // the completer's popup takes them
        return;
    }
    if (key == Qt::Key_Enter || key == Qt::Key_Return) {
        emit returnPressed();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void QueryExpressionEdit::insertFromMimeData(const QMimeData* source) {
    if (source->hasText())
        insert(source->text().replace(QLatin1Char('\r'), QLatin1Char(' ')));
}

} // namespace situate
