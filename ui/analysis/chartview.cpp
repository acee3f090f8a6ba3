// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/chartview.h"

#include "core/codetree.h"
#include "core/project.h"
#include "ui/analysis/codecombobox.h"
#include "ui/analysis/coderfilterbutton.h"
#include "ui/common/imageexport.h"
#include "ui/common/widgets.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace situate {

namespace {

/// The count's name as the chart shows it (core's countTypeName stays English for the CLI).
QString countTypeText(CountType t) {
    switch (t) {
    case CountType::Codings:
        return ChartView::tr("codings");
    case CountType::Documents:
        return ChartView::tr("documents");
    case CountType::Cases:
        return ChartView::tr("cases");
    case CountType::Characters:
        return ChartView::tr("characters");
    case CountType::Coverage:
        break;
    }
    return ChartView::tr("coverage");
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : ProjectView(Follow::AfterPause, parent)
    , m_job(
          this, [this] { launch(); },
          [this](Result<FrequencyMatrix> result, bool) { finished(std::move(result)); }) {
    setObjectName(QStringLiteral("analysisChart"));
    m_code = named<CodeComboBox>(QStringLiteral("chartCode"));
    m_dimension = choiceBox(QStringLiteral("chartDimension"),
                            {{tr("across cases (CoPs)"), int(Dimension::Case)},
                             {tr("across research questions"), int(Dimension::ResearchQuestion)}});
    m_count = choiceBox(QStringLiteral("chartCount"));
    for (CountType t : {CountType::Codings, CountType::Documents, CountType::Cases,
                        CountType::Characters, CountType::Coverage})
        m_count->addItem(t == CountType::Coverage ? tr("coverage %") : countTypeText(t), int(t));
    m_descendants = namedCheckBox(QStringLiteral("chartDescendants"), tr("Include sub-codes"));
    m_descendants->setChecked(true);
    m_rollup = namedCheckBox(QStringLiteral("chartRollup"), tr("Roll up questions"));
    m_coders = named<CoderFilterButton>(QStringLiteral("chartCoders"));
    m_savePng =
        namedButton(QStringLiteral("chartSavePng"), tr("PNG…"), tr("Save the chart as an image."));
    m_saveSvg = namedButton(QStringLiteral("chartSaveSvg"), tr("SVG…"),
                            tr("Save the chart as scalable vector graphics, for reports."));
    m_busy = busyBar(QStringLiteral("chartBusy"));

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(12, 8, 24, 8));
    m_chartView = named<QChartView>(QStringLiteral("chartView"), m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_status = statusLabel(QStringLiteral("chartStatus"));

    auto* choose = new QHBoxLayout;
    choose->addWidget(m_code, 1);
    choose->addWidget(m_dimension);
    choose->addWidget(m_count);
    choose->addWidget(m_descendants);
    choose->addWidget(m_rollup);
    choose->addWidget(m_coders);
    choose->addSpacing(12);
    choose->addWidget(m_savePng);
    choose->addWidget(m_saveSvg);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_busy);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_status);

    connect(m_code, &QComboBox::currentIndexChanged, this, &ChartView::compute);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ChartView::compute);
    connect(m_descendants, &QCheckBox::toggled, this, &ChartView::compute);
    connect(m_rollup, &QCheckBox::toggled, this, &ChartView::compute);
    connect(m_coders, &CoderFilterButton::selectionChanged, this, &ChartView::compute);
    connect(m_count, &QComboBox::currentIndexChanged, this, &ChartView::plot);
    connect(m_savePng, &QPushButton::clicked, this, [this] { saveDialog(false); });
    connect(m_saveSvg, &QPushButton::clicked, this, [this] { saveDialog(true); });
    setEnabled(false);
    plot();
}

void ChartView::projectReplaced() {
    m_hasResult = false;
    setEnabled(project() != nullptr);
    if (!project()) {
        refresh();
        return;
    }
    // A hidden chart waits until it is shown: every recount reads all the codings.
    refreshNow();
}

