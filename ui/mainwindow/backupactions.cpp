// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/project.h"
#include "core/reliability/backups.h"
#include "ui/backup/backupdialog.h"
#include "ui/documentview/documentview.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

#include <memory>

namespace situate {

void MainWindow::createBackupActions() {
    QMenu* file = menuBar()->actions().first()->menu();
    // Just above Quit, after the exports.
    QAction* quit = file->actions().last();
    auto* restore = new QAction(tr("Restore &backup…"), this);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    file->insertAction(quit, restore);
    file->insertSeparator(quit);
    connect(restore, &QAction::triggered, this, &MainWindow::restoreBackupDialog);

    // A failed automatic backup does not stop opening; it is said once per opened project.
    // The title changes on every open, so that is where the new project is noticed.
    auto reported = std::make_shared<const Project*>(nullptr);
    connect(this, &QWidget::windowTitleChanged, this, [this, reported] {
        if (m_project.get() == *reported)
            return;
        *reported = m_project.get();
        if (m_project && !m_project->backupError().isEmpty())
            statusBar()->showMessage(
                tr("No backup was taken on opening: %1").arg(m_project->backupError()));
    });
}

void MainWindow::restoreBackupDialog() {
    if (!m_project) {
        showMessage(tr("Open a project first."));
        return;
    }
    const QVector<BackupInfo> backups = Backups::list(m_project->path());
    if (backups.isEmpty()) {
        showMessage(
            tr("There are no backups of %1 yet (they are kept in %2).")
                .arg(QFileInfo(m_project->path()).fileName(), Backups::folder(m_project->path())));
        return;
    }
    // Window-modal and non-blocking: the restore runs when the dialog is accepted.
    auto* dialog = new BackupDialog(QFileInfo(m_project->path()).fileName(), backups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const BackupInfo* b = dialog->chosen())
            restoreBackup(b->path);
    });
    dialog->open();
}

void MainWindow::restoreBackup(const QString& backupPath) {
    if (!m_project)
        return;
    const QString path = m_project->path();
    const QString name = QFileInfo(backupPath).fileName();
    if (!confirm(tr("Replace the content of %1 with the backup %2? The current content is "
                    "kept as a backup first, and the undo history is cleared.")
                     .arg(QFileInfo(path).fileName(), name)))
        return;
    Result<QString> safety = Backups::restoreInto(*m_project, backupPath);
    if (!safety) {
        showFailure(Status::from(safety));
        return;
    }
    // The open project's undo history and caches describe the old content: reopen it. The
    // lock must be released first, or the reopening would find the file still in use.
    saveReadingPosition();
    m_view->clearDocument();
    m_project.reset();
    setAnalysisProject();
    if (!openProject(path))
        return;
    statusBar()->showMessage(safety->isEmpty()
                                 ? tr("Restored %1").arg(name)
                                 : tr("Restored %1; the previous content is kept as %2")
                                       .arg(name, QFileInfo(*safety).fileName()));
}

} // namespace situate
