// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/tocdiagram.h"
#include "ui/evaluation/counted.h"

#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace situate {

namespace {

constexpr qreal margin = 20;
constexpr qreal gap = 30;     // between chain boxes: room for the arrow
constexpr qreal pad = 10;     // inside a box
constexpr qreal minBox = 150; // narrowest chain box before the view scrolls
constexpr qreal swatch = 9;
constexpr qreal rowGap = 7;
constexpr qreal tagGap = 4;

QColor elementColour(TocElement e) {
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("context"), QColor(0x8c, 0x6d, 0x4f)},
        {QStringLiteral("input"), QColor(0x4e, 0x79, 0xa7)},
        {QStringLiteral("activity"), QColor(0x59, 0xa1, 0x4f)},
        {QStringLiteral("mechanism"), QColor(0xb0, 0x7a, 0xa1)},
        {QStringLiteral("output"), QColor(0xf2, 0x8e, 0x2b)},
        {QStringLiteral("outcome"), QColor(0xe1, 0x57, 0x59)},
        {QStringLiteral("impact"), QColor(0x76, 0xb7, 0xb2)},
        {QStringLiteral("assumption"), QColor(0xd4, 0xb0, 0x2f)},
        {QStringLiteral("enabler_barrier"), QColor(0xe0, 0x67, 0x78)},
    };
    return colours.value(tocElementName(e), QColor(0x6b, 0x72, 0x80));
}

// A light tint of `c` on white (alpha blending would differ between SVG viewers).
QColor tint(const QColor& c, qreal amount) {
    return QColor::fromRgbF(1 - (1 - c.redF()) * amount, 1 - (1 - c.greenF()) * amount,
                            1 - (1 - c.blueF()) * amount);
}

const QColor ink(0x1f, 0x23, 0x28);
const QColor muted(0x5a, 0x62, 0x70);
const QColor faint(0xa0, 0xa6, 0xb0);
const QColor line(0xd5, 0xd9, 0xde);

} // namespace

TocDiagram::TocDiagram(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("tocDiagram"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TocDiagram::setSnapshot(const TocSnapshot& snapshot) {
    m_snapshot = snapshot;
    if (m_case >= m_snapshot.cases.size())
        m_case = -1;
    m_hover = 0;
    relayout();
}

void TocDiagram::setCaseIndex(int index) {
    m_case = index;
    relayout();
}

QString TocDiagram::caseLabel() const {
    return m_case >= 0 && m_case < m_snapshot.cases.size() ? m_snapshot.cases[m_case].name
                                                           : tr("All CoPs");
}

QVector<TocDiagram::ShownRow> TocDiagram::shownRows() const {
    QVector<ShownRow> out;
    for (const Box& b : m_layout.boxes) {
        for (const TocSnapshot::Code& c : b.element->codes)
            out << ShownRow{c.id, b.element->element, TocSnapshot::count(c, m_case), c.questions};
    }
    return out;
}

QRectF TocDiagram::codeRect(qint64 codeId) const {
    for (const Row& r : m_layout.rows)
        if (r.code->id == codeId)
            return r.rect;
    return {};
}

qint64 TocDiagram::codeAt(const QPointF& pos) const {
    for (const Row& r : m_layout.rows)
        if (r.rect.contains(pos))
            return r.code->id;
    return 0;
}

QSize TocDiagram::sizeForWidth(int width) const {
    const Layout l = layoutFor(width);
    return {l.width, l.height};
}

QSize TocDiagram::sizeHint() const {
    return sizeForWidth(1500);
}

QSize TocDiagram::minimumSizeHint() const {
    return {int(2 * margin + 7 * minBox + 6 * gap), 200};
}

void TocDiagram::relayout() {
    m_layout = layoutFor(width());
    setMinimumHeight(m_layout.height);
    update();
}

void TocDiagram::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

qreal TocDiagram::rowHeight(const TocSnapshot::Code& code, qreal width) const {
    const QFontMetricsF fm(font());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    const QFontMetricsF sfm(small);
    QFont bold = font();
    bold.setBold(true);
    const qreal countWidth = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("000"));
    const qreal nameWidth = width - swatch - 6 - countWidth - 6;
    qreal h = fm.boundingRect(QRectF(0, 0, nameWidth, 1000), Qt::TextWordWrap, code.name).height();
    if (!code.questions.isEmpty()) {
        qreal x = 0;
        int lines = 1;
        for (const QString& q : code.questions) {
            const qreal w = sfm.horizontalAdvance(q) + 8;
            if (x > 0 && x + w > width - swatch - 6) {
                ++lines;
                x = 0;
            }
            x += w + tagGap;
        }
        h += 3 + lines * (sfm.height() + 2) + (lines - 1) * 2;
    }
    return h;
}

void TocDiagram::layoutRows(const TocSnapshot::Element& element, const QRectF& inner, int columns,
                            Layout* out, qreal* bottom) const {
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    const QFontMetricsF sfm(small);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font());
    const qreal countWidth = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("000"));
    const qreal colGap = 18;
    const qreal colWidth = (inner.width() - (columns - 1) * colGap) / columns;

    qreal total = 0;
    for (const TocSnapshot::Code& c : element.codes)
        total += rowHeight(c, colWidth) + rowGap;
    // Fill columns top to bottom, moving on once a column holds its share of the height.
    const qreal share = total / columns;
    int column = 0;
    qreal y = inner.top();
    qreal lowest = inner.top();
    qreal used = 0;
    for (const TocSnapshot::Code& c : element.codes) {
        const qreal h = rowHeight(c, colWidth);
        if (column < columns - 1 && used > 0 && used + (h + rowGap) / 2 > share) {
            ++column;
            y = inner.top();
            used = 0;
        }
        const qreal x = inner.left() + column * (colWidth + colGap);
        Row r;
        r.code = &c;
        r.rect = QRectF(x - 4, y - 3, colWidth + 8, h + 6);
        const qreal lineHeight = fm.height();
        r.swatch = QRectF(x, y + (lineHeight - swatch) / 2, swatch, swatch);
        const qreal nameWidth = colWidth - swatch - 6 - countWidth - 6;
        r.name = QRectF(x + swatch + 6, y, nameWidth, h);
        r.count = QRectF(x + colWidth - countWidth, y, countWidth, lineHeight);
        const qreal nameHeight =
            fm.boundingRect(QRectF(0, 0, nameWidth, 1000), Qt::TextWordWrap, c.name).height();
        qreal tx = x + swatch + 6;
        qreal ty = y + nameHeight + 3;
        for (const QString& q : c.questions) {
            const qreal w = sfm.horizontalAdvance(q) + 8;
            if (tx > x + swatch + 6 && tx + w > x + colWidth) {
                tx = x + swatch + 6;
                ty += sfm.height() + 4;
            }
            r.tags << QRectF(tx, ty, w, sfm.height() + 2);
            tx += w + tagGap;
        }
        out->rows << r;
        y += h + rowGap;
        used += h + rowGap;
        lowest = std::max(lowest, y);
    }
    if (element.codes.isEmpty())
        lowest = inner.top() + fm.height() + rowGap;
    *bottom = lowest;
}

