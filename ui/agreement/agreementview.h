// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codetree.h"
#include "core/result.h"
#include "ui/common/projectview.h"

#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidgetItem;

namespace situate {

class AgreementChoices;
class AgreementTable;
class DisagreementList;
class DisagreementView;
enum class ReconcileAction;
struct AgreementComputation;
struct DisagreementPlaces;

/// Inter-coder agreement for review and reconciliation: choose coders, unit, codes and
/// documents; read the coefficients per code and document; walk through the disagreements
/// side by side and settle each in a consensus coder, one undoable step at a time.
class AgreementView : public ProjectView {
    Q_OBJECT
public:
    /// Shows agreement for the project given to setProject (nullptr: none). The view never
    /// writes SQL; it edits only through project->edit(...) with the core reconcile functions.
    explicit AgreementView(QWidget* parent = nullptr);
    ~AgreementView() override;

    /// Recomputes with the current choices (also runs when the user presses Compute).
    void compute();
    bool isComputing() const;

    /// Writes the agreement table (agreementCsv) of the last computation.
    Status exportTable(const QString& path);
    /// Writes the disagreements listed (disagreementsCsv).
    Status exportDisagreements(const QString& path);

    /// The coder that reconciled codings go to, created on first use.
    static QString consensusCoderName() { return QStringLiteral("Consensus"); }

signals:
    /// Ask the main window to open a document and select a range.
    void showRangeRequested(qint64 documentId, qint64 start, qint64 end);
    void computed(); // a computation finished (or failed, with the message shown)

private:
    void projectReplaced() override;
    /// The choices and the disagreements listed follow the project; the result is marked
    /// stale when the codings it compared changed.
    void refresh() override;
    void startWorker();
    void cancel();
    void finished(Result<AgreementComputation> result, bool cancelled);
    /// After an edit: the places listed again on a worker, and whether the codings compared
    /// changed (the result is then stale).
    void startRecheck();
    void rechecked(Result<DisagreementPlaces> places, bool cancelled);
    void updateStale();
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error = false);
    void updateHint();
    void updateSummary();
    void listDisagreementsFor(QTreeWidgetItem* row);
    void refreshDisagreements();
    void showCurrentDisagreement();
    void settle(ReconcileAction action);
    void exportDialog(bool table);
    /// The disagreements listed, written to `path` on a worker (exportDisagreements, off the
    /// GUI thread); exported() shows how it went.
    void exportInBackground(const QString& path);
    void exported();
    QByteArray pathsHash() const;

    CodeTree m_tree;
    AgreementChoices* m_choices;
    QPushButton* m_compute;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QLabel* m_status;
    QLabel* m_summary;
    QPushButton* m_exportTable;
    QPushButton* m_exportDisagreements;
    AgreementTable* m_table;
    QLabel* m_listTitle;
    DisagreementList* m_list;
    QCheckBox* m_autoAdvance;
    DisagreementView* m_side;

    // The result and the worker live in the .cpp, so this header
    // stays light for the main window.
    struct State;
    std::unique_ptr<State> m;
};

} // namespace situate
