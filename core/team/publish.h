// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storage/connectionsecret.h"

#include <QString>

#include <functional>
#include <memory>

namespace situate {

class Storage;

/// What a publish or clone copied.
struct TeamCopyReport {
    QString source;
    QString target;
    qint64 rows = 0;
    qint64 codings = 0;
    qint64 documents = 0;
};

/// Progress of a publish or clone: `done` rows copied of `total`. Return false to stop; the
/// copy then fails with the message "cancelled" and leaves nothing behind, as any failure.
using TeamCopyProgress = std::function<bool(qint64 done, qint64 total)>;

/// Copies the local project file `localPath` into the empty PostgreSQL database `url`:
/// creates the current schema there and copies every row with its id and uuid in one
/// transaction. A database that is not empty is refused; on any failure the database is
/// left empty as it was. `secret` is the server's password when it was typed.
Result<TeamCopyReport> publishProject(const QString& localPath, const QString& url,
                                      const TeamCopyProgress& progress = {},
                                      const ConnectionSecret& secret = {});

/// The same from a project opened by the caller: a read-only connection (Storage::Mode::
/// ReadOnly) to a file that stays open, and locked, in this process, as in the main window.
Result<TeamCopyReport> publishStorage(std::unique_ptr<Storage> from, const QString& url,
                                      const TeamCopyProgress& progress = {},
                                      const ConnectionSecret& secret = {});

/// Copies the PostgreSQL project `url` (one consistent snapshot, while others may go on
/// coding) into a new local project file `localPath`, which must not exist; on failure no
/// file is left behind.
Result<TeamCopyReport> cloneProject(const QString& url, const QString& localPath,
                                    const TeamCopyProgress& progress = {},
                                    const ConnectionSecret& secret = {});

} // namespace situate
