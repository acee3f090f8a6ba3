// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evidenceview.h"

#include "core/query/savedqueries.h"
#include "ui/evaluation/counted.h"

#include "core/commands/evaluationcommands.h"
#include "core/commands/keyquotes.h"
#include "core/project.h"
#include "core/query/savedqueries.h"
#include "ui/common/readonlyjob.h"
#include "ui/common/widgets.h"
#include "ui/evaluation/evidencedelegate.h"
#include "ui/evaluation/evidencemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace situate {

namespace {
// The extracts list is for reading; the extracts browser shows any number.
constexpr int maxListed = 500;
constexpr int caseColumns = -1;
} // namespace

EvidenceView::EvidenceView(QWidget* parent)
    : ProjectView(Follow::AfterPause, parent)
    , m_model(new EvidenceModel(this))
    , m_delegate(new EvidenceDelegate(this))
    , m_job(
          this, [this] { launch(); },
          [this](Result<EvidenceMatrix> result, bool) { finished(std::move(result)); }) {
    setObjectName(QStringLiteral("evidenceView"));
    m_rows = choiceBox(QStringLiteral("evidenceRows"),
                       {{tr("Research questions"), int(EvidenceRowKind::ResearchQuestion)},
                        {tr("Codes"), int(EvidenceRowKind::Code)},
                        {tr("Theory-of-change elements"), int(EvidenceRowKind::TocElement)},
                        {tr("Saved queries"), int(EvidenceRowKind::Query)}});
    m_columns = choiceBox(QStringLiteral("evidenceColumns"));
    m_descendants = namedCheckBox(QStringLiteral("evidenceDescendants"), tr("Count sub-codes"),
                                  tr("Research questions: codes under a linked code count too. "
                                     "Codes: a row also counts its sub-codes' codings."));
    m_busy = busyBar(QStringLiteral("evidenceBusy"));
    m_status = statusLabel(QStringLiteral("evidenceStatus"));

    m_table = named<QTableView>(QStringLiteral("evidenceTable"));
    m_table->setAccessibleName(tr("Evidence matrix"));
    m_table->setAccessibleDescription(
        tr("Theory-of-change elements by case, with the strength of the evidence"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setStyleSheet(tableGridStyle(3));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    m_table->horizontalHeader()->setHighlightSections(false);
    // Room for CoP names that wrap onto a second line ("Medicines optimisation").
    m_table->horizontalHeader()->setFixedHeight(2 * fontMetrics().lineSpacing() + 10);
    // Rows share the height (more room for summaries) but never get lower than three lines.
    m_table->verticalHeader()->setMinimumSectionSize(3 * fontMetrics().lineSpacing() + 16);
    m_table->verticalHeader()->setDefaultSectionSize(3 * fontMetrics().lineSpacing() + 16);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setMaximumWidth(360);
    m_table->verticalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setTextElideMode(Qt::ElideRight);

    m_cellTitle = named<QLabel>(QStringLiteral("evidenceCellTitle"),
                                tr("Select a cell to read its evidence."));
    m_cellTitle->setWordWrap(true);
    m_cellTitle->setTextFormat(Qt::RichText);
    m_list = named<QListWidget>(QStringLiteral("evidenceExtracts"));
    m_list->setAccessibleName(tr("Extracts of the selected cell"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(2);
    m_openExtracts =
        namedButton(QStringLiteral("evidenceOpenExtracts"), tr("Open in extracts browser"));
    m_keyQuote = namedButton(QStringLiteral("evidenceKeyQuote"), tr("★ Key quote"));
    m_keyQuote->setToolTip(tr("Mark the selected extract as a key quote, or unmark it (Ctrl+K)"));
    m_keyQuote->setEnabled(false);
    auto* star = new QAction(tr("Mark or unmark as key quote"), m_list);
    star->setObjectName(QStringLiteral("evidenceKeyQuoteAction"));
    star->setShortcut(QKeySequence(tr("Ctrl+K")));
    star->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(star);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_summary = named<QPlainTextEdit>(QStringLiteral("evidenceSummary"));
    m_summary->setAccessibleName(tr("Summary of the selected cell"));
    m_summary->setPlaceholderText(tr("What does the evidence in this cell say? Your summary is "
                                     "saved in the project and goes into the report."));
    m_save = namedButton(QStringLiteral("evidenceSaveSummary"), tr("Save summary"));
    m_revert = namedButton(QStringLiteral("evidenceRevertSummary"), tr("Revert"));

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    sideLayout->addWidget(m_cellTitle);
    sideLayout->addWidget(m_list, 3);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_keyQuote);
    listButtons->addStretch(1);
    listButtons->addWidget(m_openExtracts);
    sideLayout->addLayout(listButtons);
    auto* summaryLabel = new QLabel(tr("<b>Analyst's summary</b>"));
    sideLayout->addWidget(summaryLabel);
    sideLayout->addWidget(m_summary, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    sideLayout->addLayout(buttons);

    auto* split = named<QSplitter>(QStringLiteral("evidenceSplitter"));
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 360});

    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Rows:")));
    head->addWidget(m_rows);
    head->addSpacing(8);
    head->addWidget(new QLabel(tr("Columns:")));
    head->addWidget(m_columns);
    head->addSpacing(8);
    head->addWidget(m_descendants);
    head->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_busy);
    layout->addWidget(split, 1);

    connect(m_rows, &QComboBox::currentIndexChanged, this, &EvidenceView::compute);
    connect(m_columns, &QComboBox::currentIndexChanged, this, &EvidenceView::compute);
    connect(m_descendants, &QCheckBox::toggled, this, &EvidenceView::compute);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EvidenceView::cellChanged);
    connect(&m_extractWatcher, &QFutureWatcherBase::finished, this,
            &EvidenceView::extractsFinished);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int i = item->data(Qt::UserRole).toInt();
        if (i >= 0 && i < m_extracts.size())
            emit openExtract(m_extracts[i].documentId, m_extracts[i].start, m_extracts[i].end);
    });
    connect(star, &QAction::triggered, this, &EvidenceView::toggleKeyQuote);
    connect(m_keyQuote, &QPushButton::clicked, this, &EvidenceView::toggleKeyQuote);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_keyQuote->setEnabled(row >= 0 && row < m_extracts.size()); });
    connect(m_openExtracts, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            emit extractsRequested(cellQuery(), m_model->cellDescription(m_table->currentIndex()));
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        m_summaryEdited = true;
        updateEditor();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (Status s = saveSummary(); !s)
            emit failed(s);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { showSummary(true); });
    updateEditor();
}

