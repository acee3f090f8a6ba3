// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agreement/agreementview.h"

#include "ui/agreement/agreementviewstate.h"

#include "core/agreement/agreementreport.h"
#include "core/commands/commands.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "core/text.h"
#include "ui/agreement/agreementchoices.h"
#include "ui/agreement/agreementtable.h"
#include "ui/agreement/disagreementlist.h"
#include "ui/agreement/disagreementview.h"
#include "ui/common/readonlyjob.h"
#include "ui/common/widgets.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace situate {

AgreementView::AgreementView(QWidget* parent)
    : ProjectView(Follow::AtOnce, parent)
    , m(std::make_unique<State>(this)) {
    setObjectName(QStringLiteral("agreementView"));

    // Left: the choices, with Compute always in reach below them.
    m_choices = new AgreementChoices;
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_choices);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_compute = namedButton(QStringLiteral("agreementCompute"), tr("Compute"),
                            tr("Compare the ticked coders with these choices."));
    m_compute->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_cancel = namedButton(QStringLiteral("agreementCancel"), tr("Cancel"));
    m_busy = busyBar(QStringLiteral("agreementBusy"), 6);
    m_status = named<QLabel>(QStringLiteral("agreementStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_compute, 1);
    buttons->addWidget(m_cancel);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(scroll);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_busy);
    leftLayout->addWidget(m_status);
    leftLayout->addStretch(1);
    left->setMinimumWidth(230);

    // Right: what came out, then the disagreements of the selected row.
    m_summary = named<QLabel>(QStringLiteral("agreementSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_exportTable = namedButton(QStringLiteral("agreementExportTable"), tr("Export table…"),
                                tr("Write every row of the agreement table to a CSV file, "
                                   "undefined values empty with their reasons in a notes column."));
    m_exportDisagreements =
        namedButton(QStringLiteral("agreementExportDisagreements"), tr("Export disagreements…"),
                    tr("Write the disagreements listed below, with each "
                       "coder's ranges and the text, to a CSV file."));
    auto* head = new QHBoxLayout;
    head->addWidget(m_summary, 1);
    head->addWidget(m_exportTable, 0, Qt::AlignTop);
    head->addWidget(m_exportDisagreements, 0, Qt::AlignTop);
    m_table = new AgreementTable;

    m_listTitle = named<QLabel>(QStringLiteral("agreementListTitle"));
    m_list = new DisagreementList;
    m_autoAdvance = namedCheckBox(QStringLiteral("agreementAutoAdvance"),
                                  tr("Go to the next one after settling"));
    m_autoAdvance->setChecked(true);
    auto* listBox = new QWidget;
    auto* listLayout = flushLayout(listBox);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_autoAdvance);
    m_side = new DisagreementView;

    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(listBox);
    bottom->addWidget(m_side);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({440, 660});
    bottom->setChildrenCollapsible(false);
    auto* rightSplit = new QSplitter(Qt::Vertical);
    rightSplit->addWidget(m_table);
    rightSplit->addWidget(bottom);
    rightSplit->setStretchFactor(0, 1);
    rightSplit->setStretchFactor(1, 1);
    rightSplit->setSizes({400, 450});
    rightSplit->setChildrenCollapsible(false);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addLayout(head);
    rightLayout->addWidget(rightSplit, 1);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 1000});
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_choices, &AgreementChoices::changed, this, &AgreementView::updateHint);
    connect(m_compute, &QPushButton::clicked, this, &AgreementView::compute);
    connect(m_cancel, &QPushButton::clicked, this, &AgreementView::cancel);
    connect(m_table, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* row) { listDisagreementsFor(row); });
    connect(m_list, &DisagreementList::currentChanged, this,
            &AgreementView::showCurrentDisagreement);
    connect(m_list, &QAbstractItemView::activated, m_side,
            &DisagreementView::showInDocumentRequested);
    connect(m_side, &DisagreementView::reconcileRequested, this, &AgreementView::settle);
    connect(m_side, &DisagreementView::showInDocumentRequested, this, [this] {
        if (const DisagreementPlace* d = m_list->current())
            emit showRangeRequested(d->documentId, d->span.start, d->span.end);
    });
    connect(m_exportTable, &QPushButton::clicked, this, [this] { exportDialog(true); });
    connect(m_exportDisagreements, &QPushButton::clicked, this, [this] { exportDialog(false); });
    connect(&m->exporting, &QFutureWatcherBase::finished, this, &AgreementView::exported);

    setBusy(false);
    setProject(nullptr);
}

AgreementView::~AgreementView() = default; // the worker is waited for with its state

