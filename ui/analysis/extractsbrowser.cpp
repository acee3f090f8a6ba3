// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/extractsbrowser.h"

#include "core/analysis/extractdocx.h"
#include "core/analysis/extractexport.h"
#include "core/analysis/extractlisting.h"
#include "core/analysis/extractreport.h"
#include "core/codetree.h"
#include "core/commands/keyquotes.h"
#include "core/io/csv.h"
#include "core/project.h"
#include "ui/analysis/extractdelegate.h"
#include "ui/analysis/extractpagereader.h"
#include "ui/analysis/extractsfilter.h"
#include "ui/analysis/extractsmodel.h"
#include "ui/common/widgets.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace situate {

namespace {

QString extractCount(qint64 n) {
    return n == 1 ? ExtractsBrowser::tr("1 extract")
                  : ExtractsBrowser::tr("%1 extracts").arg(QLocale().toString(n));
}

} // namespace
ExtractsBrowser::ExtractsBrowser(QWidget* parent)
    : ProjectView(Follow::AfterPause, parent)
    , m_model(new ExtractsModel(this))
    , m_pages(new ExtractPageReader(this))
    , m_job(
          this, [this] { launch(); },
          [this](Result<Listing> result, bool cancelled) {
              finished(std::move(result), cancelled);
          })
    , m_count(
          this,
          [this] {
              ExtractQuery query = m_query;
              query.contextLength = contextLength;
              m_count.run(*project(),
                          [query](const Storage& s, const std::atomic_bool&)
                              -> Result<std::shared_ptr<const ExtractListing>> {
                              auto rows = ExtractListing::read(s, query);
                              if (!rows)
                                  return Status::from(rows);
                              return std::make_shared<const ExtractListing>(rows.take());
                          });
          },
          [this](Result<std::shared_ptr<const ExtractListing>> result, bool cancelled) {
              counted(std::move(result), cancelled);
          }) {
    setObjectName(QStringLiteral("extractsBrowser"));

    m_filter = new ExtractsFilter;
    m_filter->setMinimumWidth(240);

    m_title = named<QLabel>(QStringLiteral("extractsTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_note = named<QLabel>(QStringLiteral("extractsNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_note->setVisible(false);
    m_exportCsv = namedButton(QStringLiteral("extractsExportCsv"), tr("CSV…"));
    m_exportXlsx = namedButton(QStringLiteral("extractsExportXlsx"), tr("Excel…"));
    m_exportHtml = namedButton(QStringLiteral("extractsExportHtml"), tr("Report…"));
    m_exportDocx = namedButton(QStringLiteral("extractsExportDocx"), tr("Word…"));
    m_exportCsv->setToolTip(tr("Save every extract of this filter as CSV, one row per coding."));
    m_exportXlsx->setToolTip(tr("Save every extract of this filter as an .xlsx sheet."));
    m_exportHtml->setToolTip(tr("Save an HTML report grouped by research question, code and "
                                "case."));
    m_exportDocx->setToolTip(tr("Save a Word document grouped by research question, code and "
                                "case, each extract a quotation with its source."));
    m_cancel = namedButton(QStringLiteral("extractsCancel"), tr("Cancel"));
    m_cancel->setVisible(false);
    m_busy = busyBar(QStringLiteral("extractsBusy"));

    m_table = named<QTableView>(QStringLiteral("extractsTable"));
    m_table->setAccessibleName(tr("Coded extracts"));
    m_table->setModel(m_model);
    m_model->setPageReader([this](int page) { m_pages->want(page); });
    connect(m_pages, &ExtractPageReader::pageRead, this, &ExtractsBrowser::pageRead);
    // Pages asked for while scrolling fast may have been dropped; a repaint asks for those in
    // view again.
    connect(m_pages, &ExtractPageReader::settled, m_table->viewport(),
            qOverload<>(&QWidget::update));
    connect(m_pages, &ExtractPageReader::failed, this, [this](const QString& message) {
        m_status->setText(tr("Could not read the extracts' texts: %1").arg(message));
    });
    m_table->setItemDelegate(new ExtractDelegate(ExtractsModel::HtmlRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setVisible(false);
    // Fixed heights keep thousands of rows cheap; the pane below shows the whole extract.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 4 + 10);
    QPalette palette = m_table->palette();
    palette.setColor(QPalette::Highlight, QColor(0xd6, 0xe6, 0xf8));
    palette.setColor(QPalette::HighlightedText, QColor(0x1f, 0x23, 0x28));
    m_table->setPalette(palette);
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ExtractsModel::ExtractColumn, QHeaderView::Stretch);
    header->resizeSection(ExtractsModel::DocumentColumn, 150);
    header->resizeSection(ExtractsModel::CaseColumn, 110);
    header->resizeSection(ExtractsModel::CodeColumn, 140);
    header->resizeSection(ExtractsModel::CoderColumn, 56);
    header->resizeSection(ExtractsModel::MemoColumn, 150);
    // The star first, where the eye starts a row.
    header->moveSection(ExtractsModel::KeyQuoteColumn, 0);
    header->resizeSection(ExtractsModel::KeyQuoteColumn, 28);
    auto* star = new QAction(tr("Mark or unmark as key quote"), m_table);
    star->setObjectName(QStringLiteral("extractsKeyQuoteAction"));
    star->setShortcut(QKeySequence(tr("Ctrl+K")));
    star->setShortcutContext(Qt::WidgetShortcut);
    connect(star, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            toggleKeyQuote(current.row());
    });
    m_table->addAction(star);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_detail = named<QTextBrowser>(QStringLiteral("extractsDetail"));
    m_detail->setAccessibleName(tr("The extract in its context"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an extract to read it whole; double-click to open "
                                    "it in its document."));
    m_status = statusLabel(QStringLiteral("extractsStatus"));

    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_cancel, 0, Qt::AlignTop);
    head->addWidget(m_exportCsv, 0, Qt::AlignTop);
    head->addWidget(m_exportXlsx, 0, Qt::AlignTop);
    head->addWidget(m_exportHtml, 0, Qt::AlignTop);
    head->addWidget(m_exportDocx, 0, Qt::AlignTop);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addLayout(head);
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(m_busy);
    rightLayout->addWidget(split, 1);
    rightLayout->addWidget(m_status);
    auto* outer = new QSplitter(Qt::Horizontal);
    outer->addWidget(m_filter);
    outer->addWidget(right);
    outer->setStretchFactor(0, 0);
    outer->setStretchFactor(1, 1);
    outer->setSizes({270, 900});
    outer->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(outer);

    connect(m_filter, &ExtractsFilter::changed, this, [this] {
        m_query = m_filter->query();
        m_description.clear();
        m_note->setVisible(false);
        start();
    });
    connect(m_filter, &ExtractsFilter::cleared, this, [this] { showFilter(ExtractQuery{}); });
    connect(m_cancel, &QPushButton::clicked, this, &ExtractsBrowser::cancel);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportDialog(Format::Csv); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportDialog(Format::Xlsx); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportDialog(Format::Html); });
    connect(m_exportDocx, &QPushButton::clicked, this, [this] { exportDialog(Format::Docx); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExtractsBrowser::showDetail);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.column() == ExtractsModel::KeyQuoteColumn)
            toggleKeyQuote(index.row());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.isValid())
            return;
        const Extract x = m_model->extract(index.row());
        emit openExtract(x.documentId, x.start, x.end);
    });
    setEnabled(false);
}

