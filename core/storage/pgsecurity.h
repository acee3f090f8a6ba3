// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace situate::schema::postgres {

/// Makes a project's schema safe for several logins, inside the caller's transaction, and
/// records it (situate_meta.security_version); running it again changes nothing:
/// - every function Situate creates runs with `search_path = pg_catalog, pg_temp` and names
///   its tables with their schema, so no object another login creates is called in its place;
/// - an evidence link no longer goes with its coding by a foreign-key cascade (which the server
///   runs as the table owner, past row-level security): a trigger run as the deleting login
///   removes the links that login may remove, and the foreign key refuses the deletion while
///   another coder's link still cites the coding.
Status harden(QSqlDatabase& db);

/// Whether `harden` has still to run on this project.
Result<bool> needsHardening(QSqlDatabase& db);

/// Whether the connected login owns the project's tables (or belongs to the role that does):
/// only then may it change the schema.
Result<bool> ownsSchema(QSqlDatabase& db);

/// The current schema's name, quoted by the server.
Result<QString> quotedSchema(QSqlDatabase& db);
/// The statement that defines the search index's trigger function in `schema` (quoted).
QString searchFunction(const QString& schema);

} // namespace situate::schema::postgres
