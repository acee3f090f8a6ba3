// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace situate::dialect {

/// Where a project on a PostgreSQL server lives, from a `postgresql://` URL.
struct PostgresLocation {
    QString user;
    QString password; // never from the URL: the GUI's prompt (ConnectionSecret), else libpq
                      // reads PGPASSWORD or ~/.pgpass
    QString host;     // empty: libpq's default (PGHOST, else the local socket)
    int port = -1;    // -1: libpq's default (PGPORT, else 5432)
    QString database;
    /// Further libpq settings from the query (`?sslmode=verify-full`), in order, each once
    /// and only those urlSettings() lists.
    QList<std::pair<QString, QString>> options;
    QString option(const QString& key) const;
};

/// Parses `postgresql://[user@]host[:port]/dbname[?key=value&...]`. Refuses a password in
/// the URL, a setting not in urlSettings() or given twice, and an unencrypted connection
/// (sslmode disable, allow or prefer) to a server that is not on this computer.
Result<PostgresLocation> parsePostgresUrl(const QString& url);
/// The settings a URL's query may give (libpq's names).
QStringList urlSettings();
/// The URL as Situate shows it and Project::path() returns it (never with a password).
QString displayUrl(const PostgresLocation& location);

/// Whether libpq reaches this server only on this computer: over a Unix socket (no host,
/// or a host that is a folder) or a loopback address (127.0.0.0/8, ::1, localhost), also
/// through PGHOST and PGHOSTADDR, which libpq reads when the URL names no host.
bool isLocalServer(const PostgresLocation& location);
/// The libpq settings QPSQL passes beside host, port, user and database: the URL's (each
/// value quoted), `sslmode=require` for a server elsewhere that names no sslmode, and a
/// connect timeout.
QString connectOptions(const PostgresLocation& location);

/// A column name as shared SQL must write it: `end` is reserved in PostgreSQL and SQLite
/// takes the quoted form as well.
QString column(const QString& name);

/// Tables an engine keeps for itself (SQLite's FTS5 tables, PostgreSQL's search index and
/// schema version), which a copy between engines leaves to the target's own schema.
bool isInternalTable(const QString& table);

} // namespace situate::dialect
