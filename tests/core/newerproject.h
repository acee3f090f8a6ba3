// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A project file as a newer Situate leaves it, for the tests that it is refused (opening it,
// restoring it as a backup) without a change to anything.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <catch2/catch.hpp>

namespace situate::test {

/// Gives the SQLite project at `path` a schema version (user_version 999) no Situate knows
/// yet, through a connection of the test's own, and leaves no journal beside the file.
inline void markAsFromNewerSituate(const QString& path) {
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
}

} // namespace situate::test