void ExtractsBrowser::projectReplaced() {
    cancel();
    m_counting = false; // a count still running read the project before
    m_query = ExtractQuery{};
    m_description.clear();
    m_model->setListing(nullptr, {});
    m_pages->setListing(nullptr, nullptr);
    m_detail->clear();
    setEnabled(project() != nullptr);
    if (!project()) {
        refresh();
        return;
    }
    // A hidden browser waits until it is shown: every listing reads the codings' spans.
    refreshNow();
}

void ExtractsBrowser::refresh() {
    if (Status st = m_filter->reload(project() ? &project()->storage() : nullptr); !st) {
        m_status->setText(st.error()); // the extracts shown stay until it can be read
        return;
    }
    m_filter->setQuery(m_query);
    start();
}

void ExtractsBrowser::showFilter(const situate::ExtractQuery& query, const QString& description) {
    m_query = query;
    m_description = description;
    m_filter->setQuery(m_query);
    // What the choices cannot show is still part of the query; say so rather than hide it.
    const QStringList hidden = ExtractsFilter::hiddenParts(m_query);
    m_note->setText(tr("Also filtered by: %1. Change any choice to filter by the choices alone.")
                        .arg(hidden.join(QStringLiteral(", "))));
    m_note->setVisible(!hidden.isEmpty());
    start();
}

