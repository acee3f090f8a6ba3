// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace situate {

class Project;
class Storage;

/// One automatic copy of a project in its backup folder.
struct BackupInfo {
    QString path;     // absolute
    QString fileName; // NAME-YYYYMMDD-HHMMSS[-N].situate
    QDateTime taken;  // UTC, read from the file name
    qint64 size = 0;  // bytes
};

/// The rotating copies kept beside a project file in NAME.situate.backups/, made with
/// SQLite's online backup API when a project is opened, and restored the same way.
class Backups {
public:
    static constexpr int defaultKeep = 5;
    /// How many backups to keep: the SITUATE_BACKUPS environment variable when it holds a
    /// whole number (0 turns backups off), else defaultKeep.
    static int keepCount();
    /// The folder beside the project: "<project file>.backups".
    static QString folder(const QString& projectPath);
    /// The project's backups, newest first.
    static QVector<BackupInfo> list(const QString& projectPath);
    /// A backup given by path, by file name inside the folder, or by its number in list()
    /// counted from 1; empty when there is none.
    static QString resolve(const QString& projectPath, const QString& backup);

    /// Copies the open project into a new backup unless the newest one is byte-identical,
    /// then removes the oldest beyond `keep` (none when `keep` <= 0). Returns the new
    /// backup's path, or an empty string when nothing needed writing.
    static Result<QString> take(const Storage& storage, int keep);
    /// Replaces the content of the open `project` with `backup` in one transaction, after
    /// keeping the current content as a backup (the restore is refused when that fails).
    /// Returns the path of that safety copy (empty when the newest backup already held it).
    /// The project's undo history and caches describe the old content: close and reopen it.
    static Result<QString> restoreInto(Project& project, const QString& backup);
    /// The same for a project file that is not open here; fails when another process has
    /// it open.
    static Result<QString> restore(const QString& projectPath, const QString& backup);
};

} // namespace situate
