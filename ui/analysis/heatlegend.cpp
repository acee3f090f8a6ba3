// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/heatlegend.h"

#include "ui/analysis/matrixmodel.h"

#include <QPainter>

namespace situate {

HeatLegend::HeatLegend(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(tr("Cell colours: from the smallest count to the largest cell of the table "
                  "(totals are not coloured)."));
}

void HeatLegend::setMaximum(const QString& maxText) {
    m_max = maxText;
    updateGeometry();
    update();
}

QSize HeatLegend::sizeHint() const {
    if (m_max.isEmpty())
        return {0, 0};
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("0")) + barWidth + fm.horizontalAdvance(m_max) + 14,
            fm.height() + 4};
}

void HeatLegend::paintEvent(QPaintEvent*) {
    if (m_max.isEmpty())
        return;
    QPainter p(this);
    const QFontMetrics fm(font());
    const QString low = QStringLiteral("0");
    p.setPen(QColor(0x5a, 0x62, 0x70));
    int x = 0;
    p.drawText(QRect(x, 0, fm.horizontalAdvance(low), height()), Qt::AlignVCenter, low);
    x += fm.horizontalAdvance(low) + 6;
    const int barHeight = fm.height() - 4;
    const int top = (height() - barHeight) / 2;
    for (int i = 0; i < barWidth; ++i)
        p.fillRect(QRect(x + i, top, 1, barHeight),
                   MatrixModel::heatColour(double(i) / (barWidth - 1)));
    p.setPen(QColor(0, 0, 0, 40));
    p.drawRect(QRect(x, top, barWidth - 1, barHeight - 1));
    x += barWidth + 6;
    p.setPen(QColor(0x5a, 0x62, 0x70));
    p.drawText(QRect(x, 0, width() - x, height()), Qt::AlignVCenter, m_max);
}

} // namespace situate
