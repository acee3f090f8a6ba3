// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace situate::dialect {

/// Where a project on a PostgreSQL server lives, from a `postgresql://` URL.
struct PostgresLocation {
    QString user;
    QString password; // only when the URL holds one; libpq otherwise reads PGPASSWORD, ~/.pgpass
    QString host;     // empty: libpq's default (the local socket)
    int port = -1;    // -1: libpq's default (PGPORT, else 5432)
    QString database;
    QString options; // further libpq settings from the query (`?sslmode=require`), `k=v;k=v`
};

/// Whether a project location names a PostgreSQL database rather than a file.
bool isPostgresUrl(const QString& location);
/// Parses `postgresql://[user[:password]@]host[:port]/dbname[?key=value&...]`.
Result<PostgresLocation> parsePostgresUrl(const QString& url);
/// The URL without its password: what Situate shows and what Project::path() returns.
QString displayUrl(const PostgresLocation& location);

/// Opens `db` (already added under its connection name with the QPSQL driver) at `location`
/// and checks that the server stores text as UTF-8, which code-point offsets rely on.
Status openPostgres(QSqlDatabase& db, const PostgresLocation& location);
/// Adds a QPSQL connection named `connectionName`, or explains that the driver is missing.
Result<QSqlDatabase> addPostgresConnection(const QString& connectionName);

/// A column name as shared SQL must write it: `end` is reserved in PostgreSQL and SQLite
/// takes the quoted form as well.
QString column(const QString& name);

/// Tables an engine keeps for itself (SQLite's FTS5 tables, PostgreSQL's search index and
/// schema version), which a copy between engines leaves to the target's own schema.
bool isInternalTable(const QString& table);

} // namespace situate::dialect
