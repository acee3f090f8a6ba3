// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extracts.h"
#include "core/evaluation/evidencematrix.h"
#include "core/result.h"
#include "ui/common/projectview.h"
#include "ui/common/viewjob.h"

#include <QFutureWatcher>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace situate {

class EvidenceDelegate;
class EvidenceModel;

/// The evidence (framework) matrix: research questions, codes or ToC elements against CoPs or
/// a case attribute, computed off the GUI thread, gaps hatched; a selected cell lists its
/// extracts and holds the analyst's summary, saved as one undo step.
class EvidenceView : public ProjectView {
    Q_OBJECT
public:
    explicit EvidenceView(QWidget* parent = nullptr);
    ~EvidenceView() override;

    /// Re-reads the choices and builds the matrix again (now if visible, else when shown).
    void refresh() override;
    bool isComputing() const { return m_computing; }
    bool isLoadingExtracts() const { return m_loadingExtracts; }
    EvidenceModel* model() const { return m_model; }
    /// The request behind the matrix shown.
    const EvidenceRequest& shownRequest() const { return m_shown; }

    void selectCell(int row, int column);
    /// Shows rows of that kind (as choosing them in Rows does).
    void showRows(EvidenceRowKind kind);
    /// The extracts listed for the selected cell.
    const QVector<Extract>& listedExtracts() const { return m_extracts; }
    /// Saves the editor's text as the selected cell's summary (one undo step).
    Status saveSummary();

signals:
    void computed();
    void extractsLoaded();
    void openExtract(qint64 documentId, qint64 start, qint64 end);
    void extractsRequested(const situate::ExtractQuery& query, const QString& description);
    /// An edit failed (or was kept until the server is back); the main window shows it.
    void failed(const situate::Status& failure);

private:
    struct Selection {
        EvidenceRowRef row;
        std::optional<EvidenceColumnRef> column; // empty: the total column
    };

    void projectReplaced() override;
    void reloadChoices();
    EvidenceRequest request() const;
    void compute();
    void launch();
    void finished(Result<EvidenceMatrix> result);
    void cellChanged();
    void loadExtracts();
    void extractsFinished();
    void showSummary(bool force);
    void updateEditor();
    ExtractQuery cellQuery() const;
    /// Marks the selected extract as a key quote, or unmarks it (one undo step).
    void toggleKeyQuote();

    QComboBox* m_rows;
    QComboBox* m_columns;
    QCheckBox* m_descendants;
    QProgressBar* m_busy;
    QLabel* m_status;
    QTableView* m_table;
    EvidenceModel* m_model;
    EvidenceDelegate* m_delegate;
    QLabel* m_cellTitle;
    QListWidget* m_list;
    QPushButton* m_openExtracts;
    QPushButton* m_keyQuote;
    QPlainTextEdit* m_summary;
    QPushButton* m_save;
    QPushButton* m_revert;

    EvidenceRequest m_running;
    EvidenceRequest m_shown;
    bool m_computing = false;
    bool m_summaryEdited = false;
    std::optional<Selection> m_selection;
    ViewJob<EvidenceMatrix> m_job;

    QVector<Extract> m_extracts;
    bool m_loadingExtracts = false;
    QFutureWatcher<Result<QVector<Extract>>> m_extractWatcher;
};

} // namespace situate