void AgreementView::projectReplaced() {
    if (m->job.isRunning()) {
        m->job.cancel(); // its result belongs to the project before
        setBusy(false);
    }
    m->recheck.cancel();
    Project* project = this->project();
    Status read;
    m_tree = CodeTree();
    if (project) {
        Result<CodeTree> tree = CodeTree::read(project->storage());
        if (tree)
            m_tree = tree.take();
        else
            read = Status::from(tree);
    }
    m->hasResult = false;
    m->result = {};
    m->places = {};
    m->current.reset();
    m->textOf = 0;
    m->text.clear();
    m->stale = false;
    m_table->clearResult();
    m_list->clearDisagreements();
    m_side->clear();
    // Hidden (as on opening), it lists the coders, codes and documents once it is shown
    // (refresh): on a large project that list is a good part of the window's first paint.
    if (read && project && !isVisible())
        markStale();
    else if (read)
        read = m_choices->load(project ? &project->storage() : nullptr);
    m_status->clear();
    updateSummary();
    updateHint();
    if (!read)
        showStatus(read.error(), true);
}

bool AgreementView::isComputing() const {
    return m->job.isRunning();
}

void AgreementView::compute() {
    const QString problem = project() ? m_choices->problem() : tr("No project is open.");
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        emit computed();
        return;
    }
    // A running computation has stale choices: its result is dropped and this one follows.
    m->job.start();
}

void AgreementView::startWorker() {
    if (!project()) { // the project went while a computation ran: that one is dropped
        setBusy(false);
        showStatus(tr("Cancelled."));
        emit computed();
        return;
    }
    const AgreementRequest request = m_choices->request();
    setBusy(true);
    showStatus(tr("Computing…"));
    m->clock.start();
    m->job.run(*project(),
               [request](const Storage& s,
                         const std::atomic_bool& cancelled) -> Result<AgreementComputation> {
                   if (cancelled.load())
                       return Result<AgreementComputation>::failure(QStringLiteral("cancelled"));
                   AgreementComputation out;
                   Result<AgreementResult> result = computeAgreement(s, request, &out.places);
                   if (!result)
                       return Status::from(result);
                   out.result = result.take();
                   return out;
               });
}

void AgreementView::cancel() {
    if (!m->job.isRunning())
        return;
    m->job.cancel();
    setBusy(false);
    showStatus(tr("Cancelled."));
}

void AgreementView::finished(Result<AgreementComputation> result, bool cancelled) {
    setBusy(false);
    if (cancelled) {
        showStatus(tr("Cancelled."));
        emit computed();
        return;
    }
    // The paths of the result's codes, read with it.
    Result<CodeTree> tree =
        project() && result ? CodeTree::read(project()->storage()) : Result<CodeTree>(CodeTree());
    if (result && !tree)
        result = Status::from(tree);
    if (!project() || !result) {
        m->hasResult = false;
        m_table->clearResult();
        m_list->clearDisagreements();
        m_side->clear();
        updateSummary();
        showStatus(tr("Could not compute agreement: %1.")
                       .arg(project() ? result.error() : tr("no project is open")),
                   true);
        emit computed();
        return;
    }
    m->recheck.cancel(); // it read the places of the result before
    AgreementComputation outcome = result.take();
    m->result = std::move(outcome.result);
    m->places = std::move(outcome.places);
    m->hasResult = true;
    m->firstId = m->places.firstCoderId;
    m->secondId = m->places.secondCoderId;
    m->current.reset();
    m_tree = tree.take();
    m->codingsHash = m->places.codingsHash;
    m->pathsHash = pathsHash();
    m->stale = false;
    m_list->clearDisagreements();
    m_table->setResult(m->result);
    updateSummary();
    showStatus(
        tr("Computed in %1 s.").arg(QLocale().toString(m->clock.elapsed() / 1000.0, 'f', 2)));
    m_table->setCurrentItem(m_table->topLevelItem(0)); // lists every disagreement
    emit computed();
}

void AgreementView::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_compute->setEnabled(!busy && project() && m_choices->problem().isEmpty());
}

void AgreementView::showStatus(const QString& text, bool error) {
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;")
                                  : QStringLiteral("color: %1;").arg(greyText.name()));
    m_status->setText(text);
}

void AgreementView::updateHint() {
    if (m->job.isRunning() && !m->job.isCancelled())
        return;
    const QString problem = project() ? m_choices->problem() : tr("No project is open.");
    m_compute->setEnabled(problem.isEmpty());
    if (!problem.isEmpty())
        showStatus(problem);
    else if (m->hinting || !m->hasResult)
        showStatus(tr("Ready: press Compute."));
    m->hinting = !problem.isEmpty();
}

void AgreementView::updateSummary() {
    m_exportTable->setEnabled(m->hasResult);
    m_exportDisagreements->setEnabled(m->hasResult && !m->exporting.isRunning());
    if (!m->hasResult) {
        m_summary->setText(
            tr("<b>Inter-coder agreement</b><br><span style=\"color:%1\">Tick two or more "
               "coders, choose the unit and press Compute. Then select a row to review its "
               "disagreements.</span>")
                .arg(greyText.name()));
        m_summary->setToolTip({});
        return;
    }
    QString text = AgreementTable::summary(m->result);
    if (m->stale)
        text += tr(" · <span style=\"color:#b26b00\">the codings changed since: press Compute "
                   "to update</span>");
    m_summary->setText(text);
    QStringList flagged;
    for (const FlaggedUnit& f : m->result.flagged)
        flagged << tr("%1, unit %2: %3 applied %4")
                       .arg(f.document)
                       .arg(f.unit)
                       .arg(f.coder, f.codes.join(QStringLiteral(", ")));
    m_summary->setToolTip(flagged.join(QLatin1Char('\n')));
}

