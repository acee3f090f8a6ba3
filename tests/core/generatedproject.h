// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A generated project with its rows shaped by SQL statements, for the tests of reading and
// counting many codings (the test links Qt6::Sql).

#include "core/generate/generator.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <initializer_list>

namespace situate::test {

/// Generates a project at `path` and runs the statements on it, in order, through a
/// connection of its own, closed again before the test opens the project.
inline void generateEdited(const QString& path, const GenerateOptions& options,
                           std::initializer_list<QString> statements) {
    REQUIRE(generateProject(path, options).ok());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generated-edit"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generated-edit"));
}

inline void generateEdited(const QString& path, const GenerateOptions& options,
                           const QString& sql) {
    generateEdited(path, options, {sql});
}

/// Runs `sql` on the file at `path` through a connection of its own, reading forward only,
/// and hands each row (the query on it) to `row`: what the reader under test is compared with.
template <typename F> void forEachRowOf(const QString& path, const QString& sql, F row) {
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generated-read"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        REQUIRE(q.exec(sql));
        while (q.next())
            row(q);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("generated-read"));
}

} // namespace situate::test