TocDiagram::Layout TocDiagram::layoutFor(int width) const {
    Layout l;
    const int chainCount = std::max<int>(1, int(m_snapshot.chain.size()));
    const qreal available = std::max<qreal>(width, minimumSizeHint().width());
    const qreal boxWidth = (available - 2 * margin - (chainCount - 1) * gap) / chainCount;
    l.width = int(available);

    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.35);
    titleFont.setBold(true);
    QFont headerFont = font();
    headerFont.setBold(true);
    const qreal headerHeight = QFontMetricsF(headerFont).height() + 14;
    const QFontMetricsF fm(font());

    qreal y = margin;
    l.title = QRectF(margin, y, available - 2 * margin, QFontMetricsF(titleFont).height());
    y = l.title.bottom() + 2;
    l.subtitle = QRectF(margin, y, available - 2 * margin, fm.height());
    y = l.subtitle.bottom() + 16;

    // The chain: equal heights, so the arrows line up and the row reads as one sequence.
    const qreal chainTop = y;
    qreal chainBottom = chainTop + headerHeight + 2 * pad + fm.height();
    const qsizetype firstChainRow = l.rows.size();
    for (int i = 0; i < m_snapshot.chain.size(); ++i) {
        Box b;
        b.element = &m_snapshot.chain[i];
        const qreal x = margin + i * (boxWidth + gap);
        b.header = QRectF(x, chainTop, boxWidth, headerHeight);
        qreal bottom = 0;
        layoutRows(*b.element,
                   QRectF(x + pad, chainTop + headerHeight + pad, boxWidth - 2 * pad, 0), 1, &l,
                   &bottom);
        chainBottom = std::max(chainBottom, bottom + pad - rowGap);
        l.boxes << b;
    }
    Q_UNUSED(firstChainRow);
    for (Box& b : l.boxes)
        b.rect = QRectF(b.header.left(), chainTop, b.header.width(), chainBottom - chainTop);
    for (int i = 0; i + 1 < l.boxes.size(); ++i) {
        const qreal ay = chainTop + headerHeight / 2;
        l.arrows << qMakePair(QPointF(l.boxes[i].rect.right() + 5, ay),
                              QPointF(l.boxes[i + 1].rect.left() - 5, ay));
    }
    y = chainBottom + 22;

    // The band: its boxes share the chain's width in proportion to their codes.
    if (!m_snapshot.band.isEmpty()) {
        l.bandLabel = QRectF(margin, y, available - 2 * margin, fm.height());
        y = l.bandLabel.bottom() + 8;
        const qreal bandTop = y;
        QVector<int> spans;
        int codes = 0;
        for (const TocSnapshot::Element& e : m_snapshot.band)
            codes += int(e.codes.size());
        int left = chainCount;
        for (int i = 0; i < m_snapshot.band.size(); ++i) {
            const int remaining = int(m_snapshot.band.size()) - i - 1;
            int span = codes > 0 ? int(std::lround(double(chainCount) *
                                                   double(m_snapshot.band[i].codes.size()) / codes))
                                 : chainCount / int(m_snapshot.band.size());
            span = std::clamp(span, std::min(2, left), std::max(1, left - 2 * remaining));
            if (remaining == 0)
                span = left;
            spans << span;
            left -= span;
        }
        qreal bandBottom = bandTop + headerHeight + 2 * pad + fm.height();
        int column = 0;
        const qsizetype firstBox = l.boxes.size();
        for (int i = 0; i < m_snapshot.band.size(); ++i) {
            Box b;
            b.band = true;
            b.element = &m_snapshot.band[i];
            const qreal x = margin + column * (boxWidth + gap);
            const qreal w = spans[i] * boxWidth + (spans[i] - 1) * gap;
            b.header = QRectF(x, bandTop, w, headerHeight);
            qreal bottom = 0;
            layoutRows(*b.element, QRectF(x + pad, bandTop + headerHeight + pad, w - 2 * pad, 0),
                       spans[i], &l, &bottom);
            bandBottom = std::max(bandBottom, bottom + pad - rowGap);
            l.boxes << b;
            column += spans[i];
        }
        for (qsizetype i = firstBox; i < l.boxes.size(); ++i)
            l.boxes[i].rect = QRectF(l.boxes[i].header.left(), bandTop, l.boxes[i].header.width(),
                                     bandBottom - bandTop);
        l.bandArea = QRectF(margin - 8, l.bandLabel.top() - 8, available - 2 * margin + 16,
                            bandBottom - l.bandLabel.top() + 16);
        y = bandBottom + 18;
    }
    l.footer = QRectF(margin, y, available - 2 * margin, fm.height());
    l.height = int(std::ceil(l.footer.bottom() + margin));
    return l;
}