EvidenceView::~EvidenceView() {
    m_extractWatcher.waitForFinished();
}

void EvidenceView::projectReplaced() {
    m_model->clear();
    m_selection.reset();
    m_extracts.clear();
    m_list->clear();
    reloadChoices();
    if (project())
        refresh();
    cellChanged();
}

void EvidenceView::reloadChoices() {
    const Result<QVector<Attribute>> attributes =
        project() ? project()->storage().attributes()
                  : Result<QVector<Attribute>>(QVector<Attribute>());
    if (!attributes) {
        emit failed(Status::from(attributes)); // the choices stay as they were
        return;
    }
    const QSignalBlocker block(m_columns);
    const QVariant keep = m_columns->currentData();
    m_columns->clear();
    m_columns->addItem(tr("CoPs (cases)"), caseColumns);
    if (project()) {
        for (const Attribute& a : *attributes)
            if (a.scope == AttributeScope::Case)
                m_columns->addItem(tr("Case attribute: %1").arg(a.name), a.id);
    }
    m_columns->setCurrentIndex(std::max(0, m_columns->findData(keep)));
}

void EvidenceView::refresh() {
    reloadChoices();
    compute();
}

EvidenceRequest EvidenceView::request() const {
    EvidenceRequest r;
    r.rows = static_cast<EvidenceRowKind>(m_rows->currentData().toInt());
    const qint64 column = m_columns->currentData().toLongLong();
    if (column != caseColumns) {
        r.columns = EvidenceColumnKind::Attribute;
        r.attributeId = column;
    }
    r.rollup = m_descendants->isChecked();
    r.descendants = m_descendants->isChecked();
    return r;
}

void EvidenceView::compute() {
    if (!project())
        return;
    if (!isVisible())
        return markStale();
    m_job.start();
}

void EvidenceView::launch() {
    if (!project())
        return finished(Status::failure(tr("No project is open.")));
    m_computing = true;
    m_busy->setVisible(true);
    m_status->setText(tr("Counting…"));
    m_running = request();
    const EvidenceRequest r = m_running;
    m_job.run(*project(),
              [r](const Storage& s, const std::atomic_bool& cancelled) -> Result<EvidenceMatrix> {
                  EvidenceRequest withQueries = r;
                  if (r.rows == EvidenceRowKind::Query) {
                      Result<QVector<TextRuns>> queries = query::savedQueryRuns(s);
                      if (!queries)
                          return Status::from(queries);
                      withQueries.queries = queries.take();
                  }
                  return evidenceMatrix(s, withQueries, [&cancelled] { return cancelled.load(); });
              });
}