QString ExtractsBrowser::describe() const {
    return m_description.isEmpty() ? m_filter->describe(m_query) : m_description;
}

void ExtractsBrowser::start() {
    if (!project())
        return;
    m_job.start();
}

void ExtractsBrowser::launch() {
    if (!project())
        return;
    ExtractQuery query = m_query;
    query.contextLength = contextLength;
    m_counting = false; // a count running belongs to the query before
    m_count.cancel();
    setBusy(true);
    m_status->setText(tr("Retrieving extracts…"));
    m_job.run(*project(), [query](const Storage& s, const std::atomic_bool&) -> Result<Listing> {
        // The first documents' rows first: a million codings take a second to list.
        auto rows = ExtractListing::readHead(s, query, headDocuments);
        if (!rows)
            return Status::from(rows);
        Listing listing{std::make_shared<const ExtractListing>(rows.take()), {}};
        // The first page comes with the listing: the rows in view at once.
        auto first = extractPage(s, *listing.rows, 0, ExtractsModel::pageSize);
        if (!first)
            return Status::from(first);
        listing.firstPage = first.take();
        return listing;
    });
}

void ExtractsBrowser::cancel() {
    m_job.cancel();
    m_count.cancel();
}

void ExtractsBrowser::finished(Result<Listing> result, bool cancelled) {
    if (!result || cancelled) {
        setBusy(false);
        m_model->setListing(nullptr, m_filter->codeColours());
        m_pages->setListing(nullptr, nullptr);
        m_status->setText(cancelled ? tr("Cancelled: no extracts are listed.")
                                    : tr("Could not list the extracts: %1").arg(result.error()));
        emit loaded();
        return;
    }
    Listing listing = result.take();
    m_pages->setListing(project(), listing.rows);
    m_model->setListing(listing.rows, m_filter->codeColours(), std::move(listing.firstPage));
    m_detail->clear();
    if (listing.rows->isWhole()) {
        setBusy(false);
        showCount();
        return;
    }
    m_title->setText(QStringLiteral("<b style='font-size:11pt'>%1</b><br><span "
                                    "style='color:#5a6270'>%2</span>")
                         .arg(tr("Counting extracts…"), describe().toHtmlEscaped()));
    m_status->setText(tr("Listing the first documents' extracts while the rest are counted…"));
    m_counting = true;
    m_count.start();
}

void ExtractsBrowser::counted(Result<std::shared_ptr<const ExtractListing>> result,
                              bool cancelled) {
    if (!std::exchange(m_counting, false))
        return; // the query changed since
    setBusy(false);
    if (!result || cancelled) {
        m_title->setText(
            m_title->text().replace(tr("Counting extracts…"), tr("The first documents' extracts")));
        m_status->setText(cancelled ? tr("Cancelled: only the first documents' extracts are "
                                         "listed.")
                                    : tr("Could not list every extract: %1").arg(result.error()));
        emit loaded();
        return;
    }
    // The head's rows are the whole list's first rows, unless the project changed between the
    // two reads; then the list starts again.
    if (m_model->extendListing(*result))
        m_pages->extendListing(*result);
    else
        m_pages->setListing(project(), *result);
    showCount();
}

