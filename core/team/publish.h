// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace situate {

/// What a publish or clone copied.
struct TeamCopyReport {
    QString source;
    QString target;
    qint64 rows = 0;
    qint64 codings = 0;
    qint64 documents = 0;
};

/// Copies the local project file `localPath` into the empty PostgreSQL database `url`:
/// creates the current schema there and copies every row with its id and uuid in one
/// transaction. A database that is not empty is refused; on any failure the database is
/// left empty as it was.
Result<TeamCopyReport> publishProject(const QString& localPath, const QString& url);

/// Copies the PostgreSQL project `url` (one consistent snapshot, while others may go on
/// coding) into a new local project file `localPath`, which must not exist; on failure no
/// file is left behind.
Result<TeamCopyReport> cloneProject(const QString& url, const QString& localPath);

} // namespace situate
