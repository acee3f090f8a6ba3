// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace situate {

class FileSnapshot;
class MainWindow;

/// The backup taken when a project file is opened, File > Restore backup (the project's
/// automatic backups, one restored into the project after a safety copy), and the status
/// bar's word on a backup that could not be taken.
///
/// The backup on opening copies the whole file, so it runs on a worker thread with a
/// connection of its own (FileSnapshot, Backups::takeFrom), taken as the window shows
/// the project and copied a moment later: its copy is the project as opened, even if the user edits
/// meanwhile. Whatever lists, restores or deletes backups waits for it first (waitForBackup).
class BackupController : public QObject {
    Q_OBJECT
public:
    explicit BackupController(MainWindow& window);
    ~BackupController() override;

    /// The project file `path` was just opened: backs it up in the background.
    void takeOnOpening(const QString& path);
    /// Waits for a backup still being taken (at most the time one copy of the file takes).
    void waitForBackup();
    /// Whether a backup is waiting to start or being taken, for tests.
    bool isRunning() const { return m_held || m_watcher.isRunning(); }
    /// How long after opening the copy starts (its snapshot is taken at once).
    static constexpr int delayMs = 1000;

private:
    void restoreBackupDialog();
    void restoreBackup(const QString& backupPath);
    void restoreEnded(const Result<QString>& safety, bool cancelled, const QString& path,
                      const QString& name);
    void start();
    void backupFinished();

    MainWindow& m_window;
    QFutureWatcher<Result<QString>> m_watcher;
    QString m_copying;                    // the project the backup copies
    std::shared_ptr<FileSnapshot> m_held; // its snapshot, until the copy starts
    int m_keep = 0;
    int m_generation = 0; // which opening a delayed start belongs to
};

} // namespace situate
