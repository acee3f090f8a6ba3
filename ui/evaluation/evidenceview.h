// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extracts.h"
#include "core/evaluation/evidencematrix.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace situate {

class EvidenceDelegate;
class EvidenceModel;
class Project;

/// The evidence (framework) matrix: research questions, codes or ToC elements against CoPs or
/// a case attribute, computed off the GUI thread, gaps hatched; a selected cell lists its
/// extracts and holds the analyst's summary, saved as one undo step.
class EvidenceView : public QWidget {
    Q_OBJECT
public:
    explicit EvidenceView(QWidget* parent = nullptr);
    ~EvidenceView() override;

    void setProject(Project* project);
    void refresh();
    bool isComputing() const { return m_computing; }
    bool isLoadingExtracts() const { return m_loadingExtracts; }
    EvidenceModel* model() const { return m_model; }
    /// The request behind the matrix shown.
    const EvidenceRequest& shownRequest() const { return m_shown; }

    void selectCell(int row, int column);
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Selection {
        EvidenceRowRef row;
        std::optional<EvidenceColumnRef> column; // empty: the total column
    };

    void reloadChoices();
    EvidenceRequest request() const;
    void compute();
    void launch();
    void finished();
    void cellChanged();
    void loadExtracts();
    void extractsFinished();
    void showSummary(bool force);
    void updateEditor();
    ExtractQuery cellQuery() const;

    QPointer<Project> m_project;
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
    QPlainTextEdit* m_summary;
    QPushButton* m_save;
    QPushButton* m_revert;
    QTimer* m_changeTimer;

    EvidenceRequest m_running;
    EvidenceRequest m_shown;
    bool m_computing = false;
    bool m_restart = false;
    bool m_dirty = false;
    bool m_summaryEdited = false;
    std::optional<Selection> m_selection;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result<EvidenceMatrix>> m_watcher;

    QVector<Extract> m_extracts;
    bool m_loadingExtracts = false;
    int m_extractGeneration = 0;
    QFutureWatcher<Result<QVector<Extract>>> m_extractWatcher;
};

} // namespace situate
