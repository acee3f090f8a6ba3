// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/backupcontroller.h"

#include "core/project.h"
#include "core/reliability/backups.h"
#include "ui/backup/backupdialog.h"
#include "ui/common/progresstask.h"
#include "ui/common/widgets.h"
#include "ui/mainwindow/filecontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QFileInfo>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace situate {

BackupController::BackupController(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    auto* restore =
        named<QAction>(QStringLiteral("restoreBackupAction"), tr("Restore &backup…"), this);
    window.files()->addGroup({restore});
    connect(restore, &QAction::triggered, this, &BackupController::restoreBackupDialog);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackupController::backupFinished);
}

BackupController::~BackupController() {
    // The copy must be made before the application goes, even one still waiting to start.
    waitForBackup();
}

void BackupController::takeOnOpening(const QString& path) {
    waitForBackup(); // one copy at a time writes into a project's backup folder
    const int keep = Backups::keepCount();
    if (keep <= 0)
        return;
    m_copying = path;
    // The snapshot is taken now, so the copy is the project as opened even if an edit comes
    // first; the copy itself waits a moment so as not to share the machine with the
    // transcript's first paint.
    Result<std::shared_ptr<FileSnapshot>> snapshot = Backups::hold(path);
    if (!snapshot) {
        m_watcher.setFuture(QtFuture::makeReadyFuture(Result<QString>::failure(snapshot.error())));
        return;
    }
    m_held = *snapshot;
    m_keep = keep;
    const int generation = ++m_generation;
    QTimer::singleShot(delayMs, this, [this, generation] {
        if (generation == m_generation)
            start();
    });
}

void BackupController::start() {
    if (!m_held)
        return;
    m_watcher.setFuture(QtConcurrent::run([held = std::exchange(m_held, {}), keep = m_keep] {
        return Backups::takeFrom(*held, keep);
    }));
}

void BackupController::waitForBackup() {
    start();
    m_watcher.waitForFinished();
}

void BackupController::backupFinished() {
    const Result<QString> made = m_watcher.result();
    // A failed automatic backup does not stop anyone working; it is said while the project
    // it belongs to is still the one open.
    const Project* project = m_window.project();
    if (!made && project && project->path() == m_copying)
        m_window.statusBar()->showMessage(
            tr("No backup was taken on opening: %1").arg(made.error()));
    if (!made)
        qWarning("%s", qUtf8Printable(made.error()));
}

void BackupController::restoreBackupDialog() {
    const Project* project = m_window.project();
    if (!project) {
        m_window.showMessage(tr("Open a project first."));
        return;
    }
    waitForBackup();
    const QVector<BackupInfo> backups = Backups::list(project->path());
    if (backups.isEmpty()) {
        m_window.showMessage(
            tr("There are no backups of %1 yet (they are kept in %2).")
                .arg(QFileInfo(project->path()).fileName(), Backups::folder(project->path())));
        return;
    }
    // Window-modal and non-blocking: the restore runs when the dialog is accepted.
    auto* dialog = new BackupDialog(QFileInfo(project->path()).fileName(), backups, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const BackupInfo* b = dialog->chosen())
            restoreBackup(b->path);
    });
    dialog->open();
}

void BackupController::restoreBackup(const QString& backupPath) {
    Project* project = m_window.project();
    if (!project)
        return;
    const QString path = project->path();
    const QString name = QFileInfo(backupPath).fileName();
    if (!m_window.confirm(tr("Replace the content of %1 with the backup %2? The current content "
                             "is kept as a backup first, and the undo history is cleared.")
                              .arg(QFileInfo(path).fileName(), name)))
        return;
    waitForBackup();
    // Both copies (the safety backup, then the backup into the project) take seconds on a
    // large project: on a worker with its own connections, behind Cancel, which rolls the
    // copy back. The window keeps the project open meanwhile, unchanged until the end.
    Result<std::shared_ptr<FileSnapshot>> current = Backups::hold(path);
    if (!current) {
        m_window.showFailure(Status::from(current));
        return;
    }
    runWithProgress<QString>(
        &m_window, tr("Restoring %1…").arg(name), QStringLiteral("restoreBackupProgress"),
        [held = std::move(*current), backupPath](const TaskProgress& progress) mutable {
            return Backups::restoreFrom(std::exchange(held, {}), backupPath, progress);
        },
        [this, path, name](Result<QString> safety, bool cancelled) {
            restoreEnded(safety, cancelled, path, name);
        });
}

void BackupController::restoreEnded(const Result<QString>& safety, bool cancelled,
                                    const QString& path, const QString& name) {
    // A Cancel that came after the last step is too late: the project was restored.
    if (!safety && cancelled) {
        m_window.statusBar()->showMessage(tr("Restore cancelled: the project is unchanged."), 8000);
        return;
    }
    if (!safety) {
        m_window.showFailure(Status::from(safety));
        return;
    }
    // The open project's undo history and caches describe the old content: reopen it. The
    // lock must be released first, or the reopening would find the file still in use.
    if (!m_window.project() || m_window.project()->path() != path)
        return;
    m_window.closeProject();
    if (!m_window.openProject(path))
        return;
    m_window.statusBar()->showMessage(safety->isEmpty()
                                          ? tr("Restored %1").arg(name)
                                          : tr("Restored %1; the previous content is kept as %2")
                                                .arg(name, QFileInfo(*safety).fileName()));
}

} // namespace situate
