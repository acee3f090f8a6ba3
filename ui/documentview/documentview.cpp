// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documentview/documentview.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace situate {

/// A margin beside the document view that the view paints (stripes, timestamps).
class MarginWidget : public QWidget {
public:
    MarginWidget(DocumentView* view, bool stripes)
        : QWidget(view)
        , m_view(view)
        , m_stripes(stripes) {
        setMouseTracking(stripes);
        setObjectName(stripes ? QStringLiteral("codingStripes") : QStringLiteral("timestamps"));
    }

protected:
    void paintEvent(QPaintEvent* e) override {
        QPainter p(this);
        if (m_stripes)
            m_view->paintStripes(p, e->rect());
        else
            m_view->paintTimestamps(p, e->rect());
    }
    void mousePressEvent(QMouseEvent* e) override {
        if (m_stripes)
            m_view->mousePressOnStripes(e);
    }
    bool event(QEvent* e) override {
        if (m_stripes && e->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(e);
            const qint64 id = m_view->stripeCodingAt(help->pos());
            const auto it = m_view->m_codingIndex.constFind(id);
            if (id != 0 && it != m_view->m_codingIndex.cend()) {
                QVector<int> hit;
                const auto& spans = m_view->m_index.spans();
                for (int i = 0; i < spans.size(); ++i) {
                    if (spans[i].codingId == id)
                        hit << i;
                }
                QToolTip::showText(help->globalPos(), m_view->tooltipFor(hit), this);
            } else {
                QToolTip::hideText();
            }
            return true;
        }
        return QWidget::event(e);
    }

private:
    DocumentView* m_view;
    bool m_stripes;
};

namespace {

constexpr int laneMaxWidth = 118;
constexpr int laneMinWidth = 14;
constexpr int stripesMaxWidth = 360;
constexpr int timestampWidth = 64;

QString formatTime(qint64 ms) {
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DocumentView::DocumentView(QWidget* parent)
    : QPlainTextEdit(parent) {
    setObjectName(QStringLiteral("documentView"));
    setAccessibleName(tr("Transcript"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Always on, so a late scrollbar never throws away every layout.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCenterOnScroll(false);
    document()->setUndoRedoEnabled(false);
    document()->setDocumentMargin(18);
    m_stripes = new MarginWidget(this, true);
    m_times = new MarginWidget(this, false);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &DocumentView::describeCursor);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_stripes->update();
        m_times->update();
    });
    // Changes from anywhere else (a context menu's Paste, a drop): settled once they are done.
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_editMode && !m_settling)
            QMetaObject::invokeMethod(this, &DocumentView::takeEdit, Qt::QueuedConnection);
    });
    updateMargins();
}

QWidget* DocumentView::stripeMargin() const {
    return m_stripes;
}

void DocumentView::showDocument(const Document& document) {
    m_documentId = document.id;
    m_text = document.text;
    m_map = OffsetMap(m_text);
    m_turns = document.turns;
    m_hasTimestamps = std::any_of(m_turns.cbegin(), m_turns.cend(),
                                  [](const SpeakerTurn& t) { return t.timeStartMs >= 0; });
    m_selectedCoding = 0;
    // setPlainText gives the whole new text the cursor's format: a bold label under it would
    // make every line bold.
    setCurrentCharFormat(QTextCharFormat());
    setPlainText(m_text);

    // Speaker names emphasised: one edit block over the labels only.
    QTextCursor c(this->document());
    c.beginEditBlock();
    QTextCharFormat bold;
    bold.setFontWeight(QFont::DemiBold);
    bold.setForeground(palette().color(QPalette::Text).lighter(130));
    for (const SpeakerTurn& t : m_turns) {
        if (t.speaker.isEmpty())
            continue;
        const qsizetype at = m_map.toUtf16(t.start);
        if (m_text.mid(at, t.speaker.size() + 1) != t.speaker + QLatin1Char(':'))
            continue;
        c.setPosition(static_cast<int>(at));
        c.setPosition(static_cast<int>(at + t.speaker.size() + 1), QTextCursor::KeepAnchor);
        c.mergeCharFormat(bold);
    }
    c.endEditBlock();
    moveCursor(QTextCursor::Start);
    updateMargins();
    applyEditable();
    m_marks.clear();
    emit documentShown();
}

void DocumentView::clearDocument() {
    m_documentId = 0;
    m_text.clear();
    m_map = OffsetMap();
    m_turns.clear();
    m_codings.clear();
    m_codingIndex.clear();
    m_index = SpanIndex();
    m_hasTimestamps = false;
    setPlainText(QString());
    updateMargins();
    applyEditable();
    m_marks.clear();
    emit documentShown();
}

