// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reliability/backups.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace situate {

/// Lists a project's automatic backups (newest first, with local time and size) and lets
/// the user pick one to restore.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(const QString& projectName, const QVector<BackupInfo>& backups,
                 QWidget* parent = nullptr);
    /// The chosen backup, or null when none is selected.
    const BackupInfo* chosen() const;

private:
    QVector<BackupInfo> m_backups;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace situate
