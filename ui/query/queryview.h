// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The coding query dock: build a query from the project's names and the operators, or type
// it; see its runs in context and its counts per case (CoP); save it, code it, export it, or
// open it in the extracts browser. The language is core/query/README.md's.

#include "core/analysis/extracts.h"
#include "core/analysis/runfrequency.h"
#include "core/query/queryoutput.h"
#include "ui/common/projectview.h"
#include "ui/common/viewjob.h"

#include <functional>
#include <optional>

class QAbstractItemView;
class QComboBox;
class QCompleter;
class QStringListModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace situate {

class CodeComboBox;
class QueryExpressionEdit;

/// What one run of a query shows: its rows, counts and runs, read off the GUI thread.
struct QueryAnswer {
    QString query;
    QVector<query::RunRow> rows; // with their speakers: Export writes them as CSV
    QVector<qint64> documentIds; // of each row's document
    query::Counts counts;
    TextRuns runs;           // by document id, for the extracts browser
    FrequencyMatrix perCase; // one row: the result by case
};

class QueryView : public ProjectView {
    Q_OBJECT
public:
    explicit QueryView(QWidget* parent = nullptr);
    ~QueryView() override;

    /// Puts `text` in the expression field and runs it.
    void runQuery(const QString& text);
    bool isRunning() const { return m_job.isRunning(); }
    /// The last answer shown; nullptr before the first or after an error.
    const QueryAnswer* answer() const { return m_answer ? &*m_answer : nullptr; }
    /// Where auto-coding learns who codes (the window's current coder).
    void setCoderSource(std::function<QString()> coder) { m_coder = std::move(coder); }
    /// The popup of completions while a query is typed.
    QAbstractItemView* completions() const;
    /// Writes the answer as `situate-cli query --format csv` does (atomically).
    Status exportCsv(const QString& path) const;
    /// What the dock keeps loaded between runs (the codings, texts and turns read so far),
    /// dropped at every change of the project; nullptr when nothing is loaded.
    const query::QueryData* loaded() const { return m_loaded.get(); }

signals:
    void showRangeRequested(qint64 documentId, qint64 start, qint64 end);
    void extractsRequested(const ExtractQuery& query, const QString& description);
    /// Export was pressed: the window asks where (exportCsv).
    void exportRequested();
    /// The saved query shown is wanted as a row of the evidence matrix.
    void evidenceRequested();
    /// A run ended (its answer or its error is shown).
    void answered();

protected:
    void projectReplaced() override;
    void refresh() override;
    void projectEdited() override;

private:
    void launch();
    void finished(Result<QueryAnswer> result);
    void fillNames();
    /// Inserts the chosen name as its operand (a coder as `by "NAME"`).
    void insertOperand();
    /// Shows a failed run's message, underlining where the query is wrong.
    void showError(const QString& error);
    void insertText(const QString& text);
    /// The word being typed before the cursor: a quoted name so far, or a bare word.
    QString wordAtCursor() const;
    void complete();
    void takeCompletion(const QString& completion);
    void saveQuery();
    void loadSaved();
    void autoCode();
    void openExtracts();

    QComboBox* m_kind;
    QCompleter* m_completer;
    QStringListModel* m_words;
    QComboBox* m_name;
    QueryExpressionEdit* m_expression;
    QComboBox* m_unit;
    QLabel* m_status;
    QProgressBar* m_busy;
    QTableWidget* m_runs;
    QTableWidget* m_perCase;
    QComboBox* m_saved;
    QLineEdit* m_saveName;
    CodeComboBox* m_code;
    QPushButton* m_codeButton;
    QPushButton* m_export;
    QPushButton* m_extracts;
    QPushButton* m_evidence;
    std::function<QString()> m_coder;
    QString m_running;
    std::optional<QueryAnswer> m_answer;
    std::shared_ptr<query::QueryData> m_loaded;
    ViewJob<QueryAnswer> m_job;
};

} // namespace situate
