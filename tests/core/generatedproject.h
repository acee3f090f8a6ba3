// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A generated project with its rows shaped by one SQL statement, for the tests of reading
// and counting many codings (the test links Qt6::Sql).

#include "core/generate/generator.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace situate::test {

/// Generates a project at `path` and runs `sql` on it through a connection of its own,
/// closed again before the test opens the project.
inline void generateEdited(const QString& path, const GenerateOptions& options,
                           const QString& sql) {
    REQUIRE(generateProject(path, options).ok());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generated-edit"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generated-edit"));
}

} // namespace situate::test
