// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace situate {

class MainWindow;

/// File > Restore backup (the project's automatic backups, one restored into the project
/// after a safety copy), and the status bar's word on a backup that could not be taken.
class BackupController : public QObject {
    Q_OBJECT
public:
    explicit BackupController(MainWindow& window);

private:
    void restoreBackupDialog();
    void restoreBackup(const QString& backupPath);

    MainWindow& m_window;
};

} // namespace situate