void ChartView::refresh() {
    const QSignalBlocker b1(m_code);
    const QSignalBlocker b2(m_coders);
    m_colours.clear();
    const Project* p = project();
    if (!p) {
        m_code->setTree(CodeTree());
        m_coders->setCoders({});
        m_hasResult = false;
        plot();
        return;
    }
    const Result<CodeTree> tree = CodeTree::read(p->storage());
    const Result<QVector<Coder>> coders = p->storage().coders();
    if (!tree || !coders) {
        // The choices stay as they were until the project can be read again.
        m_status->setText(tree ? coders.error() : tree.error());
        return;
    }
    for (const Code& c : tree->codes())
        m_colours.insert(c.id, c.colour);
    m_code->setTree(*tree);
    m_coders->setCoders(*coders);
    compute();
}

void ChartView::compute() {
    m_rollup->setEnabled(m_dimension->currentData().toInt() == int(Dimension::ResearchQuestion));
    if (!project() || m_code->currentCodeId() == 0)
        return;
    m_job.start();
}

void ChartView::launch() {
    if (!project() || m_code->currentCodeId() == 0)
        return;
    m_running = FrequencyRequest{};
    m_running.by = static_cast<Dimension>(m_dimension->currentData().toInt());
    m_running.codeIds = {m_code->currentCodeId()};
    m_running.descendants = m_descendants->isChecked();
    m_running.rollup = m_rollup->isEnabled() && m_rollup->isChecked();
    m_running.filter.coderIds = m_coders->selectedIds();
    m_computing = true;
    m_busy->setVisible(true);
    const FrequencyRequest request = m_running;
    m_job.run(*project(), [request](const Storage& s, const std::atomic_bool&) {
        return frequencyMatrix(s, request);
    });
}

void ChartView::finished(Result<FrequencyMatrix> result) {
    m_computing = false;
    m_busy->setVisible(false);
    m_hasResult = result.ok() && !result->rows.isEmpty();
    if (m_hasResult)
        m_matrix = result.take();
    plot();
    if (!result)
        m_status->setText(tr("Could not count: %1").arg(result.error()));
    emit computed();
}

QVector<double> ChartView::values() const {
    QVector<double> out;
    if (!m_hasResult)
        return out;
    const auto type = static_cast<CountType>(m_count->currentData().toInt());
    for (qsizetype c = 0; c < m_matrix.columns.size(); ++c)
        out << m_matrix.cell(0, c).value(type);
    return out;
}

QStringList ChartView::categories() const {
    QStringList out;
    for (const MatrixColumn& c : m_matrix.columns)
        out << c.key;
    return m_hasResult ? out : QStringList();
}

