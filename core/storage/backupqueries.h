// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace situate {

class Storage;

/// Copies the whole database behind `storage` (including what is still in its WAL) into a
/// new file `target`, with SQLite's online backup API; `target` must not exist.
Status copyDatabaseTo(const Storage& storage, const QString& target);

/// A project file held as it is at one moment: a read-only connection of its own inside a
/// read transaction (WAL included). Made where the project is open, it can be copied on a
/// worker thread while the project's own connection writes: the copy is the file as it was
/// when the snapshot was made. Used by one thread at a time.
class FileSnapshot {
public:
    static Result<std::shared_ptr<FileSnapshot>> open(const QString& path);
    ~FileSnapshot();
    FileSnapshot(const FileSnapshot&) = delete;
    FileSnapshot& operator=(const FileSnapshot&) = delete;

    const QString& path() const { return m_path; }
    /// Copies the snapshot into the new file `target` (which must not exist).
    Status copyTo(const QString& target) const;

private:
    FileSnapshot(QString path, sqlite3* db);
    QString m_path;
    sqlite3* m_db;
};

/// Replaces the whole content of the database behind `storage` with the database file
/// `source`, in one write transaction of `storage`'s connection: either all of `source`
/// arrives or the project stays as it was.
Status copyDatabaseFrom(Storage& storage, const QString& source);

/// How far a copy is: `done` of `total` pages; false stops it.
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

/// The same into the project file `target` through a connection of its own (for a worker
/// thread while the window keeps the project open), a few pages at a time, asking
/// `progress` between them. Told to stop, it rolls the write transaction back, leaving
/// `target` exactly as it was, and fails with "cancelled".
Status copyDatabaseInto(const QString& target, const QString& source, const CopyProgress& progress);

} // namespace situate
