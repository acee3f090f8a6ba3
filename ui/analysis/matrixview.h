// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysiscontext.h"
#include "core/analysis/cooccurrence.h"
#include "core/analysis/extracts.h"
#include "core/analysis/frequency.h"
#include "core/result.h"
#include "ui/analysis/matrixchoices.h"
#include "ui/common/projectview.h"
#include "ui/common/viewjob.h"

#include <QHash>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace situate {

class HeatLegend;
class MatrixModel;
class RotatedHeader;

/// Codes against cases, research questions, attribute values, documents, coders or other
/// codes, as a heat-mapped table of one count type with totals; computed off the GUI thread,
/// exported to CSV or XLSX, and a double-click on a cell asks for the extracts behind it.
class MatrixView : public ProjectView {
    Q_OBJECT
public:
    using Columns = MatrixChoices::Columns;

    explicit MatrixView(QWidget* parent = nullptr);

    /// Re-reads the choices (codes, coders, attributes) and recomputes.
    void refresh() override;
    /// Starts a computation with the current choices (a running one is superseded).
    void compute();
    void cancel();
    bool isComputing() const { return m_computing; }
    /// Whether the last frequency count reused the codings read by the one before (the
    /// project unchanged and the same filter) instead of reading them again.
    bool reusedCodings() const { return m_reused; }

    MatrixModel* model() const { return m_model; }
    /// The request behind the frequencies shown (meaningless for co-occurrence).
    const FrequencyRequest& shownRequest() const;
    /// The command line that prints the same counts.
    QString cliCommand() const;

    /// The numbers shown, as CSV (RFC 4180, UTF-8 with a BOM).
    Status exportCsv(const QString& path);
    /// The numbers shown as the first sheet, then (for frequencies) every count type.
    Status exportXlsx(const QString& path);
    /// The same as the export buttons after their file dialog: CSV or, for a path ending in
    /// .xlsx, the workbook, written on a worker behind a progress dialog
    /// ("matrixExportProgress") with Cancel; the status line says how it went.
    void exportInBackground(const QString& path);

signals:
    /// Show the extracts behind a cell; `description` names the cell for a heading.
    void extractsRequested(const situate::ExtractQuery& query, const QString& description);
    /// A computation finished and its result (or error) is shown.
    void computed();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Outcome {
        bool cooccurrence = false; // else frequency
        FrequencyMatrix frequency;
        CooccurrenceMatrix codes;
        // What the frequency matrix was counted from, kept for the next count.
        std::shared_ptr<const AnalysisContext> context;
    };

    void projectReplaced() override;
    void projectEdited() override;
    void reloadChoices();
    void launch();
    void finished(Result<Outcome> result, bool cancelled);
    void setBusy(bool busy);
    void updateEnabled();
    void updateTitle();
    void showDisplay();
    void fitColumns();
    void activateCell(const QModelIndex& index);
    void exportDialog(bool xlsx);

    QHash<qint64, QString> m_colours;
    MatrixChoices* m_choices;
    QPushButton* m_compute;
    QPushButton* m_cancel;
    QPushButton* m_exportCsv;
    QPushButton* m_exportXlsx;
    QProgressBar* m_busy;
    QLabel* m_title;
    HeatLegend* m_legend;
    QTableView* m_table;
    RotatedHeader* m_header;
    QLabel* m_status;
    QLabel* m_cli;
    MatrixModel* m_model;

    FrequencyRequest m_runningRequest;
    CooccurrenceRequest m_runningCooccurrence;
    bool m_computing = false;
    // The codings last read, while the project has not changed: switching rows, columns or
    // counts then recounts in milliseconds instead of reading every coding again.
    std::shared_ptr<const AnalysisContext> m_context;
    AnalysisFilter m_contextFilter;
    quint64 m_changes = 0;        // project changes seen
    quint64 m_runningChanges = 0; // ... when the running count started
    bool m_runningReuses = false;
    bool m_reused = false;
    ViewJob<Outcome> m_job;
};

} // namespace situate
