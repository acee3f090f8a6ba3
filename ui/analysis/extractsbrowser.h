// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extracts.h"
#include "core/result.h"
#include "ui/common/progresstask.h"
#include "ui/common/projectview.h"
#include "ui/common/viewjob.h"

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace situate {

class ExtractListing;
class ExtractPageReader;
class ExtractsFilter;
class ExtractsModel;

/// The coded extracts behind a question: filter by codes (with sub-codes), case, document,
/// attribute value, research question and coder; read each extract in its context with its
/// document, case, code, coder and memo; open one in the document; export them. Every
/// extract of the filter is listed; the texts are read a page at a time as rows come into
/// view (ExtractsModel, ExtractPageReader).
class ExtractsBrowser : public ProjectView {
    Q_OBJECT
public:
    /// Code points of context shown before and after each extract.
    static constexpr int contextLength = 60;
    /// The first rows shown come from this many documents, read before the whole list.
    static constexpr int headDocuments = 20;

    explicit ExtractsBrowser(QWidget* parent = nullptr);

    /// Re-reads the filter choices and lists the extracts again.
    void refresh() override;
    /// Lists exactly the extracts of `query` (as the matrix asks for a cell's), showing in
    /// the filter what it can; `description` names them in the heading.
    void showFilter(const situate::ExtractQuery& query, const QString& description = {});
    /// The query listed (or being listed).
    const ExtractQuery& query() const { return m_query; }
    bool isLoading() const { return m_loading; }
    ExtractsModel* model() const { return m_model; }

    /// Marks the extract of `row` as a key quote, or unmarks it (one undo step); the star
    /// column's click and Ctrl+K (`extractsKeyQuoteAction`) call it.
    void toggleKeyQuote(int row);
    /// The extracts of the current query.
    /// What the export buttons do once a file is chosen: writes the extracts to `path` (CSV,
    /// XLSX, HTML or Word by its suffix) on a worker behind a progress dialog with Cancel
    /// (`extractsExportProgress`), then says in the status line what was written.
    void exportInBackground(const QString& path);
    Status exportCsv(const QString& path);
    Status exportXlsx(const QString& path);
    Status exportHtml(const QString& path);
    Status exportDocx(const QString& path);

signals:
    /// Open a document with this range selected.
    void openExtract(qint64 documentId, qint64 start, qint64 end);
    /// A listing finished (or failed, with the message shown).
    void loaded();

private:
    struct Listing {
        std::shared_ptr<const ExtractListing> rows;
        QVector<Extract> firstPage;
    };
    enum class Format { Csv, Xlsx, Html, Docx };

    void projectReplaced() override;
    QString describe() const;
    void start();
    void launch();
    void cancel();
    void finished(Result<Listing> result, bool cancelled);
    void counted(Result<std::shared_ptr<const ExtractListing>> result, bool cancelled);
    void showCount();
    void setBusy(bool busy);
    void showDetail();
    void pageRead(int page, QVector<Extract> rows);
    Status exportTo(Format format, const QString& path);
    // What writes `format` to `path`, on the thread that runs it (its own connection).
    std::function<Result<qint64>(const TaskProgress&)> exportJob(Format format,
                                                                 const QString& path);
    void exportDialog(Format format);
    void startExport(Format format, const QString& path);

    ExtractsFilter* m_filter;
    QLabel* m_title;
    QLabel* m_note;
    QPushButton* m_exportCsv;
    QPushButton* m_exportXlsx;
    QPushButton* m_exportHtml;
    QPushButton* m_exportDocx;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QLabel* m_status;
    ExtractsModel* m_model;
    ExtractPageReader* m_pages;

    ExtractQuery m_query;
    QString m_description;
    bool m_loading = false;
    ViewJob<Listing> m_job; // the head of the list (or all of it) and its first page
    ViewJob<std::shared_ptr<const ExtractListing>> m_count; // the whole list after a head
    bool m_counting = false;
};

} // namespace situate
