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
/// The statements of the step from version `step` to `step + 1` (pgschemasteps.cpp), beside
/// SQLite's in schema.cpp; `schema` is the project's schema, quoted by the server.
QStringList stepStatements(int step, const QString& schema);

} // namespace situate::schema::postgres
