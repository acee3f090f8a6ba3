// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/tocpicture.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace situate {

namespace {

constexpr qreal margin = 10;
constexpr qreal gap = 18;    // between boxes, room for an arrow
constexpr qreal header = 24; // a box's coloured title bar
constexpr qreal padding = 5;

QFont textFont() {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(10);
    return f;
}

qreal boxHeight(const TocPictureBox& box, qreal width) {
    const QFontMetricsF fm(textFont());
    qreal h = header + padding;
    for (const QString& line : box.lines)
        h += fm.boundingRect(QRectF(0, 0, width - 2 * padding, 1e6), Qt::TextWordWrap, line)
                 .height() +
             2;
    return h + padding;
}

// Lays out one row of boxes from `top`; paints them when `p` is set. Returns the row's height.
qreal row(QPainter* p, const QVector<TocPictureBox>& boxes, qreal top, qreal width, bool arrows) {
    if (boxes.isEmpty())
        return 0;
    const qreal w = (width - 2 * margin - gap * qreal(boxes.size() - 1)) / qreal(boxes.size());
    qreal height = 0;
    for (const TocPictureBox& b : boxes)
        height = std::max(height, boxHeight(b, w));
    if (!p)
        return height;
    QFont title = textFont();
    title.setBold(true);
    title.setPixelSize(11);
    const QFontMetricsF fm(textFont());
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const TocPictureBox& b = boxes[i];
        const QRectF r(margin + qreal(i) * (w + gap), top, w, height);
        p->setPen(QPen(b.colour.darker(130), 1));
        p->setBrush(Qt::white);
        p->drawRoundedRect(r, 4, 4);
        p->fillRect(QRectF(r.left() + 1, r.top() + 1, r.width() - 2, header - 1), b.colour);
        p->setPen(Qt::white);
        p->setFont(title);
        p->drawText(QRectF(r.left() + padding, r.top(), r.width() - 2 * padding, header),
                    Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                    QFontMetricsF(title).elidedText(b.title, Qt::ElideRight, r.width() - 10));
        p->setPen(QColor(0x1f, 0x23, 0x28));
        p->setFont(textFont());
        qreal y = r.top() + header + padding;
        for (const QString& line : b.lines) {
            const QRectF area(r.left() + padding, y, r.width() - 2 * padding, 1e6);
            const QRectF used = fm.boundingRect(area, Qt::TextWordWrap, line);
            p->drawText(area, Qt::TextWordWrap, line);
            y += used.height() + 2;
        }
        if (arrows && i + 1 < boxes.size()) {
            const qreal x = r.right() + 3;
            const qreal cy = top + header / 2;
            p->setPen(QPen(QColor(0x57, 0x60, 0x6a), 1.5));
            p->drawLine(QPointF(x, cy), QPointF(x + gap - 6, cy));
            QPainterPath head;
            head.moveTo(x + gap - 4, cy);
            head.lineTo(x + gap - 10, cy - 4);
            head.lineTo(x + gap - 10, cy + 4);
            head.closeSubpath();
            p->fillPath(head, QColor(0x57, 0x60, 0x6a));
        }
    }
    return height;
}

} // namespace

QImage renderTocPicture(const QVector<TocPictureBox>& chain, const QVector<TocPictureBox>& band,
                        int width, qreal scale) {
    const qreal first = row(nullptr, chain, margin, width, true);
    const qreal second = row(nullptr, band, 0, width, false);
    const qreal height = margin + first + (second > 0 ? gap + second : 0) + margin;
    QImage img(QSize(int(width * scale), int(height * scale)), QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    row(&p, chain, margin, width, true);
    row(&p, band, margin + first + gap, width, false);
    return img;
}

} // namespace situate
