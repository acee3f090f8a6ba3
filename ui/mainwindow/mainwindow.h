// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codetree.h"
#include "core/result.h"
#include "core/search.h"
#include "ui/search/searchpanel.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace situate {

class AgreementView;
class CasesPanel;
class ChartView;
class ExtractsBrowser;
class MatrixView;
class CodebookPanel;
class CodingCounts;
class ConnectionBanner;
class DocumentView;
class DocumentsPanel;
class Project;
class QuestionsPanel;
class TocView;
class EvidenceView;
class MaturityView;

/// The coding workbench: documents, the transcript with its codings, the codebook, cases
/// and questions, search. Views are dumb; every change goes through the project's commands.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project (closing the current one); on failure shows the message and keeps
    /// the current project.
    bool openProject(const QString& path);
    Project* project() const { return m_project.get(); }
    /// Opens a project on a PostgreSQL server (`postgresql://user@host:port/dbname`); when
    /// the server wants a password that PGPASSWORD and ~/.pgpass do not give, asks for it
    /// (passwordHook in tests). The password is used for this connection only, never stored.
    bool openServerProject(const QString& url);
    /// Replaces the password prompt (tests); returns the password, or empty to give up.
    static std::function<QString(const QString& prompt)> passwordHook;

    void showDocument(qint64 documentId);
    /// Opens the first document (by name) that has codings; for screenshots and demos.
    void openFirstCodedDocument();

    /// Codes the document view's selection with a code as the current coder (one undo step).
    Status codeSelection(qint64 codeId);
    /// Creates a code named after the selection and codes the selection with it.
    Status codeInVivo();
    Status removeCoding(qint64 codingId);
    Status setCodingMemo(qint64 codingId, const QString& memo);
    Status resizeCoding(qint64 codingId, qint64 start, qint64 end);
    /// Codes the speaker turn (or paragraph) around the cursor with the current code.
    Status codeUnitAtCursor(bool turn);
    void setQuickKey(int key, qint64 codeId);

    void setCurrentCoder(const QString& name);
    QString currentCoder() const;
    enum class Shown { All, Mine, OneCoder };
    void setShown(Shown shown, const QString& coder = {});
    void setBlind(bool blind);

    DocumentView* documentView() const { return m_view; }
    CodebookPanel* codebookPanel() const { return m_codebook; }
    DocumentsPanel* documentsPanel() const { return m_documents; }
    SearchPanel* searchPanel() const { return m_search; }
    MatrixView* matrixView() const { return m_matrix; }
    ExtractsBrowser* extractsBrowser() const { return m_extracts; }
    AgreementView* agreementView() const { return m_agreement; }
    TocView* tocView() const { return m_toc; }
    EvidenceView* evidenceView() const { return m_evidence; }
    MaturityView* maturityView() const { return m_maturity; }

    /// Where messages and questions go instead of modal boxes (tests set these).
    static std::function<void(const QString&)> messageHook;
    static std::function<bool(const QString&)> confirmHook;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    // The analysis docks: matrix, chart, extracts, agreement (analysisdocks.cpp).
    void createAnalysisDocks();
    void setAnalysisProject();
    void showCodeExtracts(qint64 codeId);
    // Theory of change, evidence matrix, maturity ratings, report (evaluationdocks.cpp).
    void createEvaluationDocks();
    void setEvaluationProject();
    // Projects on a PostgreSQL server: File > Open server project, the password prompt,
    // other clients' changes (serveractions.cpp).
    void createServerActions();
    void openServerDialog();
    static bool isServerLocation(const QString& location);
    bool adoptProject(Result<std::unique_ptr<Project>> opened);
    // File > Restore backup (backupactions.cpp).
    void createBackupActions();
    void restoreBackupDialog();
    void restoreBackup(const QString& backupPath);
    void showRange(qint64 documentId, qint64 start, qint64 end);
    void refresh();
    void refreshCodings();
    void refreshAfterCodingEdit();
    Status refreshCoderBoxes();
    void updateTitle();
    void saveReadingPosition();
    QVector<qint64> shownCoderIds() const;
    qint64 ensureCurrentCoderId();
    /// A message for the user (a dialog, or messageHook in tests).
    void showMessage(const QString& message);
    /// A failed edit or read: its message, except that an edit kept until the server is back
    /// (ErrorKind::Kept) is no failure to stop for and goes to the status bar.
    void showFailure(const Status& failure);
    /// A failed read for the window or a view, or a view's failed kept edit (workbench.cpp):
    /// on a server whose connection is gone the banner says so and nothing pops up; anything
    /// else is shown as showFailure() does.
    void showReadFailure(const Status& failure);
    bool confirm(const QString& question);
    void rememberRecentCode(qint64 codeId);
    void rebuildRecentMenu();
    void showDocumentContextMenu(qint64 cp, const QPoint& globalPos);
    void autoCode(const QVector<SearchHit>& hits, SearchPanel::Scope scope);
    void loadSettingsForProject();
    QString projectKey(const QString& leaf) const;

    // File actions (fileactions.cpp).
    void newProject();
    void openProjectDialog();
    void importFiles(const QStringList& files);
    void importFilesDialog();
    void importFolderDialog();
    void importAttributeSheet();
    void exportCsv(bool codebook);
    void importRefi(bool codebook);
    void exportRefi(bool codebook);
    void showReport(const QString& title, const QStringList& lines);
    void addRecentProject(const QString& path);
    void rebuildRecentProjects();
    void showPreferences();
    void applyPreferences();

    // Code and case actions (editactions.cpp).
    void newCode(qint64 parentId);
    void deleteCode(qint64 codeId);
    void mergeCode(qint64 codeId);
    void moveCode(qint64 codeId, qint64 parentId);
    void applyCodeDetails(const Code& code, const QVector<qint64>& questionIds);
    void editAttribute(qint64 attributeId, qint64 ownerId, const QString& value);
    void addCase();
    void addAttribute(AttributeScope scope);
    void addQuestion();
    void editQuestion(qint64 questionId);
    void removeDocument(qint64 documentId);
    void editDocumentMemo(qint64 documentId);
    void editCodingMemoDialog(qint64 codingId);
    void resizeCodingDialog(qint64 codingId);

    std::unique_ptr<Project> m_project;
    CodeTree m_tree;
    DocumentView* m_view = nullptr;
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findEdit = nullptr;
    DocumentsPanel* m_documents = nullptr;
    CodebookPanel* m_codebook = nullptr;
    CasesPanel* m_cases = nullptr;
    QuestionsPanel* m_questions = nullptr;
    SearchPanel* m_search = nullptr;
    MatrixView* m_matrix = nullptr;
    ChartView* m_chart = nullptr;
    ExtractsBrowser* m_extracts = nullptr;
    AgreementView* m_agreement = nullptr;
    TocView* m_toc = nullptr;
    EvidenceView* m_evidence = nullptr;
    MaturityView* m_maturity = nullptr;
    QComboBox* m_coderBox = nullptr;
    QComboBox* m_shownBox = nullptr;
    QCheckBox* m_blindBox = nullptr;
    QToolButton* m_recentButton = nullptr;
    QMenu* m_recentCodesMenu = nullptr;
    QMenu* m_recentProjectsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QLabel* m_statusCoder = nullptr;
    QVector<qint64> m_recentCodes;
    QHash<int, qint64> m_quickKeys;
    QString m_coder;
    Shown m_shown = Shown::All;
    QString m_shownCoder;
    bool m_blind = false;
    bool m_refreshing = false;
    bool m_codingsOnly = false;
    CodingCounts* m_counts = nullptr;
    ConnectionBanner* m_banner = nullptr; // a server project that lost its connection
};

} // namespace situate