void ChartView::plot() {
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const bool any = m_hasResult && !m_matrix.columns.isEmpty();
    m_savePng->setEnabled(any);
    m_saveSvg->setEnabled(any);
    if (!any) {
        m_chart->setTitle(project() ? tr("Nothing to chart yet") : tr("No project open"));
        m_status->clear();
        return;
    }
    const auto type = static_cast<CountType>(m_count->currentData().toInt());
    const MatrixRow& row = m_matrix.rows.first();
    const QVector<double> v = values();
    const QStringList names = categories();

    // Horizontal bars keep long CoP names readable; reversed so the first one is on top.
    auto* set = new QBarSet(row.path.section(QLatin1Char('/'), -1));
    QColor colour(m_colours.value(row.codeId));
    if (!colour.isValid())
        colour = QColor(0x42, 0x92, 0xc6);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    set->setLabelColor(QColor(0x1f, 0x23, 0x28));
    QStringList labels;
    for (qsizetype i = v.size() - 1; i >= 0; --i) {
        // Labels show significant digits, so coverage is rounded to the matrix's two decimals.
        set->append(type == CountType::Coverage ? std::round(v[i] * 100) / 100 : v[i]);
        QString label = names[i];
        if (m_matrix.by == Dimension::ResearchQuestion && !m_matrix.columns[i].title.isEmpty())
            label += QStringLiteral(": ") + m_matrix.columns[i].title;
        labels << (label.size() > 48 ? label.left(46) + QStringLiteral("…") : label);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.62);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(9);
    series->setLabelsFormat(type == CountType::Coverage ? QStringLiteral("@value %")
                                                        : QStringLiteral("@value"));
    m_chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    categoryAxis->setGridLineVisible(false);
    auto* valueAxis = new QValueAxis;
    const double max = v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
    // Ticks at 1, 2 or 5 times a power of ten, with room for the labels past the longest bar.
    const double top = std::max(type == CountType::Coverage ? 0.1 : 4.0, max * 1.15);
    const double raw = top / 6;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw <= magnitude       ? magnitude
                        : raw <= 2 * magnitude ? 2 * magnitude
                        : raw <= 5 * magnitude ? 5 * magnitude
                                               : 10 * magnitude;
    const double interval = type == CountType::Coverage ? step : std::max(1.0, step);
    valueAxis->setRange(0, std::ceil(top / interval) * interval);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(interval);
    valueAxis->setLabelFormat(type != CountType::Coverage ? QStringLiteral("%d")
                              : interval >= 1             ? QStringLiteral("%.0f")
                              : interval >= 0.1           ? QStringLiteral("%.1f")
                                                          : QStringLiteral("%.2f"));
    valueAxis->setTitleText(type == CountType::Coverage ? tr("coverage (% of the text)")
                                                        : countTypeText(type));
    valueAxis->setGridLineColor(QColor(0xe3, 0xe6, 0xea));
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->setTitle(
        tr("%1: %2 %3")
            .arg(row.path, m_count->currentText(),
                 m_matrix.by == Dimension::Case ? tr("per case") : tr("per research question")));
    const MatrixCell& total = m_matrix.rowTotals.first();
    m_status->setText(
        tr("Total over the project: %1%2. A coding in a document of two cases, or of a code "
           "linked to two questions, is in both bars.")
            .arg(type == CountType::Coverage
                     ? QStringLiteral("%1 %").arg(QLocale().toString(total.value(type), 'f', 2))
                     : QLocale().toString(total.value(type), 'f', 0),
                 m_running.descendants ? tr(" (with sub-codes)") : QString()));
}

QSize ChartView::exportSize() const {
    const QSize shown = m_chartView->size();
    return shown.width() >= 600 && shown.height() >= 360 ? shown : QSize(900, 560);
}

void ChartView::renderTo(QPainter* painter, const QSize& size) {
    // Lay the chart out at the export size, draw the scene, then give it back to the view.
    const QRectF old = m_chart->geometry();
    m_chart->setGeometry(QRectF(QPointF(0, 0), size));
    // The chart lays itself out on the next event loop pass; a picture cannot wait for it.
    if (m_chart->layout())
        m_chart->layout()->activate();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    m_chart->scene()->render(painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    m_chart->setGeometry(old);
    if (m_chart->layout())
        m_chart->layout()->activate();
}

Status ChartView::savePng(const QString& path) {
    if (!m_hasResult)
        return Status::failure(tr("There is no chart to save yet."));
    return situate::savePng(path, exportSize(),
                            [this](QPainter& p, const QSize& size) { renderTo(&p, size); });
}

Status ChartView::saveSvg(const QString& path) {
    if (!m_hasResult)
        return Status::failure(tr("There is no chart to save yet."));
    return situate::saveSvg(path, exportSize(), m_chart->title(),
                            [this](QPainter& p, const QSize& size) { renderTo(&p, size); });
}

void ChartView::saveDialog(bool svg) {
    if (!project() || !m_hasResult)
        return;
    const QString name = project()->name() + QLatin1Char('-') +
                         m_matrix.rows.first()
                             .path.section(QLatin1Char('/'), -1)
                             .replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path =
        askImagePath(this, tr("chart"), QFileInfo(project()->path()).dir().filePath(name), svg);
    if (!path.isEmpty())
        saveInBackground(path);
}

void ChartView::saveInBackground(const QString& path) {
    if (!m_hasResult) {
        m_status->setText(tr("There is no chart to save yet."));
        return;
    }
    saveImageInBackground(window(), m_status, path, exportSize(), m_chart->title(),
                          [this](QPainter& p, const QSize& size) { renderTo(&p, size); });
}

} // namespace situate
