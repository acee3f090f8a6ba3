// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace situate {

class Project;
class FileSnapshot;
class Storage;

/// One automatic copy of a project in its backup folder.
struct BackupInfo {
    QString path;        // absolute
    QString fileName;    // NAME-YYYYMMDD-HHMMSS-SEQUENCE.situate
    QDateTime taken;     // UTC, read from the file name
    qint64 size = 0;     // bytes
    qint64 sequence = 0; // from the file name; 0 for a copy named before sequences existed
};

/// What deleting a project's backups did.
struct BackupRemoval {
    qint64 removed = 0;
    QStringList failed; ///< the file names of the copies that could not be deleted
};

/// The rotating copies kept beside a project file in NAME.situate.backups/, made with
/// SQLite's online backup API when a project is opened, and restored the same way.
///
/// Order: by the sequence number in the name (one more than the highest in the folder),
/// never by the clock, so a clock set back cannot make a new copy look old. Copies named
/// before sequence numbers existed (NAME-YYYYMMDD-HHMMSS[-N].situate) count as older than
/// every numbered one and are ordered among themselves by their time and -N.
///
/// Rotation keeps, and deletes every other copy:
/// - the newest `keep` copies;
/// - the newest copy of each of the 7 calendar days (UTC) that end with the day of the
///   newest copy;
/// - the oldest copy of the current run: the newest copies each taken at most
///   `runGapSeconds` after the one before it. That copy holds the project as it was before
///   the run's first edit, so a script of many edit commands cannot push out every copy
///   from before it, even on the day the earlier copies were made.
///
/// Permissions: each copy gets the project file's permission bits, and the folder the same
/// bits plus search (x) wherever read is granted (a 0600 project gives 0600 copies in a 0700
/// folder); an existing folder is only ever narrowed to that, never widened.
class Backups {
public:
    static constexpr int defaultKeep = 5;
    static constexpr int keepDays = 7;
    static constexpr qint64 runGapSeconds = 10 * 60;
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
    /// Deletes every backup of the project, and any half-written copy (`.part`) beside them:
    /// for when what they hold must go, such as the names a pseudonymisation made permanent
    /// has erased from the project itself. The folder is left, empty.
    static BackupRemoval removeAll(const QString& projectPath);

    /// Copies the open project into a new backup unless the newest one is byte-identical,
    /// then rotates (see above; nothing is removed when `keep` <= 0). `now` is the time
    /// written into the name (the current UTC time when invalid). Returns the new backup's
    /// path, or an empty string when nothing needed writing.
    static Result<QString> take(const Storage& storage, int keep, const QDateTime& now = {});
    /// The project file as it is now, held for takeFrom (see FileSnapshot).
    static Result<std::shared_ptr<FileSnapshot>> hold(const QString& projectPath);
    /// The same from a snapshot of the project file (see FileSnapshot): for a worker thread
    /// while the window has the project open and may write. The copy is the project as it
    /// was when the snapshot was made.
    static Result<QString> takeFrom(const FileSnapshot& snapshot, int keep,
                                    const QDateTime& now = {});
    /// Replaces the content of the open `project` with `backup` in one transaction, after
    /// keeping the current content as a backup (the restore is refused when that fails).
    /// Returns the path of that safety copy (empty when the newest backup already held it).
    /// No backup is deleted. The project's undo history and caches describe the old
    /// content: close and reopen it.
    static Result<QString> restoreInto(Project& project, const QString& backup);
    /// The same on a worker thread while the window keeps the project open: `current`
    /// (hold(), made where the project is open) is kept as a backup first, then the project
    /// file gets `backup`'s content through a connection of the worker's own. `progress` is
    /// asked before anything is written and between steps of the copy; when it says stop,
    /// the copy is rolled back and the project is exactly as it was (a safety copy already
    /// written stays, like any backup), and the result is the failure "cancelled".
    static Result<QString> restoreFrom(std::shared_ptr<FileSnapshot> current, const QString& backup,
                                       const std::function<bool(qint64, qint64)>& progress);
    /// The same for a project file that is not open here; fails when another process has
    /// it open.
    static Result<QString> restore(const QString& projectPath, const QString& backup);

private:
    static Result<QString> takeWith(const QString& projectPath, int keep, const QDateTime& now,
                                    const std::function<Status(const QString&)>& copy);
};

} // namespace situate
