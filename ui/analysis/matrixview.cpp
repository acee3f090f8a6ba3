// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/matrixview.h"

#include "core/analysis/numbertable.h"
#include "core/codetree.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "ui/analysis/commandline.h"
#include "ui/analysis/heatlegend.h"
#include "ui/analysis/matrixchoices.h"
#include "ui/analysis/matrixmodel.h"
#include "ui/analysis/rotatedheader.h"
#include "ui/common/progresstask.h"
#include "ui/common/widgets.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace situate {

MatrixView::MatrixView(QWidget* parent)
    : ProjectView(Follow::AfterPause, parent)
    , m_model(new MatrixModel(this))
    , m_job(
          this, [this] { launch(); },
          [this](Result<Outcome> result, bool cancelled) {
              if (!cancelled) // else cancelled, and the table shows the last result
                  finished(std::move(result), cancelled);
          }) {
    setObjectName(QStringLiteral("matrixView"));

    m_choices = new MatrixChoices;
    m_compute = namedButton(QStringLiteral("matrixCompute"), tr("Compute"));
    m_cancel = namedButton(QStringLiteral("matrixCancel"), tr("Cancel"));
    m_cancel->setVisible(false);
    m_exportCsv = namedButton(QStringLiteral("matrixExportCsv"), tr("CSV…"),
                              tr("Save the numbers shown as a CSV file."));
    m_exportXlsx = namedButton(QStringLiteral("matrixExportXlsx"), tr("Excel…"),
                               tr("Save the numbers shown, and every count type on its own "
                                  "sheet, as an .xlsx workbook."));
    m_busy = busyBar(QStringLiteral("matrixBusy"));

    m_title = named<QLabel>(QStringLiteral("matrixTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_legend = named<HeatLegend>(QStringLiteral("matrixLegend"));
    m_table = named<QTableView>(QStringLiteral("matrixTable"));
    m_table->setAccessibleName(tr("Frequency matrix"));
    m_table->setAccessibleDescription(
        tr("Codes in rows, the chosen columns, and the count in each cell"));
    m_header = new RotatedHeader(m_table);
    m_header->setSectionsClickable(false);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(true);
    m_table->setStyleSheet(tableGridStyle(2));
    m_table->setWordWrap(false);
    m_header->setDefaultAlignment(
        Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    m_header->setMinimumSectionSize(24);
    m_header->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setHighlightSections(false);
    m_status = statusLabel(QStringLiteral("matrixStatus"));
    m_cli = named<QLabel>(QStringLiteral("matrixCli"));
    m_cli->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cli->setStyleSheet(QStringLiteral("color: #7a808a; font-family: monospace;"));
    // A long project path must not widen the view; the whole command is in the tooltip.
    m_cli->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cli->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_legend);
    head->addSpacing(12);
    head->addWidget(m_compute);
    head->addWidget(m_cancel);
    head->addWidget(m_exportCsv);
    head->addWidget(m_exportXlsx);
    auto* foot = new QHBoxLayout;
    foot->addWidget(m_status);
    foot->addWidget(m_cli, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_choices);
    layout->addWidget(m_busy);
    layout->addLayout(head);
    layout->addWidget(m_table, 1);
    layout->addLayout(foot);

    connect(m_choices, &MatrixChoices::requestChanged, this, &MatrixView::compute);
    connect(m_choices, &MatrixChoices::displayChanged, this, &MatrixView::showDisplay);
    connect(m_compute, &QPushButton::clicked, this, &MatrixView::compute);
    connect(m_cancel, &QPushButton::clicked, this, &MatrixView::cancel);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportDialog(false); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportDialog(true); });
    connect(m_table, &QTableView::doubleClicked, this, &MatrixView::activateCell);
    updateEnabled();
    updateTitle();
}

void MatrixView::projectReplaced() {
    cancel();
    m_context.reset();
    m_model->clear();
    m_status->clear();
    m_cli->clear();
    reloadChoices();
    updateEnabled();
    updateTitle();
    if (project())
        refresh();
}

void MatrixView::projectEdited() {
    // Coding goes on while the matrix is open; it recounts once the edits pause.
    m_context.reset();
    ++m_changes;
}

void MatrixView::refresh() {
    reloadChoices();
    if (!isVisible())
        return markStale();
    compute();
}

void MatrixView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumns();
}

void MatrixView::fitColumns() {
    // Equal columns that share the width (long CoP names wrap onto a second header line);
    // past a minimum width the table scrolls. Codes x codes has narrow columns under upright
    // code names instead.
    const int columns = m_model->columnCount();
    if (columns == 0)
        return;
    const QFontMetrics fm(m_table->font());
    double largest = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 0; c < columns; ++c)
            largest =
                std::max(largest, m_model->index(r, c).data(MatrixModel::ValueRole).toDouble());
    const int widest = fm.horizontalAdvance(QLocale().toString(largest, 'f', m_model->decimals()));
    m_header->setRotated(m_model->isCooccurrence());
    if (m_model->isCooccurrence()) {
        for (int c = 0; c < columns; ++c)
            m_header->resizeSection(c, std::max(fm.height() + 12, widest + 14));
        m_header->setFixedHeight(m_header->rotatedHeight(180));
        return;
    }
    const int available = m_table->width() - m_table->verticalHeader()->width() -
                          m_table->verticalScrollBar()->sizeHint().width() - 4;
    const int width = std::clamp(available / columns, std::max(64, widest + 16), 150);
    bool wraps = false;
    for (int c = 0; c < columns; ++c) {
        m_header->resizeSection(c, width);
        const QString label = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        wraps = wraps || fm.horizontalAdvance(label) > width - 12;
    }
    m_header->setFixedHeight((wraps ? 2 * fm.lineSpacing() : fm.lineSpacing()) + 10);
}