void DocumentView::setCodings(const QVector<Coding>& codings) {
    m_codings = codings;
    m_codingIndex.clear();
    QVector<ViewSpan> spans;
    spans.reserve(codings.size());
    for (qsizetype i = 0; i < codings.size(); ++i) {
        const Coding& c = codings[i];
        m_codingIndex.insert(c.id, i);
        spans << ViewSpan{c.start, c.end, c.id, c.codeId, c.coderId};
    }
    m_index = SpanIndex(std::move(spans));
    if (!m_codingIndex.contains(m_selectedCoding))
        m_selectedCoding = 0;
    updateMargins();
    viewport()->update();
    m_stripes->update();
    describeCursor();
}

void DocumentView::setCodeLook(const QHash<qint64, QString>& names,
                               const QHash<qint64, QColor>& colours) {
    m_codeNames = names;
    m_codeColours = colours;
    viewport()->update();
    m_stripes->update();
}

void DocumentView::setCoderNames(const QHash<qint64, QString>& names) {
    m_coderNames = names;
}

QColor DocumentView::colourOf(qint64 codeId) const {
    const QColor c = m_codeColours.value(codeId);
    return c.isValid() ? c : QColor(0x8a, 0x8f, 0x98);
}

std::pair<qint64, qint64> DocumentView::selectedRange() const {
    const QTextCursor c = textCursor();
    return {m_map.toCodePoint(c.selectionStart()), m_map.toCodePoint(c.selectionEnd())};
}

void DocumentView::selectRange(qint64 start, qint64 end) {
    QTextCursor c(document());
    c.setPosition(static_cast<int>(m_map.toUtf16(start)));
    c.setPosition(static_cast<int>(m_map.toUtf16(end)), QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void DocumentView::selectCoding(qint64 codingId) {
    const auto it = m_codingIndex.constFind(codingId);
    if (it == m_codingIndex.cend())
        return;
    m_selectedCoding = codingId;
    const Coding& c = m_codings[*it];
    selectRange(c.start, c.end);
    viewport()->update();
    m_stripes->update();
}

QVector<Coding> DocumentView::codingsAt(qint64 cp) const {
    QVector<Coding> out;
    for (int i : m_index.overlapping(cp, cp))
        out << m_codings[m_codingIndex.value(m_index.spans()[i].codingId)];
    return out;
}

std::pair<qint64, qint64> DocumentView::turnAt(qint64 cp) const {
    for (const SpeakerTurn& t : m_turns) {
        if (t.start <= cp && cp < t.end)
            return {t.start, t.end};
    }
    return paragraphAt(cp);
}

std::pair<qint64, qint64> DocumentView::paragraphAt(qint64 cp) const {
    const qsizetype u = m_map.toUtf16(cp);
    qsizetype a = m_text.lastIndexOf(QLatin1Char('\n'), u > 0 ? u - 1 : 0);
    a = (a < 0 || (u == 0)) ? 0 : a + 1;
    if (u > 0 && u <= m_text.size() && m_text.at(u - 1) == QLatin1Char('\n'))
        a = u;
    qsizetype b = m_text.indexOf(QLatin1Char('\n'), u);
    if (b < 0)
        b = m_text.size();
    return {m_map.toCodePoint(a), m_map.toCodePoint(b)};
}

std::pair<qint64, qint64> DocumentView::visibleRangeCp() const {
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid())
        return {0, 0};
    const int height = viewport()->height();
    QTextBlock b = first;
    qsizetype end = first.position();
    while (b.isValid()) {
        const QRectF r = blockBoundingGeometry(b).translated(contentOffset());
        if (r.top() > height)
            break;
        end = b.position() + b.length();
        b = b.next();
    }
    return {m_map.toCodePoint(first.position()),
            m_map.toCodePoint(std::min<qsizetype>(end, m_text.size()))};
}

qint64 DocumentView::firstVisiblePosition() const {
    const QTextBlock first = firstVisibleBlock();
    return first.isValid() ? m_map.toCodePoint(first.position()) : 0;
}

void DocumentView::scrollToPosition(qint64 cp) {
    QTextCursor c(document());
    c.setPosition(static_cast<int>(m_map.toUtf16(cp)));
    // Put the position at the top: scroll to the end first, then back to it.
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    setTextCursor(c);
    ensureCursorVisible();
}

std::pair<qreal, qreal> DocumentView::lineSpanAt(qsizetype utf16) const {
    const QTextBlock block = document()->findBlock(static_cast<int>(utf16));
    if (!block.isValid())
        return {0, 0};
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    const QTextLayout* layout = block.layout();
    const QTextLine line =
        layout ? layout->lineForTextPosition(static_cast<int>(utf16 - block.position()))
               : QTextLine();
    if (!line.isValid())
        return {r.top(), r.bottom()};
    return {r.top() + line.y(), r.top() + line.y() + line.height()};
}

void DocumentView::paintEvent(QPaintEvent* event) {
    paintHighlights();
    paintMarks();
    QPlainTextEdit::paintEvent(event);
}

void DocumentView::paintStripes(QPainter& p, const QRect& area) {
    p.fillRect(area, palette().color(QPalette::Window));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, area.top(), 0, area.bottom());
    if (m_index.spans().isEmpty())
        return;
    const int lanes = std::max(1, m_index.laneCount());
    const int laneWidth = std::clamp((m_stripes->width() - 8) / lanes, laneMinWidth, laneMaxWidth);
    const auto [from, to] = visibleRangeCp();
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.78));
    p.setFont(small);
    const QFontMetrics fm(small);
    const int height = m_stripes->height();
    const bool darkMargin = palette().color(QPalette::Window).lightnessF() < 0.5;
    for (int i : m_index.overlapping(from, std::max(to, from + 1))) {
        const ViewSpan& s = m_index.spans()[i];
        const qreal top = s.start < from ? -2 : lineSpanAt(m_map.toUtf16(s.start)).first;
        const qreal bottom = s.end > to
                                 ? height + 2
                                 : lineSpanAt(m_map.toUtf16(std::max(s.start, s.end - 1))).second;
        const int x = 6 + m_index.lane(i) * laneWidth;
        const QColor colour = colourOf(s.codeId);
        const bool selected = s.codingId == m_selectedCoding;
        p.fillRect(QRectF(x, top + 1, selected ? 5 : 3, bottom - top - 2), colour);
        if (top >= 0 && laneWidth >= 40) {
            const QString name =
                fm.elidedText((isKeyQuote(s.codingId) ? QStringLiteral("★ ") : QString()) +
                                  m_codeNames.value(s.codeId),
                              Qt::ElideRight, laneWidth - 10);
            // A darker shade of the code's colour on a light margin, a lighter one on a dark.
            p.setPen(darkMargin ? colour.lighter(selected ? 190 : 160)
                                : colour.darker(selected ? 180 : 150));
            p.drawText(QPointF(x + 6, top + fm.ascent() + 1), name);
        }
    }
}

