// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace situate::schema {

/// `PRAGMA application_id` of every Situate project ("SITU").
inline constexpr int applicationId = 0x53495455;
/// The schema version this build writes; older files are migrated forward on open.
int currentVersion();

/// Creates the current schema in an empty database (inside a transaction).
Status create(QSqlDatabase& db);
/// Migrates a database at `fromVersion` to `toVersion` (currentVersion() unless a file of an
/// earlier version is wanted, as the migration fixtures are), one step per transaction.
Status migrate(QSqlDatabase& db, int fromVersion, int toVersion = currentVersion());

} // namespace situate::schema
