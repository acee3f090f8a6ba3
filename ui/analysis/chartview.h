// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/frequency.h"
#include "core/result.h"
#include "ui/common/projectview.h"
#include "ui/common/viewjob.h"

#include <QHash>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace situate {

class CodeComboBox;
class CoderFilterButton;

/// A bar chart of one code's frequency across the cases (CoPs) or research questions, in the
/// code's colour, computed off the GUI thread and saved as PNG or SVG for a report.
class ChartView : public ProjectView {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    /// Re-reads the codes and coders and recomputes.
    void refresh() override;
    bool isComputing() const { return m_computing; }

    /// The values plotted, one per bar, in category order.
    QVector<double> values() const;
    QStringList categories() const;
    QChart* chart() const { return m_chart; }

    /// The chart as an image at twice its size on screen (at least 900 x 560 points).
    Status savePng(const QString& path);
    /// The chart as scalable vector graphics.
    Status saveSvg(const QString& path);
    /// What the save buttons do after their file dialog: the chart drawn now, encoded and
    /// written on a worker behind a progress dialog with Cancel (saveImageInBackground).
    void saveInBackground(const QString& path);

signals:
    /// A computation finished and the chart shows its result (or the error).
    void computed();

private:
    void projectReplaced() override;
    void compute();
    void launch();
    void finished(Result<FrequencyMatrix> result);
    void plot();
    QSize exportSize() const;
    void renderTo(QPainter* painter, const QSize& size);
    void saveDialog(bool svg);

    QHash<qint64, QString> m_colours;
    CodeComboBox* m_code;
    QComboBox* m_dimension;
    QComboBox* m_count;
    QCheckBox* m_descendants;
    QCheckBox* m_rollup;
    CoderFilterButton* m_coders;
    QPushButton* m_savePng;
    QPushButton* m_saveSvg;
    QProgressBar* m_busy;
    QChart* m_chart;
    QChartView* m_chartView;
    QLabel* m_status;

    bool m_hasResult = false;
    FrequencyMatrix m_matrix;
    FrequencyRequest m_running;
    bool m_computing = false;
    ViewJob<FrequencyMatrix> m_job;
};

} // namespace situate