void ExtractsBrowser::showCount() {
    const qsizetype n = m_model->rowCount();
    const qsizetype documents = m_model->listing() ? m_model->listing()->documentCount() : 0;
    m_title->setText(QStringLiteral("<b style='font-size:11pt'>%1</b><br><span "
                                    "style='color:#5a6270'>%2</span>")
                         .arg(extractCount(n), describe().toHtmlEscaped()));
    const QString status = documents == 1
                               ? tr("%1 in 1 document.").arg(extractCount(n))
                               : tr("%1 in %2 documents.").arg(extractCount(n)).arg(documents);
    m_status->setText(status + tr(" Double-click an extract to open it in its document."));
    const bool any = n > 0;
    for (QPushButton* b : {m_exportCsv, m_exportXlsx, m_exportHtml, m_exportDocx})
        b->setEnabled(any);
    emit loaded();
}

void ExtractsBrowser::pageRead(int page, QVector<Extract> rows) {
    m_model->setPage(page, std::move(rows));
    const int current = m_table->currentIndex().row();
    if (current >= 0 && current / ExtractsModel::pageSize == page)
        showDetail(); // the text of the extract being read has arrived
}

void ExtractsBrowser::setBusy(bool busy) {
    m_loading = busy;
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
}

void ExtractsBrowser::toggleKeyQuote(int row) {
    if (!project() || row < 0 || row >= m_model->rowCount())
        return;
    const Extract x = m_model->extract(row);
    const bool on = !x.keyQuote;
    const Status st =
        project()->editKept(on ? tr("Mark key quote") : tr("Unmark key quote"),
                            [id = x.codingId, on](Editor& e) { return setKeyQuotes(e, {id}, on); });
    if (!st && st.kind() != ErrorKind::Kept)
        m_status->setText(tr("Could not change the key quote: %1").arg(st.error()));
}

void ExtractsBrowser::showDetail() {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    const Extract x = m_model->extract(index.row());
    QString html =
        QStringLiteral("<p style='margin:0'><b>%1</b> · %2 · <span style='color:#5a6270'>"
                       "%3, %4–%5</span></p>")
            .arg(x.codePath.toHtmlEscaped(), x.coder.toHtmlEscaped(), x.document.toHtmlEscaped())
            .arg(x.start)
            .arg(x.end);
    QStringList facts;
    if (!x.cases.isEmpty())
        facts << tr("Case: %1").arg(x.cases.join(QStringLiteral("; ")).toHtmlEscaped());
    if (!x.researchQuestions.isEmpty())
        facts << tr("Questions: %1")
                     .arg(x.researchQuestions.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!facts.isEmpty())
        html += QStringLiteral("<p style='margin:2px 0 0 0; color:#5a6270'>%1</p>")
                    .arg(facts.join(QStringLiteral(" · ")));
    const QString text = m_model->isLoaded(index.row())
                             ? ExtractsModel::contextHtml(
                                   x, m_filter->codeColours().value(x.codeId), contextLength, true)
                             : tr("Loading…");
    html += QStringLiteral("<p style='margin-top:8px'>%1</p>").arg(text);
    if (!x.memo.isEmpty())
        html += QStringLiteral("<p style='background:#fff8e1; padding:4px'><b>%1</b> %2</p>")
                    .arg(tr("Memo:"), x.memo.toHtmlEscaped());
    m_detail->setHtml(html);
}