void EvidenceView::finished(Result<EvidenceMatrix> result) {
    m_computing = false;
    m_busy->setVisible(false);
    if (!project())
        return;
    if (!result) {
        m_status->setText(tr("Could not build the matrix: %1").arg(result.error()));
        emit computed();
        return;
    }
    m_shown = m_running;
    const std::optional<Selection> keep = m_selection;
    m_delegate->setCaseColumns(m_shown.columns == EvidenceColumnKind::Case);
    m_model->setMatrix(result.take());
    const EvidenceMatrix& m = m_model->matrix();
    qint64 gaps = 0;
    for (const EvidenceCell& c : m.cells)
        gaps += c.isGap();
    m_status->setText(tr("%1 rows × %2 columns · %3 without evidence")
                          .arg(m.rows.size())
                          .arg(m.columns.size())
                          .arg(counted(gaps, tr("gap"), tr("gaps"))));
    // Keep the cell the analyst was on, so saving a summary does not lose their place.
    if (keep) {
        const qsizetype row = m.rowIndex(keep->row);
        const qsizetype column = keep->column ? m.columnIndex(*keep->column) : m.columns.size();
        if (row >= 0 && column >= 0) {
            m_table->setCurrentIndex(m_model->index(int(row), int(column)));
            showSummary(false);
            loadExtracts();
        } else {
            m_selection.reset();
            cellChanged();
        }
    } else {
        cellChanged();
    }
    emit computed();
}

void EvidenceView::showRows(EvidenceRowKind kind) {
    m_rows->setCurrentIndex(m_rows->findData(int(kind)));
}

void EvidenceView::selectCell(int row, int column) {
    m_table->setCurrentIndex(m_model->index(row, column));
}

void EvidenceView::cellChanged() {
    const QModelIndex index = m_table->currentIndex();
    if (!m_model->cellAt(index)) {
        m_selection.reset();
        m_cellTitle->setText(tr("Select a cell to read its evidence."));
        m_extracts.clear();
        m_list->clear();
        showSummary(true);
        return;
    }
    Selection s;
    s.row = m_model->matrix().rows[index.row()].ref;
    if (!m_model->isTotalColumn(index.column()))
        s.column = m_model->matrix().columns[index.column()].ref;
    m_selection = s;
    showSummary(true);
    loadExtracts();
}

void EvidenceView::showSummary(bool force) {
    if (!force && m_summaryEdited)
        return;
    const EvidenceCell* cell = m_model->cellAt(m_table->currentIndex());
    const QSignalBlocker block(m_summary);
    m_summary->setPlainText(cell ? cell->summary : QString());
    m_summaryEdited = false;
    updateEditor();
}

void EvidenceView::updateEditor() {
    const QModelIndex index = m_table->currentIndex();
    // Summaries are kept for question, code and theory-of-change cells, not saved queries'.
    const bool body = m_model->cellAt(index) && !m_model->isTotalColumn(index.column()) &&
                      m_model->matrix().rowKind != EvidenceRowKind::Query;
    m_summary->setEnabled(body);
    m_save->setEnabled(body && m_summaryEdited);
    m_revert->setEnabled(body && m_summaryEdited);
    m_openExtracts->setEnabled(m_model->cellAt(index) && m_model->cellAt(index)->codings > 0);
}

Status EvidenceView::saveSummary() {
    const QModelIndex index = m_table->currentIndex();
    if (!project() || !m_model->cellAt(index) || m_model->isTotalColumn(index.column()))
        return Status::failure(tr("Select a cell of the matrix first."));
    const EvidenceRowRef row = m_model->matrix().rows[index.row()].ref;
    const EvidenceColumnRef column = m_model->matrix().columns[index.column()].ref;
    const QString text = m_summary->toPlainText().trimmed();
    Status s = project()->editKept(
        tr("Summary of %1").arg(m_model->cellDescription(index)),
        [row, column, text](Editor& e) { return setEvidenceSummary(e, row, column, text); });
    if (s) {
        m_summaryEdited = false;
        updateEditor();
    }
    return s;
}

