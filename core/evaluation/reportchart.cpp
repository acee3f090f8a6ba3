// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/reportchart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace situate {

QColor tocColour(int index) {
    // Muted, distinguishable hues (after the Tableau 10 palette), readable when printed.
    static const QVector<QColor> palette = {QColor(0x8c, 0x6d, 0x4f), QColor(0x4e, 0x79, 0xa7),
                                            QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1),
                                            QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                            QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                                            QColor(0xff, 0x9d, 0xa7), QColor(0xba, 0xb0, 0xac)};
    return palette[std::clamp(index, 0, int(palette.size()) - 1)];
}

QImage renderChart(const StackedBarChart& chart, int width, qreal scale) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(13);
    const QFontMetricsF fm(font);

    const qreal margin = 10;
    const qreal barHeight = 18;
    const qreal rowHeight = 26;
    qreal labelWidth = 0;
    for (const QString& c : chart.categories)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + 12, width * 0.35);
    const qreal titleHeight = chart.title.isEmpty() ? 0 : 24;
    const qreal plotTop = margin + titleHeight;
    const qreal plotLeft = margin + labelWidth;
    const qreal plotWidth = width - plotLeft - margin - 40; // room for the total's label

    // The legend wraps onto as many lines as it needs.
    QVector<QPointF> legendAt;
    qreal x = plotLeft, y = 0;
    for (const QString& s : chart.series) {
        const qreal w = 16 + fm.horizontalAdvance(s) + 16;
        if (x + w > width - margin && x > plotLeft) {
            x = plotLeft;
            y += 20;
        }
        legendAt << QPointF(x, y);
        x += w;
    }
    const qreal plotHeight = rowHeight * qreal(chart.categories.size());
    const qreal legendTop = plotTop + plotHeight + 28;
    const qreal height = legendTop + (chart.series.isEmpty() ? 0 : y + 20) + margin;

    QImage image(QSize(width, int(std::ceil(height))) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    if (!chart.title.isEmpty()) {
        p.setFont(bold);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(margin, margin, width - 2 * margin, titleHeight), Qt::AlignLeft,
                   chart.title);
    }
    qint64 maxTotal = 0;
    for (const QVector<qint64>& v : chart.values) {
        qint64 t = 0;
        for (qint64 n : v)
            t += n;
        maxTotal = std::max(maxTotal, t);
    }
    // Gridlines at "nice" steps so the scale can be read without an axis label per bar.
    const qint64 rough = std::max<qint64>(1, maxTotal / 5);
    const qint64 magnitude = qint64(std::pow(10.0, std::floor(std::log10(double(rough)))));
    qint64 step = magnitude;
    for (qint64 m : {1, 2, 5, 10}) {
        if (magnitude * m >= rough) {
            step = magnitude * m;
            break;
        }
    }
    const qint64 top = std::max<qint64>(step, ((maxTotal + step - 1) / step) * step);
    p.setFont(font);
    for (qint64 g = 0; g <= top; g += step) {
        const qreal gx = plotLeft + plotWidth * qreal(g) / qreal(top);
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        p.drawLine(QPointF(gx, plotTop), QPointF(gx, plotTop + plotHeight));
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(QRectF(gx - 30, plotTop + plotHeight + 4, 60, 16), Qt::AlignHCenter,
                   QString::number(g));
    }
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        const qreal by = plotTop + rowHeight * qreal(c) + (rowHeight - barHeight) / 2;
        p.setPen(QColor(0x22, 0x22, 0x22));
        const QString label = fm.elidedText(chart.categories[c], Qt::ElideRight, labelWidth - 12);
        p.drawText(QRectF(margin, by, labelWidth - 8, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                   label);
        qreal bx = plotLeft;
        qint64 total = 0;
        const QVector<qint64> values = chart.values.value(c);
        for (qsizetype s = 0; s < values.size(); ++s) {
            if (values[s] <= 0)
                continue;
            const qreal w = plotWidth * qreal(values[s]) / qreal(top);
            p.fillRect(QRectF(bx, by, w, barHeight), chart.colours.value(s, Qt::gray));
            bx += w;
            total += values[s];
        }
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(bx + 4, by, 40, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   total == 0 ? QStringLiteral("0") : QString::number(total));
    }
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        const QPointF at = legendAt[s] + QPointF(0, legendTop);
        p.fillRect(QRectF(at.x(), at.y() + 2, 12, 12), chart.colours.value(s, Qt::gray));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(at.x() + 16, at.y(), width, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   chart.series[s]);
    }
    p.end();
    return image;
}

} // namespace situate