void TocDiagram::render(QPainter* painter, int width) const {
    const Layout l = layoutFor(width);
    paintLayout(painter, l);
}

void TocDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paintLayout(&p, m_layout);
}

void TocDiagram::paintLayout(QPainter* p, const Layout& l) const {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->fillRect(
        QRectF(0, 0, std::max<qreal>(l.width, width()), std::max<qreal>(l.height, height())),
        Qt::white);

    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.35);
    titleFont.setBold(true);
    QFont headerFont = font();
    headerFont.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    QFont italic = font();
    italic.setItalic(true);
    const QLocale locale;

    p->setFont(titleFont);
    p->setPen(ink);
    p->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
                tr("Theory of change · %1").arg(caseLabel()));
    p->setFont(font());
    p->setPen(muted);
    p->drawText(l.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                tr("Codings per code; the tags name the research questions each code serves."));

    if (!l.bandArea.isNull()) {
        p->setPen(QPen(line, 1, Qt::DashLine));
        p->setBrush(QColor(0xfa, 0xfb, 0xfc));
        p->drawRoundedRect(l.bandArea, 8, 8);
        p->setPen(muted);
        p->setFont(headerFont);
        p->drawText(l.bandLabel, Qt::AlignLeft | Qt::AlignVCenter,
                    tr("Between the steps: what the chain assumes and what helps or hinders it"));
    }

    // Arrows: a shaft and a filled head, in the chain's grey.
    const QColor arrow(0x8a, 0x93, 0x9e);
    for (const auto& [from, to] : l.arrows) {
        p->setPen(QPen(arrow, 2));
        p->drawLine(from, to - QPointF(7, 0));
        QPainterPath head;
        head.moveTo(to);
        head.lineTo(to + QPointF(-9, -5));
        head.lineTo(to + QPointF(-9, 5));
        head.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(arrow);
        p->drawPath(head);
    }

    for (const Box& b : l.boxes) {
        const QColor c = elementColour(b.element->element);
        p->setPen(QPen(tint(c, 0.55), 1.2));
        p->setBrush(Qt::white);
        p->drawRoundedRect(b.rect, 6, 6);
        QPainterPath header;
        header.addRoundedRect(b.header, 6, 6);
        QPainterPath square;
        square.addRect(b.header.adjusted(0, b.header.height() / 2, 0, 0));
        p->setPen(Qt::NoPen);
        p->setBrush(tint(c, 0.22));
        p->drawPath(header.united(square));
        p->setBrush(c);
        p->drawRect(QRectF(b.header.left(), b.header.bottom() - 2, b.header.width(), 2));
        qint64 total = 0;
        for (const TocSnapshot::Code& code : b.element->codes)
            total += TocSnapshot::count(code, m_case);
        p->setFont(headerFont);
        p->setPen(ink);
        const QRectF text = b.header.adjusted(pad, 0, -pad, -2);
        p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, b.element->title);
        p->setPen(muted);
        p->drawText(text, Qt::AlignRight | Qt::AlignVCenter, locale.toString(total));
        if (b.element->codes.isEmpty()) {
            p->setFont(italic);
            p->setPen(faint);
            p->drawText(QRectF(b.rect.left() + pad, b.header.bottom() + pad,
                               b.rect.width() - 2 * pad, QFontMetricsF(italic).height()),
                        Qt::AlignLeft | Qt::AlignVCenter, tr("No codes"));
        }
    }

    QFont bold = font();
    bold.setBold(true);
    for (const Row& r : l.rows) {
        const qint64 n = TocSnapshot::count(*r.code, m_case);
        if (r.code->id == m_hover) {
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0xee, 0xf2, 0xf7));
            p->drawRoundedRect(r.rect, 4, 4);
        }
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(r.code->colour.isEmpty() ? QStringLiteral("#9aa3ad") : r.code->colour));
        p->drawRoundedRect(r.swatch, 2, 2);
        p->setFont(font());
        p->setPen(n > 0 ? ink : muted);
        p->drawText(r.name, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, r.code->name);
        p->setFont(bold);
        p->setPen(n > 0 ? ink : faint);
        p->drawText(r.count, Qt::AlignRight | Qt::AlignVCenter, locale.toString(n));
        p->setFont(small);
        for (int i = 0; i < r.tags.size(); ++i) {
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0xec, 0xef, 0xf3));
            p->drawRoundedRect(r.tags[i], 3, 3);
            p->setPen(QColor(0x44, 0x4c, 0x58));
            p->drawText(r.tags[i], Qt::AlignCenter, r.code->questions.value(i));
        }
    }

    p->setFont(small);
    p->setPen(muted);
    QString foot = tr("%1 codings in the project").arg(locale.toString(m_snapshot.codings));
    if (m_snapshot.unplaced > 0)
        foot += QStringLiteral(" · ") +
                (m_snapshot.unplaced == 1
                     ? tr("1 code without a theory-of-change element is not shown")
                     : tr("%1 codes without a theory-of-change element are not shown")
                           .arg(m_snapshot.unplaced));
    p->drawText(l.footer, Qt::AlignLeft | Qt::AlignVCenter, foot);
    p->restore();
}

