// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/rotatedheader.h"

#include <QPainter>
#include <QStyleOptionHeader>

#include <algorithm>

namespace situate {

RotatedHeader::RotatedHeader(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent) {}

void RotatedHeader::setRotated(bool rotated) {
    m_rotated = rotated;
    updateGeometries();
    viewport()->update();
}

int RotatedHeader::rotatedHeight(int maxLength) const {
    if (!model())
        return 0;
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(
                                      model()->headerData(i, orientation()).toString()));
    return std::min(widest, maxLength) + 14;
}

QSize RotatedHeader::sectionSizeFromContents(int logicalIndex) const {
    if (!m_rotated)
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const QString text =
        model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    return {fontMetrics().height() + 8, std::min(fontMetrics().horizontalAdvance(text), 180) + 14};
}

void RotatedHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const {
    if (!m_rotated || !model()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The section itself as the style draws it, without a label; then the label upright.
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    // The style leaves an empty clip behind when the painter had none; save and restore.
    painter->save();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    painter->restore();
    const QString text = model()->headerData(logicalIndex, orientation()).toString();
    painter->save();
    painter->translate(rect.left(), rect.bottom());
    painter->rotate(-90);
    const QRect upright(6, 0, rect.height() - 10, rect.width());
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(upright, Qt::AlignLeft | Qt::AlignVCenter,
                      fontMetrics().elidedText(text, Qt::ElideRight, upright.width()));
    painter->restore();
}

} // namespace situate
