// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace situate::schema::postgres {

/// The schema version recorded in `situate_meta`, or -1 when the database holds no Situate
/// schema.
Result<int> version(QSqlDatabase& db);
/// Whether the database (its current schema) has no tables at all.
Result<bool> isEmpty(QSqlDatabase& db);
/// Creates the current schema in an empty database, in one transaction.
Status create(QSqlDatabase& db);
/// Removes a Situate schema (the project `tables` and the engine's own), leaving the
/// database empty again: what a failed publish undoes.
Status drop(QSqlDatabase& db, const QStringList& tables);
/// Brings a database at `fromVersion` to schema::currentVersion().
Status migrate(QSqlDatabase& db, int fromVersion);
/// One SQLite schema statement in PostgreSQL's words, or empty when PostgreSQL has its own
/// way for it (PRAGMAs, FTS5, triggers, sqlite_master edits).
QString translate(const QString& sqliteStatement);

} // namespace situate::schema::postgres