void MatrixView::reloadChoices() {
    const Result<QVector<Code>> codes =
        project() ? project()->storage().codes() : Result<QVector<Code>>(QVector<Code>());
    Status read = codes ? m_choices->reload(project() ? &project()->storage() : nullptr)
                        : Status::from(codes);
    if (!read) {
        m_status->setText(read.error()); // the choices stay until the project can be read
        return;
    }
    m_colours.clear();
    for (const Code& c : *codes)
        m_colours.insert(c.id, c.colour);
}

void MatrixView::updateEnabled() {
    m_compute->setEnabled(project() != nullptr && !m_computing);
    const bool hasTable = m_model->rowCount() > 0;
    m_exportCsv->setEnabled(hasTable);
    m_exportXlsx->setEnabled(hasTable);
}

void MatrixView::compute() {
    if (!project())
        return;
    if (m_job.isRunning())
        setBusy(true); // the running count is dropped, and this one follows it
    m_job.start();
}

void MatrixView::launch() {
    if (!project()) {
        setBusy(false);
        return;
    }
    const bool co = m_choices->columns() == MatrixChoices::Columns::Codes;
    m_runningCooccurrence = m_choices->cooccurrenceRequest();
    m_runningRequest = m_choices->frequencyRequest();
    if (!co && m_runningRequest.by == Dimension::Attribute && m_runningRequest.attributeId == 0) {
        m_model->clear();
        m_status->setText(tr("The project has no attributes yet."));
        updateEnabled();
        updateTitle();
        emit computed();
        return;
    }
    setBusy(true);
    m_status->setText(tr("Counting…"));
    const FrequencyRequest request = m_runningRequest;
    const CooccurrenceRequest coRequest = m_runningCooccurrence;
    m_runningChanges = m_changes;
    std::shared_ptr<const AnalysisContext> loaded =
        m_context && m_contextFilter == request.filter ? m_context : nullptr;
    m_runningReuses = !co && loaded;
    m_job.run(*project(),
              [request, coRequest, co, loaded](const Storage& s,
                                               const std::atomic_bool&) -> Result<Outcome> {
                  Outcome out;
                  out.cooccurrence = co;
                  if (co) {
                      auto m = cooccurrenceMatrix(s, coRequest);
                      if (!m)
                          return Status::from(m);
                      out.codes = m.take();
                      return out;
                  }
                  out.context = loaded;
                  if (!out.context) {
                      auto ctx = AnalysisContext::load(s, request.filter);
                      if (!ctx)
                          return Status::from(ctx);
                      out.context = std::make_shared<const AnalysisContext>(ctx.take());
                  }
                  auto m = frequencyMatrix(s, *out.context, request);
                  if (!m)
                      return Status::from(m);
                  out.frequency = m.take();
                  return out;
              });
}

void MatrixView::cancel() {
    if (!m_computing)
        return;
    // The counting functions take no cancel flag; the worker finishes and is ignored.
    m_job.cancel();
    setBusy(false);
    m_status->setText(tr("Cancelled; the table shows the last result."));
    emit computed();
}

void MatrixView::finished(Result<Outcome> result, bool) {
    setBusy(false);
    if (!result) {
        m_model->clear();
        m_status->setText(tr("Could not count: %1").arg(result.error()));
    } else {
        Outcome out = result.take();
        if (out.cooccurrence) {
            m_model->setCooccurrence(m_runningCooccurrence, out.codes, m_colours);
        } else {
            m_model->setFrequency(m_runningRequest, out.frequency, m_colours);
            m_reused = m_runningReuses;
            if (m_runningChanges == m_changes) { // else read before the latest edit
                m_context = std::move(out.context);
                m_contextFilter = m_runningRequest.filter;
            }
        }
    }
    showDisplay();
    emit computed();
}

void MatrixView::setBusy(bool busy) {
    m_computing = busy;
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_compute->setEnabled(!busy && project());
}

void MatrixView::showDisplay() {
    m_model->setCountType(m_choices->countType());
    m_model->setPercent(m_choices->percent());
    updateEnabled();
    updateTitle();
    fitColumns();
}

