// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/spanindex.h"
#include "core/text.h"
#include "core/text/reanchor.h"
#include "core/types.h"

#include <QColor>
#include <QHash>
#include <QPlainTextEdit>
#include <QSet>

#include <functional>

namespace situate {

class MarginWidget;

/// The transcript with its codings, read-only unless edit mode is on: translucent highlights
/// painted under the text for the visible lines only, coding stripes in a right margin (one bar per
/// coding, lanes by interval partitioning) and caption timestamps in a left margin.
class DocumentView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DocumentView(QWidget* parent = nullptr);

    /// Shows a document; the text is set once and kept until another document is shown.
    void showDocument(const Document& document);
    void clearDocument();
    qint64 documentId() const { return m_documentId; }
    const QString& documentText() const { return m_text; }

    /// Replaces the codings drawn (already filtered by whose codings are shown). Only the
    /// index and a repaint: nothing is re-laid out.
    void setCodings(const QVector<Coding>& codings);
    /// Names and colours of codes, for highlights, stripes and tooltips.
    void setCodeLook(const QHash<qint64, QString>& names, const QHash<qint64, QColor>& colours);
    void setCoderNames(const QHash<qint64, QString>& names);
    const QHash<qint64, QString>& coderNames() const { return m_coderNames; }
    /// The codings flagged as key quotes: a star before their code's name on the stripes
    /// (documentviewmarks.cpp).
    void setKeyQuotes(const QSet<qint64>& codingIds);
    bool isKeyQuote(qint64 codingId) const { return m_keyQuotes.contains(codingId); }

    /// The selection as code points [start, end); start == end when nothing is selected.
    std::pair<qint64, qint64> selectedRange() const;
    void selectRange(qint64 start, qint64 end);
    /// Marks one coding (from a stripe click or a list) and selects its text.
    void selectCoding(qint64 codingId);
    qint64 selectedCoding() const { return m_selectedCoding; }
    /// Codings that contain code point `cp`.
    QVector<Coding> codingsAt(qint64 cp) const;
    const QVector<Coding>& codings() const { return m_codings; }
    // The keyboard's codings (documentviewcursor.cpp).
    /// The coding under the caret: the marked one if the caret (or the selection's start) is
    /// in it or at its end, else the shortest one there; 0 if none.
    qint64 codingAtCursor() const;
    /// The first coding that starts after the caret, or the last one that starts before it
    /// (`forward` false); 0 if none.
    qint64 adjacentCoding(bool forward) const;
    /// Marks a coding and puts the caret at its start, without a selection, in view.
    void goToCoding(qint64 codingId);
    /// Speaker turn or paragraph around code point `cp`, as [start, end).
    std::pair<qint64, qint64> turnAt(qint64 cp) const;
    std::pair<qint64, qint64> paragraphAt(qint64 cp) const;

    /// Edit mode (off by default): the transcript takes typing, pasting and deleting. Each
    /// change goes, as one replacement in code points of the text before it (`typing` for a
    /// key typed or deleted with nothing selected), to the handler, which saves it and
    /// answers true, or answers false, and then the view takes the change back.
    using TextEditHandler = std::function<bool(const Replacement& edit, bool typing)>;
    void setTextEditHandler(TextEditHandler handler) { m_onEdit = std::move(handler); }
    void setEditMode(bool on);
    bool editMode() const { return m_editMode; }
    /// The speaker turns of the shown text, after it was edited here.
    void setTurns(const QVector<SpeakerTurn>& turns);
    /// Marks ranges of code points [start, end), sorted and not overlapping, painted like find
    /// hits over the codings' highlights and kept apart from them (what a pseudonymisation
    /// list would replace). Showing a document clears them.
    void setMarks(QVector<std::pair<qint64, qint64>> marks);
    const QVector<std::pair<qint64, qint64>>& marks() const { return m_marks; }

    int stripeLaneCount() const { return m_index.laneCount(); }
    /// The coding whose stripe is at a point of the stripe margin, or 0.
    qint64 stripeCodingAt(const QPoint& marginPos) const;
    QWidget* stripeMargin() const;

    /// Position of the first visible character, for restoring where the reader was.
    qint64 firstVisiblePosition() const;
    void scrollToPosition(qint64 cp);

signals:
    void codingClicked(qint64 codingId);
    /// The user asked for a context menu at code point `cp` (the view adds its own items).
    void contextMenuRequestedAt(qint64 cp, const QPoint& globalPos);
    /// A digit 1-9 was pressed without modifiers: the quick key for a code.
    void quickKeyPressed(int key);
    /// The user dragged an end of the selected coding to a new place.
    void codingResizeRequested(qint64 codingId, qint64 start, qint64 end);
    /// Another document (or a new text of the same one) is shown, or none.
    void documentShown();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    QMimeData* createMimeDataFromSelection() const override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    friend class MarginWidget;
    void paintStripes(QPainter& p, const QRect& area);
    void paintTimestamps(QPainter& p, const QRect& area);
    void mousePressOnStripes(QMouseEvent* event);
    QString tooltipFor(const QVector<int>& spanIndices) const;
    void updateMargins();
    void repaintMargins();
    /// Top and bottom y (viewport coordinates) of a UTF-16 position's line.
    std::pair<qreal, qreal> lineSpanAt(qsizetype utf16) const;
    std::pair<qint64, qint64> visibleRangeCp() const;
    QColor colourOf(qint64 codeId) const;
    /// The caret's codings as the accessible description ("Coded: A, B"), for screen readers.
    void describeCursor();
    qint64 caretPosition() const;
    // The codings' highlights and the marks (documentviewmarks.cpp).
    void paintHighlights();
    void paintMarks();
    QVector<QRectF> rangeRects(qint64 start, qint64 end) const;
    QVector<std::pair<qint64, qint64>> m_marks;

    qint64 m_documentId = 0;
    QString m_text;
    OffsetMap m_map;
    QVector<SpeakerTurn> m_turns;
    QVector<Coding> m_codings;
    QHash<qint64, qsizetype> m_codingIndex; // coding id -> index in m_codings
    SpanIndex m_index;
    QHash<qint64, QString> m_codeNames;
    QHash<qint64, QColor> m_codeColours;
    QHash<qint64, QString> m_coderNames;
    QSet<qint64> m_keyQuotes;
    qint64 m_selectedCoding = 0;
    MarginWidget* m_stripes = nullptr;
    MarginWidget* m_times = nullptr;
    bool m_hasTimestamps = false;
    // Dragging an end of the selected coding: which end, and the range shown meanwhile.
    enum class DragEnd { None, Start, End };
    DragEnd m_drag = DragEnd::None;
    qint64 m_dragStart = 0;
    qint64 m_dragEnd = 0;
    DragEnd endNear(const QPoint& viewportPos) const;
    qint64 codePointAt(const QPoint& viewportPos) const;

    // Edit mode (documentviewedit.cpp).
    /// The text as the editor shows it now, with line ends as in m_text.
    QString shownText() const;
    /// Hands what the user changed since m_text to the handler; keeps or takes it back.
    void takeEdit();
    bool editKey(QKeyEvent* event);
    /// Writable only in edit mode with a document shown.
    void applyEditable();
    bool m_editMode = false;
    bool m_typing = false;   // the change being made is a key typed or deleted
    bool m_settling = false; // a change is with the handler or being taken back
    TextEditHandler m_onEdit;
};

} // namespace situate