ExtractQuery EvidenceView::cellQuery() const {
    // The cell's codings are known by id; asking for the row's codes with their sub-codes and
    // keeping those ids gives exactly them, whatever the row and column kinds.
    ExtractQuery q;
    const QModelIndex index = m_table->currentIndex();
    if (!m_model->cellAt(index))
        return q;
    const EvidenceRow& row = m_model->matrix().rows[index.row()];
    q.codeIds = row.codeIds;
    q.descendants = true;
    if (row.ref.kind == EvidenceRowKind::Query)
        q.within = std::make_shared<QHash<qint64, std::vector<Interval>>>(
            m_model->matrix().queries[index.row()].runs);
    if (!m_model->isTotalColumn(index.column())) {
        const EvidenceColumn& column = m_model->matrix().columns[index.column()];
        if (column.ref.kind == EvidenceColumnKind::Case)
            q.filter.caseIds = {column.id};
        else if (!column.ref.value.isEmpty())
            q.filter.attributes = {AttributeCondition{m_shown.attributeId, {column.ref.value}}};
    }
    return q;
}

void EvidenceView::loadExtracts() {
    const QModelIndex index = m_table->currentIndex();
    const EvidenceCell* cell = m_model->cellAt(index);
    m_extracts.clear();
    m_list->clear();
    if (!cell)
        return;
    const QString description = m_model->cellDescription(index).toHtmlEscaped();
    const EvidenceRow& row = m_model->matrix().rows[index.row()];
    // A row without codes (a ToC element no code has) holds nothing; a query row has none.
    if (cell->codings == 0 || (row.codeIds.isEmpty() && row.ref.kind != EvidenceRowKind::Query)) {
        m_cellTitle->setText(tr("<b>%1</b><br><span style='color:#8a5a00'>No coded evidence "
                                "yet: a gap.</span>")
                                 .arg(description));
        updateEditor();
        emit extractsLoaded();
        return;
    }
    m_cellTitle->setText(tr("<b>%1</b><br><span style='color:#5a6270'>%2 from %3</span>")
                             .arg(description, counted(cell->codings, tr("coding"), tr("codings")),
                                  counted(cell->documents, tr("document"), tr("documents"))));
    m_loadingExtracts = true;
    const ExtractQuery q = cellQuery();
    const QVector<qint64> ids = cell->codingIds;
    m_extractWatcher.setFuture(runReadOnly<QVector<Extract>>(
        *project(), [q, ids](const Storage& s) -> Result<QVector<Extract>> {
            const QSet<qint64> wanted(ids.begin(), ids.end());
            QVector<Extract> out;
            // Key quotes first, as the report picks them.
            const Status st = forEachExtractKeyQuotesFirst(s, q, [&](const Extract& x) {
                if (wanted.contains(x.codingId))
                    out << x;
                return out.size() < maxListed;
            });
            if (!st)
                return st;
            return out;
        }));
    updateEditor();
}

void EvidenceView::toggleKeyQuote() {
    const QListWidgetItem* item = m_list->currentItem();
    const int i = item ? item->data(Qt::UserRole).toInt() : -1;
    if (!project() || i < 0 || i >= m_extracts.size())
        return;
    const bool on = !m_extracts[i].keyQuote;
    if (Status s = project()->editKept(
            on ? tr("Mark key quote") : tr("Unmark key quote"),
            [id = m_extracts[i].codingId, on](Editor& e) { return setKeyQuotes(e, {id}, on); });
        !s)
        emit failed(s);
}

void EvidenceView::extractsFinished() {
    m_loadingExtracts = false;
    Result<QVector<Extract>> result = m_extractWatcher.result();
    m_list->clear();
    if (!result) {
        m_list->addItem(tr("Could not read the extracts: %1").arg(result.error()));
        emit extractsLoaded();
        return;
    }
    m_extracts = result.take();
    for (int i = 0; i < m_extracts.size(); ++i) {
        const Extract& x = m_extracts[i];
        auto* item = new QListWidgetItem(
            QStringLiteral("%1%2 · %3 · %4\n“%5”")
                .arg(x.keyQuote ? QStringLiteral("★ ") : QString(), x.document, x.coder,
                     x.codePath.section(QLatin1Char('/'), -1), x.text.simplified()));
        item->setData(Qt::UserRole, i);
        item->setToolTip(x.keyQuote ? tr("A key quote. Double-click to open it in the document.")
                                    : tr("Double-click to open it in the document."));
        m_list->addItem(item);
    }
    emit extractsLoaded();
}

} // namespace situate