void DocumentView::paintTimestamps(QPainter& p, const QRect& area) {
    p.fillRect(area, palette().color(QPalette::Base));
    if (!m_hasTimestamps)
        return;
    const auto [from, to] = visibleRangeCp();
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QFontMetrics fm(small);
    for (const SpeakerTurn& t : m_turns) {
        if (t.timeStartMs < 0 || t.start < from || t.start > to)
            continue;
        const qreal top = lineSpanAt(m_map.toUtf16(t.start)).first;
        p.drawText(QPointF(6, top + fm.ascent() + 2), formatTime(t.timeStartMs));
    }
}

qint64 DocumentView::stripeCodingAt(const QPoint& pos) const {
    const int lanes = std::max(1, m_index.laneCount());
    const int laneWidth = std::clamp((m_stripes->width() - 8) / lanes, laneMinWidth, laneMaxWidth);
    const int lane = (pos.x() - 6) / laneWidth;
    const auto [from, to] = visibleRangeCp();
    for (int i : m_index.overlapping(from, std::max(to, from + 1))) {
        const ViewSpan& s = m_index.spans()[i];
        if (m_index.lane(i) != lane)
            continue;
        const qreal top = s.start < from ? -2 : lineSpanAt(m_map.toUtf16(s.start)).first;
        const qreal bottom = s.end > to
                                 ? m_stripes->height() + 2
                                 : lineSpanAt(m_map.toUtf16(std::max(s.start, s.end - 1))).second;
        if (pos.y() >= top && pos.y() <= bottom)
            return s.codingId;
    }
    return 0;
}

void DocumentView::mousePressOnStripes(QMouseEvent* event) {
    const qint64 id = stripeCodingAt(event->pos());
    if (id != 0) {
        selectCoding(id);
        emit codingClicked(id);
    }
}

QString DocumentView::tooltipFor(const QVector<int>& spanIndices) const {
    QStringList lines;
    for (int i : spanIndices) {
        const ViewSpan& s = m_index.spans()[i];
        const Coding& c = m_codings[m_codingIndex.value(s.codingId)];
        QString line = QStringLiteral("<b>%1</b> &mdash; %2")
                           .arg(m_codeNames.value(s.codeId).toHtmlEscaped(),
                                m_coderNames.value(s.coderId).toHtmlEscaped());
        if (!c.memo.isEmpty())
            line += QStringLiteral("<br/><i>%1</i>").arg(c.memo.left(300).toHtmlEscaped());
        lines << line;
    }
    return lines.join(QStringLiteral("<br/>"));
}

