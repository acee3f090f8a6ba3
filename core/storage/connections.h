// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every connection Situate opens to a database is named, opened and removed here, for both
// engines: a project's own (Storage), the read-only one SQLite's validation looks through
// first, the search's, and the probe that asks whether a server is back. Private to
// core/storage/ (and the tests that need a connection of their own).

#include "core/result.h"
#include "core/storage/dialect.h"

#include <QString>

namespace situate::connections {

/// A name no other connection of this process has: "situate-PURPOSE-N".
QString newName(const char* purpose);

/// Opens the SQLite file `path` as the connection `name` with QSQLITE's connect `options`
/// (e.g. QSQLITE_OPEN_READONLY). A failure, in SQLite's words, leaves no connection behind.
Status openSqlite(const QString& name, const QString& path, const QString& options = {});

/// Opens the PostgreSQL database at `location` as the connection `name` and checks that the
/// server stores text as UTF-8, which code-point offsets rely on. A failure says in plain
/// words what went wrong (kind Authentication when the server wants a password it was not
/// given or not this one) and leaves no connection behind.
Status openPostgres(const QString& name, const dialect::PostgresLocation& location);

/// Opens a copy of the open connection `source` (its settings, password included) on this
/// thread, and closes and removes it again: empty when that worked, else why not, with
/// `where` (a URL without password) in the words.
QString tryCopy(const QString& source, const QString& where);

/// Closes the connection `name` and removes it; no QSqlDatabase or QSqlQuery of it may be
/// left. Nothing happens for a name that is not there.
void remove(const QString& name);

} // namespace situate::connections
