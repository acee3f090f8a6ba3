// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bar charts for the evaluation report, drawn with QPainter into an image so the same
// picture goes into the HTML page (as PNG) and the PDF (as a document resource).

#include <QColor>
#include <QImage>
#include <QString>
#include <QVector>

namespace situate {

/// A horizontal stacked bar chart: one bar per category (e.g. a CoP), each split into series.
struct StackedBarChart {
    QString title;
    QStringList series;              // legend entries, in stacking order
    QVector<QColor> colours;         // one per series
    QStringList categories;          // one bar each, top to bottom
    QVector<QVector<qint64>> values; // [category][series]
};

/// Draws the chart `width` pixels wide (height follows from the number of bars), at
/// `scale` times that size for sharp printing. Needs a QGuiApplication (fonts).
QImage renderChart(const StackedBarChart& chart, int width = 760, qreal scale = 2.0);

/// A colour for each theory-of-change element, in the order of tocChain(), then one for
/// codes without an element.
QColor tocColour(int index);

} // namespace situate