void MatrixView::updateTitle() {
    if (!project() || m_model->rowCount() == 0) {
        m_title->setText(project() ? QString() : tr("<i>No project open.</i>"));
        m_legend->setMaximum({});
        return;
    }
    QString what, by;
    if (m_model->isCooccurrence()) {
        what = tr("Co-occurring codes");
        by = m_choices->modeName(m_model->cooccurrenceRequest().mode);
    } else {
        what = m_choices->countName(m_model->countType());
        switch (m_model->request().by) {
        case Dimension::Case:
            by = tr("per case");
            break;
        case Dimension::ResearchQuestion:
            by = m_model->request().rollup ? tr("per research question (rolled up)")
                                           : tr("per research question");
            break;
        case Dimension::Document:
            by = tr("per document");
            break;
        case Dimension::Coder:
            by = tr("per coder");
            break;
        case Dimension::Attribute:
            by = tr("per value of %1").arg(m_model->frequency()->attributeName.toHtmlEscaped());
            break;
        }
    }
    QString shown;
    if (m_model->percent() == MatrixModel::Percent::Row)
        shown = tr(" · row percentages");
    else if (m_model->percent() == MatrixModel::Percent::Column)
        shown = tr(" · column percentages");
    m_title->setText(QStringLiteral("<b style='font-size:11pt'>%1</b> <span style='color:#5a6270'>"
                                    "%2%3</span>")
                         .arg(what.toHtmlEscaped(), by.toHtmlEscaped(), shown));

    double max = 0;
    for (int r = 0; r < m_model->codeRows(); ++r)
        for (int c = 0; c < m_model->bodyColumns(); ++c)
            max = std::max(max,
                           m_model->data(m_model->index(r, c), MatrixModel::ValueRole).toDouble());
    m_legend->setMaximum(QLocale().toString(max, 'f', m_model->decimals()));

    const int cells = m_model->codeRows();
    m_status->setText(tr("%1 codes × %2 columns. Double-click a cell for its extracts.")
                          .arg(cells)
                          .arg(m_model->bodyColumns()));
    const Result<QString> command =
        m_model->isCooccurrence() ? cooccurrenceCommandLine(project()->storage(), project()->path(),
                                                            m_model->cooccurrenceRequest())
                                  : freqCommandLine(project()->storage(), project()->path(),
                                                    m_model->request(), m_model->countType());
    if (!command)
        m_status->setText(command.error());
    m_cli->setText(command ? *command : QString());
    m_cli->setToolTip(tr("The same counts from the command line:\n%1").arg(m_cli->text()));
}

const FrequencyRequest& MatrixView::shownRequest() const {
    return m_model->request();
}

QString MatrixView::cliCommand() const {
    return m_cli->text();
}

void MatrixView::activateCell(const QModelIndex& index) {
    if (index.isValid())
        emit extractsRequested(m_model->extractQuery(index.row(), index.column()),
                               m_model->cellDescription(index.row(), index.column()));
}

Status MatrixView::exportXlsx(const QString& path) {
    if (m_model->rowCount() == 0)
        return Status::failure(tr("There is no table to export yet."));
    return saveTablesXlsx(path, m_model->exportTables());
}

Status MatrixView::exportCsv(const QString& path) {
    if (m_model->rowCount() == 0)
        return Status::failure(tr("There is no table to export yet."));
    return csv::saveFile(path, tableCsv(m_model->shownTable(), true));
}

void MatrixView::exportDialog(bool xlsx) {
    const QString suggested = project()
                                  ? QFileInfo(project()->path())
                                        .dir()
                                        .filePath(project()->name() + QStringLiteral("-matrix"))
                                  : QString();
    const QString path = QFileDialog::getSaveFileName(
        this, xlsx ? tr("Export matrix to Excel") : tr("Export matrix to CSV"),
        suggested + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv")),
        xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    if (!path.isEmpty())
        exportInBackground(path);
}

void MatrixView::exportInBackground(const QString& path) {
    if (m_model->rowCount() == 0) {
        m_status->setText(tr("There is no table to export yet."));
        return;
    }
    // A matrix of hundreds of codes by every case makes a large workbook: its numbers are
    // taken now, and written on a worker.
    const bool xlsx =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    const QVector<NumberTable> tables =
        xlsx ? m_model->exportTables() : QVector<NumberTable>{m_model->shownTable()};
    const QString file = QFileInfo(path).fileName();
    runWithProgress<bool>(
        window(), tr("Writing %1…").arg(file), QStringLiteral("matrixExportProgress"),
        [tables, path, xlsx](const TaskProgress& progress) -> Result<bool> {
            const auto goOn = [&progress] {
                return progress(0, 0);
            };
            if (xlsx) {
                if (Status st = saveTablesXlsx(path, tables, goOn); !st)
                    return st;
                return true;
            }
            const QByteArray bytes = tableCsv(tables.first(), true);
            if (!goOn()) // nothing is written once Cancel was pressed
                return Status::failure(QStringLiteral("cancelled"));
            if (Status st = csv::saveFile(path, bytes); !st)
                return st;
            return true;
        },
        [this, file](Result<bool> written, bool cancelled) {
            if (cancelled && !written)
                m_status->setText(tr("Export cancelled; nothing was written."));
            else if (!written)
                m_status->setText(tr("Could not save: %1").arg(written.error()));
            else
                m_status->setText(tr("Saved %1.").arg(file));
        });
}

} // namespace situate