void TocDiagram::mouseMoveEvent(QMouseEvent* event) {
    const qint64 id = codeAt(event->position());
    if (id != m_hover) {
        m_hover = id;
        setCursor(id ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void TocDiagram::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    if (m_hover) {
        m_hover = 0;
        update();
    }
}

void TocDiagram::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (const qint64 id = codeAt(event->position()))
        emit codeClicked(id);
}

void TocDiagram::contextMenuEvent(QContextMenuEvent* event) {
    if (const qint64 id = codeAt(event->pos()))
        emit codeMenuRequested(id, event->globalPos());
}

bool TocDiagram::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const TocSnapshot::Code* c = m_snapshot.find(codeAt(help->pos()));
    if (!c) {
        QToolTip::hideText();
        return true;
    }
    const qint64 documents = m_case < 0 ? c->documents : c->documentsPerCase.value(m_case);
    QString tip = QStringLiteral("<b>%1</b><br>").arg(c->path.toHtmlEscaped());
    tip += counted(TocSnapshot::count(*c, m_case), tr("coding"), tr("codings")) +
           QStringLiteral(" · ") + counted(documents, tr("document"), tr("documents")) +
           QStringLiteral(" · ") + caseLabel().toHtmlEscaped();
    if (!c->definition.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(c->definition.toHtmlEscaped());
    tip += QStringLiteral("<br>") + tr("Click for its extracts; right-click to change its element "
                                       "or questions.");
    QToolTip::showText(help->globalPos(), QStringLiteral("<qt>%1</qt>").arg(tip), this);
    return true;
}

} // namespace situate
