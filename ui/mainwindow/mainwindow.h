// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMainWindow>
#include <QVector>

#include <functional>
#include <memory>

class QLabel;

namespace situate {

class AnalysisDocksController;
class BackupController;
class CodingController;
class DocumentView;
class EditController;
class Editor;
class EvaluationDocksController;
class FileCheck;
class FileController;
class Project;
class Prompter;
class PseudonymController;
class ServerController;
class Workbench;

/// The coding workbench's window, a shell around its controllers: each owns one area's
/// menus, actions and docks (workbench.h: the panels and the transcript; filecontroller.h,
/// editcontroller.h, codingcontroller.h, analysisdockscontroller.h,
/// evaluationdockscontroller.h, servercontroller.h, backupcontroller.h,
/// pseudonymcontroller.h). The window keeps
/// what they share: the open project, who codes and whose codings are shown, the refresh
/// that follows every change of the project, and the prompter every message goes through.
/// Views are dumb; every change goes through the project's commands.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `prompter` asks the user and shows messages (nullptr: dialogs); tests give their own.
    explicit MainWindow(std::shared_ptr<Prompter> prompter = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file or a server URL (closing the current one); on failure shows the
    /// message and keeps the current project.
    bool openProject(const QString& path);
    /// Opens a project on a PostgreSQL server (`postgresql://user@host:port/dbname`); when
    /// the server wants a password that PGPASSWORD and ~/.pgpass do not give, asks the
    /// prompter for it. The password is used for this connection only, never stored.
    bool openServerProject(const QString& url);
    Project* project() const { return m_project.get(); }
    /// Makes an opened project the window's; a failure to open is shown and changes nothing.
    bool adoptProject(Result<std::unique_ptr<Project>> opened);
    /// Lets the project go (its file is unlocked), to open it again.
    void closeProject();
    /// File > Close Project: lets the project go as opening another one would (a
    /// pseudonymised project's originals are erased first) and empties the panels; the
    /// window shows its start page.
    void closeProjectForUser();
    /// Where a setting of the open project is kept: `projects/UUID/leaf`.
    QString projectKey(const QString& leaf) const;

    void showDocument(qint64 documentId);
    /// Opens the first document (by name) that has codings; for screenshots and demos.
    void openFirstCodedDocument();
    DocumentView* documentView() const;

    /// Who codes: codings made here are this coder's.
    void setCurrentCoder(const QString& name);
    QString currentCoder() const { return m_coder; }
    enum class Shown { All, Mine, OneCoder };
    /// Whose codings are drawn and counted: everyone's, the current coder's, or `coder`'s.
    void setShown(Shown shown, const QString& coder = {});
    Shown shown() const { return m_shown; }
    QString shownCoder() const { return m_shownCoder; }
    /// Blind mode shows the current coder's codings only.
    void setBlind(bool blind);
    bool isBlind() const { return m_blind; }
    /// The coders whose codings are drawn and counted (empty: all).
    QVector<qint64> shownCoderIds() const;

    /// Reads every panel again from the project.
    void refresh();

    /// Where every question and message goes.
    Prompter& prompter() const { return *m_prompter; }
    /// A message for the user, through the prompter.
    void showMessage(const QString& message);
    /// A failed edit or read: its message, except that an edit kept until the server is back
    /// (ErrorKind::Kept) is no failure to stop for and goes to the status bar.
    void showFailure(const Status& failure);
    /// A failed read for the window or a view, or a view's failed kept edit: on a server
    /// whose connection is gone the banner says so and nothing pops up; anything else is
    /// shown as showFailure() does.
    void showReadFailure(const Status& failure);
    bool confirm(const QString& question);
    /// Changes the open project in one undo step (Project::editKept with `text` and `edit`)
    /// and shows a failure as showFailure() does; true when the edit was made. Without a
    /// project nothing happens and it is false.
    bool edit(const QString& text, std::function<Status(Editor&)> edit);

    Workbench* workbench() const { return m_workbench; }
    FileController* files() const { return m_files; }
    EditController* edits() const { return m_edits; }
    CodingController* coding() const { return m_coding; }
    AnalysisDocksController* analysis() const { return m_analysis; }
    EvaluationDocksController* evaluation() const { return m_evaluation; }
    ServerController* server() const { return m_server; }
    BackupController* backups() const { return m_backups; }
    FileCheck* fileCheck() const { return m_fileCheck; }

    /// The docks as on a first start, not maximised (View > Reset Layout, and --grab).
    void resetLayout();

signals:
    /// A project was opened or let go: project() is the new one, or nullptr.
    void projectSwitched();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void followProject(Project* project);
    void loadCoder();
    void refreshAfterCodingEdit();
    void updateTitle();

    std::shared_ptr<Prompter> m_prompter;
    std::unique_ptr<Project> m_project;
    Workbench* m_workbench = nullptr;
    FileController* m_files = nullptr;
    EditController* m_edits = nullptr;
    CodingController* m_coding = nullptr;
    AnalysisDocksController* m_analysis = nullptr;
    EvaluationDocksController* m_evaluation = nullptr;
    BackupController* m_backups = nullptr;
    ServerController* m_server = nullptr;
    FileCheck* m_fileCheck = nullptr;
    QByteArray m_defaultState; // the docks as laid out before any saved layout
    PseudonymController* m_pseudonyms = nullptr;
    QLabel* m_statusCoder = nullptr;
    QString m_coder;
    Shown m_shown = Shown::All;
    QString m_shownCoder;
    bool m_blind = false;
    bool m_refreshing = false;
    bool m_codingsOnly = false;
    bool m_textOnly = false;
};

} // namespace situate