std::function<Result<qint64>(const TaskProgress&)> ExtractsBrowser::exportJob(Format format,
                                                                              const QString& path) {
    ExtractQuery query = m_query;
    const QString description = describe();
    const QString title = tr("Coded extracts: %1").arg(project()->name());
    // Exports read every extract, so they run on their own connection like the listing.
    return [=, open = project()->readOnlyOpener()](
               const TaskProgress& progress) mutable -> Result<qint64> {
        auto storage = open();
        if (!storage)
            return Status::from(storage);
        const Storage& s = **storage;
        query.progress = progress;
        qint64 count = 0;
        Status st;
        if (format == Format::Csv) {
            st = saveExtractsCsv(s, query, path, true, &count);
        } else if (format == Format::Xlsx) {
            st = saveExtractsXlsx(s, query, path, &count);
        } else if (format == Format::Docx) {
            st = saveExtractsDocx(s, query, path, title, description, &count);
        } else {
            auto html = extractsHtmlReport(s, query, title, description, &count);
            st = html ? csv::saveFile(path, *html) : Status::from(html);
        }
        if (!st)
            return st;
        return count;
    };
}

Status ExtractsBrowser::exportTo(Format format, const QString& path) {
    if (!project())
        return Status::failure(tr("No project is open."));
    const Result<qint64> result =
        QtConcurrent::run([job = exportJob(format, path)] { return job({}); }).result();
    if (!result)
        return Status::from(result);
    m_status->setText(tr("Saved %1 to %2.").arg(extractCount(*result), QFileInfo(path).fileName()));
    return {};
}

Status ExtractsBrowser::exportCsv(const QString& path) {
    return exportTo(Format::Csv, path);
}

Status ExtractsBrowser::exportXlsx(const QString& path) {
    return exportTo(Format::Xlsx, path);
}

Status ExtractsBrowser::exportHtml(const QString& path) {
    return exportTo(Format::Html, path);
}

Status ExtractsBrowser::exportDocx(const QString& path) {
    return exportTo(Format::Docx, path);
}

void ExtractsBrowser::exportDialog(Format format) {
    if (!project())
        return;
    const QString suffix = format == Format::Csv    ? QStringLiteral(".csv")
                           : format == Format::Xlsx ? QStringLiteral(".xlsx")
                           : format == Format::Docx ? QStringLiteral(".docx")
                                                    : QStringLiteral(".html");
    const QString filter = format == Format::Csv    ? tr("CSV file (*.csv)")
                           : format == Format::Xlsx ? tr("Excel workbook (*.xlsx)")
                           : format == Format::Docx ? tr("Word document (*.docx)")
                                                    : tr("HTML report (*.html)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export extracts"),
        QFileInfo(project()->path())
            .dir()
            .filePath(project()->name() + QStringLiteral("-extracts") + suffix),
        filter);
    if (path.isEmpty())
        return;
    startExport(format, path);
}

void ExtractsBrowser::exportInBackground(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    startExport(suffix == QLatin1String("csv")    ? Format::Csv
                : suffix == QLatin1String("xlsx") ? Format::Xlsx
                : suffix == QLatin1String("docx") ? Format::Docx
                                                  : Format::Html,
                path);
}

void ExtractsBrowser::startExport(Format format, const QString& path) {
    if (!project())
        return;
    // Every extract is read and written on a worker, behind a progress dialog with Cancel.
    runWithProgress<qint64>(
        window(), tr("Writing %1…").arg(QFileInfo(path).fileName()),
        QStringLiteral("extractsExportProgress"), exportJob(format, path),
        [this, file = QFileInfo(path).fileName()](Result<qint64> written, bool cancelled) {
            if (cancelled)
                m_status->setText(tr("Export cancelled; nothing was written."));
            else if (!written)
                m_status->setText(tr("Could not save: %1").arg(written.error()));
            else
                m_status->setText(tr("Saved %1 to %2.").arg(extractCount(*written), file));
        });
}

} // namespace situate
