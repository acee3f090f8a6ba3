// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The query dock's expression field: one line of text, like a line edit, that can also show
// a red wavy underline under the part of the query an error is about.

#include <QPlainTextEdit>

#include <utility>

class QCompleter;

namespace situate {

/// Where a query's error is, in `text` (UTF-16 indices, end exclusive): the token at the
/// column the message names ("column C: ..."), the whole operand for an unknown name, the
/// last token when the column is past the end; empty (0, 0) when the message names no column.
std::pair<int, int> queryErrorSpan(const QString& text, const QString& message);

/// A single-line text field: Enter emits returnPressed() instead of starting a line, pasted
/// line breaks become spaces, and a completer's popup gets the keys it needs. markError()
/// underlines a range with a red wave until the text changes.
class QueryExpressionEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit QueryExpressionEdit(QWidget* parent = nullptr);

    QString text() const { return toPlainText(); }
    /// Replaces the text (not an edit of the user's: no textEdited()), the cursor at its end.
    void setText(const QString& text);
    int cursorPosition() const;
    void setCursorPosition(int position);
    /// Types `text` at the cursor, replacing the selection.
    void insert(const QString& text);
    /// The completer whose popup takes Enter, Tab and Escape while it is shown.
    void setCompleter(QCompleter* completer) { m_completer = completer; }

    /// Underlines [start, end) with a red wave (cleared by the next change of the text).
    void markError(int start, int end);
    void clearError();
    /// The range underlined, (0, 0) when none is.
    std::pair<int, int> errorRange() const { return m_error; }

signals:
    void returnPressed();
    /// The user changed the text (typing, pasting, deleting).
    void textEdited();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;
    void changeEvent(QEvent* event) override;

private:
    void fitOneLine();

    QCompleter* m_completer = nullptr;
    std::pair<int, int> m_error{0, 0};
    bool m_setting = false;
};

} // namespace situate
