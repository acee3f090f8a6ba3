// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the SQLite engine (sqlitestorage.cpp) offers the rest of core/storage/ beside
// openSqliteStorage (storageconnection.h). Private to core/storage/.

#include <QSqlDatabase>

struct sqlite3;

namespace situate {

class Storage;

/// The connection's own sqlite3 handle, for what QSqlQuery cannot do (the online backup API,
/// bulk inserts, a million codings read without a QVariant each). Null for any other driver,
/// and when Qt's driver runs another SQLite than the one this build links (Debian's QSQLITE
/// links the system libsqlite3): handing a handle to another copy of the library would
/// corrupt its state.
sqlite3* sqliteHandle(const QSqlDatabase& db);
sqlite3* sqliteHandle(const Storage& storage);

} // namespace situate
