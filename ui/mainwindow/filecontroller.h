// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace situate {

class MainWindow;
class Project;

/// The File menu: new, open and recent projects, imports (documents read on a worker
/// thread, attribute sheets, REFI-QDA) and exports (CSV, REFI-QDA), and Quit. Other
/// controllers add their entries through addOpenAction() and addGroup().
class FileController : public QObject {
    Q_OBJECT
public:
    explicit FileController(MainWindow& window);

    /// Adds an entry right after "Open project…".
    void addOpenAction(QAction* action);
    /// Adds entries as a group of their own between the exports and Quit (after the groups
    /// added before).
    void addGroup(const QList<QAction*>& actions);
    /// Puts a project first in File > Open recent.
    void addRecentProject(const QString& path);
    /// The entries of File > Open recent, most recent first (the start page lists them).
    QList<QAction*> recentProjectActions() const;
    /// Imports documents and folders (recursively): read on a worker thread with progress and
    /// Cancel, then added in one edit.
    void importFiles(const QStringList& filesOrFolders);

private:
    Project* project() const;
    void newProject();
    void openProjectDialog();
    void rebuildRecentProjects();
    void importFilesDialog();
    void importFolderDialog();
    void importAttributeSheet();
    void exportCsv(bool codebook);
    // Says in the status bar how an export on a worker ended, or shows its failure.
    void exportEnded(const Status& written, bool cancelled, const QString& file);
    void importRefi(bool codebook);
    void exportRefi(bool codebook);

    MainWindow& m_window;
    QMenu* m_menu;
    QMenu* m_recentProjects;
    QAction* m_quit;
};

} // namespace situate