bool DocumentView::event(QEvent* e) {
    if (e->type() == QEvent::ShortcutOverride && m_editMode) {
        // Undo and redo are the project's (a burst of typing at a time), not the editor's.
        auto* key = static_cast<QKeyEvent*>(e);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            key->ignore();
            return true;
        }
    }
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QPoint vp = viewport()->mapFrom(this, help->pos());
        const QTextCursor c = cursorForPosition(vp);
        const qint64 cp = m_map.toCodePoint(c.position());
        const QVector<int> hits = m_index.overlapping(cp, cp);
        if (!hits.isEmpty())
            QToolTip::showText(help->globalPos(), tooltipFor(hits), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(e);
}

void DocumentView::contextMenuEvent(QContextMenuEvent* event) {
    if (m_editMode)
        return QPlainTextEdit::contextMenuEvent(event); // cut, copy, paste, delete
    const QTextCursor c = cursorForPosition(viewport()->mapFrom(this, event->pos()));
    emit contextMenuRequestedAt(m_map.toCodePoint(c.position()), event->globalPos());
}

void DocumentView::keyPressEvent(QKeyEvent* event) {
    if (m_editMode && editKey(event))
        return;
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier && key >= Qt::Key_1 && key <= Qt::Key_9) {
        emit quickKeyPressed(key - Qt::Key_0);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

qint64 DocumentView::codePointAt(const QPoint& viewportPos) const {
    return m_map.toCodePoint(cursorForPosition(viewportPos).position());
}

DocumentView::DragEnd DocumentView::endNear(const QPoint& viewportPos) const {
    const auto it = m_codingIndex.constFind(m_selectedCoding);
    if (m_editMode || m_selectedCoding == 0 || it == m_codingIndex.cend())
        return DragEnd::None;
    const Coding& c = m_codings[*it];
    // Within a few pixels of the boundary's caret position counts as grabbing it.
    auto near = [&](qint64 cp) {
        QTextCursor cur(document());
        cur.setPosition(static_cast<int>(m_map.toUtf16(cp)));
        const QRect r = cursorRect(cur);
        return std::abs(viewportPos.x() - r.center().x()) <= 4 && viewportPos.y() >= r.top() &&
               viewportPos.y() <= r.bottom();
    };
    if (near(c.start))
        return DragEnd::Start;
    if (near(c.end))
        return DragEnd::End;
    return DragEnd::None;
}

void DocumentView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier) {
        const DragEnd end = endNear(event->position().toPoint());
        if (end != DragEnd::None) {
            const Coding& c = m_codings[m_codingIndex.value(m_selectedCoding)];
            m_drag = end;
            m_dragStart = c.start;
            m_dragEnd = c.end;
            event->accept();
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

void DocumentView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_drag != DragEnd::None) {
        const qint64 cp = codePointAt(pos);
        if (m_drag == DragEnd::Start)
            m_dragStart = std::min(cp, m_dragEnd - 1);
        else
            m_dragEnd = std::max(cp, m_dragStart + 1);
        selectRange(m_dragStart, m_dragEnd);
        event->accept();
        return;
    }
    viewport()->setCursor(endNear(pos) != DragEnd::None ? Qt::SizeHorCursor : Qt::IBeamCursor);
    QPlainTextEdit::mouseMoveEvent(event);
}

void DocumentView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_drag != DragEnd::None) {
        m_drag = DragEnd::None;
        const Coding& c = m_codings[m_codingIndex.value(m_selectedCoding)];
        if ((m_dragStart != c.start || m_dragEnd != c.end) && m_dragEnd > m_dragStart)
            emit codingResizeRequested(c.id, m_dragStart, m_dragEnd);
        event->accept();
        return;
    }
    QPlainTextEdit::mouseReleaseEvent(event);
}

QMimeData* DocumentView::createMimeDataFromSelection() const {
    QMimeData* data = QPlainTextEdit::createMimeDataFromSelection();
    const auto [a, b] = selectedRange();
    data->setData(QStringLiteral("application/x-situate-selection"),
                  QStringLiteral("%1:%2:%3").arg(m_documentId).arg(a).arg(b).toLatin1());
    return data;
}

void DocumentView::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void DocumentView::repaintMargins() {
    m_stripes->update();
    m_times->update();
}

void DocumentView::updateMargins() {
    const int lanes = std::max(1, m_index.laneCount());
    const int stripes = std::clamp(lanes * laneMaxWidth + 10, 60, stripesMaxWidth);
    const int left = m_hasTimestamps ? timestampWidth : 0;
    setViewportMargins(left, 0, stripes, 0);
    const QRect cr = contentsRect();
    const int scrollWidth = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    m_stripes->setGeometry(cr.right() - stripes - scrollWidth + 1, cr.top(), stripes, cr.height());
    m_times->setGeometry(cr.left(), cr.top(), left, cr.height());
    m_times->setVisible(left > 0);
    m_stripes->update();
}

} // namespace situate