QByteArray AgreementView::pathsHash() const {
    // A code renamed or moved changes the table's paths, though no coding changed.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Code& c : m_tree.codes())
        hash.addData(m_tree.path(c.id).toUtf8());
    return hash.result();
}

void AgreementView::refresh() {
    if (!project())
        return;
    const Storage& s = project()->storage();
    Result<CodeTree> tree = CodeTree::read(s);
    const Status read = tree ? m_choices->load(&s) : Status::from(tree);
    if (!read)
        return showStatus(read.error(), true); // what is shown stays until it can be read
    m_tree = tree.take();
    m->textOf = 0;
    if (!m->hasResult)
        return;
    // The consensus coder's codings (what settling changes) are read again for the rows in
    // view; the places themselves, from every coding compared, on a worker.
    m_list->reread();
    showCurrentDisagreement();
    updateStale();
    m->recheck.start();
}

void AgreementView::startRecheck() {
    if (!project() || !m->hasResult)
        return;
    m->recheck.run(*project(),
                   [result = m->result](const Storage& s, const std::atomic_bool& cancelled) {
                       return listDisagreementPlaces(s, result, &cancelled);
                   });
}

void AgreementView::rechecked(Result<DisagreementPlaces> places, bool cancelled) {
    if (cancelled || !m->hasResult || !project())
        return;
    if (!places)
        return showStatus(places.error(), true); // the list stays until it can be read
    if (places->codingsHash == m->places.codingsHash)
        return;
    m->places = places.take();
    updateStale();
    listDisagreementsFor(m_table->currentItem());
}

void AgreementView::updateStale() {
    const bool stale = m->places.codingsHash != m->codingsHash || pathsHash() != m->pathsHash;
    if (stale != m->stale) {
        m->stale = stale;
        updateSummary();
    }
}

Status AgreementView::exportTable(const QString& path) {
    if (!m->hasResult)
        return Status::failure(tr("Compute agreement first: there is no table to export."));
    return csv::saveFile(path, agreementCsv(m->result));
}

namespace {

// The places listed, with their codings read back, as disagreementsCsv writes them.
Status writeDisagreements(const Storage& s, const QVector<DisagreementPlace>& places, qint64 first,
                          qint64 second, const QString& path) {
    const Result<QVector<Disagreement>> list = disagreementsAt(s, places, first, second);
    if (!list)
        return Status::from(list);
    const Result<QByteArray> sheet = disagreementsCsv(s, *list);
    if (!sheet)
        return Status::from(sheet);
    return csv::saveFile(path, *sheet);
}

} // namespace

Status AgreementView::exportDisagreements(const QString& path) {
    if (!m->hasResult || !project())
        return Status::failure(tr("Compute agreement first: there are no disagreements to "
                                  "export."));
    return writeDisagreements(project()->storage(), m_list->disagreements(), m->firstId,
                              m->secondId, path);
}

void AgreementView::exportInBackground(const QString& path) {
    if (!m->hasResult || !project() || m->exporting.isRunning())
        return;
    // Half a million places take seconds to read back and write: a worker does it.
    m_exportDisagreements->setEnabled(false);
    m->exportPath = path;
    showStatus(
        tr("Writing %1 to %2…")
            .arg(counted(m_list->disagreements().size(), tr("disagreement"), tr("disagreements")),
                 QDir::toNativeSeparators(path)));
    m->exporting.setFuture(runReadOnly<qsizetype>(
        *project(),
        [places = m_list->disagreements(), first = m->firstId, second = m->secondId,
         path](const Storage& s) -> Result<qsizetype> {
            if (Status st = writeDisagreements(s, places, first, second, path); !st)
                return st;
            return places.size();
        }));
}

void AgreementView::exported() {
    updateSummary();
    const Result<qsizetype> written = m->exporting.result();
    showStatus(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(m->exportPath))
                       : tr("Could not export the disagreements: %1").arg(written.error()),
               !written);
}

void AgreementView::exportDialog(bool table) {
    const QString name =
        table ? QStringLiteral("agreement-%1.csv").arg(agreementUnitName(m->result.request.unit))
              : QStringLiteral("disagreements.csv");
    const QString path = QFileDialog::getSaveFileName(
        this, table ? tr("Export agreement table") : tr("Export disagreements"),
        QDir::home().filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!table)
        return exportInBackground(path);
    const Status st = exportTable(path);
    showStatus(st ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : st.error(), !st);
}

} // namespace situate

// Compiled here rather than in the target's shared moc unit, which would otherwise see this
// feature's headers together with every other view's.
#include "moc_agreementview.cpp"
