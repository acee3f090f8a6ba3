// SPDX-License-Identifier: GPL-3.0-or-later
// Project files of every earlier schema version (tests/fixtures/schema/, made by
// makeschemafixtures.cpp) open, migrate to the current version, and hold the same data: every
// row of every table, read back in the form the rest of Situate sees. A migration that cannot
// finish leaves the file as it was.
#include "core/project.h"
#include "core/search.h"
#include "core/storage/compactcolumns.h"
#include "core/storage/dialect.h"
#include "core/storage/schema.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// Every row of every table but the engine's own, as "table|column=value|…" lines in id order,
// compact values as text (uuids in lower case: SQLite keeps their bytes, not their case).
QStringList allRows(const QString& path) {
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("migration-read"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery tables(db);
        REQUIRE(
            tables.exec(s("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& t : names) {
            if (dialect::isInternalTable(t))
                continue;
            QSqlQuery q(db);
            // Names from the schema just read.
            REQUIRE(q.exec(s("SELECT * FROM \"%1\" ORDER BY 1").arg(t)));
            while (q.next()) {
                QStringList fields{t};
                const QSqlRecord rec = q.record();
                for (int i = 0; i < rec.count(); ++i) {
                    QString v = compact::logical(t, rec.fieldName(i), rec.value(i)).toString();
                    if (rec.fieldName(i) == s("uuid"))
                        v = v.toLower();
                    fields << rec.fieldName(i) + QLatin1Char('=') + v;
                }
                out << fields.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(s("migration-read"));
    return out;
}

QVariant scalar(const QString& path, const QString& sql) {
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("migration-scalar"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        if (q.next())
            v = q.value(0);
    }
    QSqlDatabase::removeDatabase(s("migration-scalar"));
    return v;
}

void execIn(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("migration-exec"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
    }
    QSqlDatabase::removeDatabase(s("migration-exec"));
}

QString copyOfFixture(const QTemporaryDir& dir, int version) {
    const QString from = test::fixture(s("schema/v%1.situate").arg(version));
    const QString to = dir.filePath(s("v%1.situate").arg(version));
    REQUIRE(QFile::exists(from));
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return to;
}

} // namespace

TEST_CASE("A project file of every earlier schema version opens, migrates and keeps its data") {
    REQUIRE(schema::currentVersion() >= 6);
    for (int version = 1; version < schema::currentVersion(); ++version) {
        INFO("schema version " << version);
        QTemporaryDir dir;
        const QString path = copyOfFixture(dir, version);
        REQUIRE(scalar(path, s("PRAGMA user_version")).toInt() == version);
        const QStringList before = allRows(path);
        REQUIRE(before.filter(QRegularExpression(s("^codings\\|"))).size() == 4);
        // Text before version 6, milliseconds from it on: the same time either way.
        const QString oldCreated =
            compact::isoOf(scalar(path, s("SELECT created FROM codings WHERE id = 1")));
        REQUIRE(oldCreated == s("2025-03-04T10:11:12.345Z"));

        {
            auto project = Project::open(path, Project::Backup::Skip);
            INFO((project ? QString() : project.error()).toStdString());
            REQUIRE(project);
            const Storage& st = (*project)->storage();
            CHECK(st.checkIntegrity().isEmpty());
            auto codings = st.allCodings();
            REQUIRE(codings);
            REQUIRE(codings->size() == 4);
            const auto first = std::find_if(codings->cbegin(), codings->cend(),
                                            [](const Coding& c) { return c.id == 1; });
            REQUIRE(first != codings->cend());
            CHECK(first->uuid == s("d0000000-0000-4000-8000-000000000001"));
            CHECK(first->created == QDateTime(QDate(2025, 3, 4), QTime(10, 11, 12, 345), Qt::UTC));
            CHECK(first->modified == QDateTime(QDate(2025, 3, 5), QTime(8, 0, 0, 1), Qt::UTC));
            CHECK(first->memo == s("trust in practice"));
        }

        CHECK(scalar(path, s("PRAGMA user_version")).toInt() == schema::currentVersion());
        CHECK(scalar(path, s("SELECT count(*) FROM codings WHERE typeof(uuid) <> 'blob' OR "
                             "length(uuid) <> 16 OR typeof(created) <> 'integer'"))
                  .toInt() == 0);
        const QStringList after = allRows(path);
        // Every row the old file held is there, the same; a later version adds rows only to
        // tables the old one lacked.
        for (const QString& row : before) {
            INFO(row.toStdString());
            CHECK(after.contains(row));
        }
        CHECK(after.size() == before.size());
        // Version 7 added the key quotes: none yet, and a flag goes with its coding.
        CHECK(scalar(path, s("SELECT count(*) FROM key_quotes")).toInt() == 0);
        execIn(path, {s("PRAGMA foreign_keys = ON"), s("INSERT INTO key_quotes VALUES (3)"),
                      s("DELETE FROM codings WHERE id = 3")});
        CHECK(scalar(path, s("SELECT count(*) FROM key_quotes")).toInt() == 0);

        // The search index of a file older than search itself was built by the migration.
        auto hits = searchProject(path, SearchQuery::parse(s("funding")));
        REQUIRE(hits);
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().documentId == 2);
    }
}

TEST_CASE("A migration that cannot finish leaves the project file as it was") {
    QTemporaryDir dir;
    // Version 6 rebuilds the codings table and checks every reference before it commits.
    const int version = 5;
    const QString path = copyOfFixture(dir, version);
    // A coding whose document is gone, as a file edited outside Situate can hold.
    execIn(path, {s("PRAGMA foreign_keys = OFF"),
                  s("INSERT INTO codings VALUES (9, 'd0000000-0000-4000-8000-000000000009', 99, "
                    "1, 1, 0, 5, '', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")});
    const QStringList before = allRows(path);
    auto project = Project::open(path, Project::Backup::Skip);
    REQUIRE_FALSE(project);
    INFO(project.error().toStdString());
    CHECK(project.error().contains(s("row 9 of codings refers to a row that no longer exists")));
    CHECK_FALSE(project.error().contains(s("SQL")));
    CHECK(scalar(path, s("PRAGMA user_version")).toInt() == version);
    CHECK(scalar(path, s("SELECT typeof(uuid) FROM codings WHERE id = 1")).toString() == s("text"));
    CHECK(allRows(path) == before);
}

TEST_CASE("A coding's uuid and times convert to the compact forms and back exactly") {
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray bytes = compact::uuidBytes(uuid);
    CHECK(bytes.size() == 16);
    CHECK(compact::uuidText(bytes) == uuid);
    CHECK(compact::uuidBytes(uuid.toUpper()) == bytes);
    CHECK(compact::uuidBytes(s("{") + uuid + s("}")) == bytes);
    // Text that is not a uuid gets a name-based one: the same each time, a different one for
    // other text.
    const QByteArray odd = compact::uuidBytes(s("nvivo-17"));
    CHECK(odd.size() == 16);
    CHECK(odd == compact::uuidBytes(s("nvivo-17")));
    CHECK(odd != compact::uuidBytes(s("nvivo-18")));
    CHECK(compact::uuidText(QVariant(uuid)) == uuid);

    for (const char* iso : {"2025-03-04T10:11:12.345Z", "1999-12-31T23:59:59.999Z",
                            "2026-12-06T00:00:00.000Z", "1970-01-01T00:00:00.000Z"}) {
        INFO(iso);
        const qint64 ms = compact::msOf(s(iso));
        CHECK(compact::isoOf(QVariant(ms)) == s(iso));
        CHECK(compact::stored(s("codings"), s("created"), s(iso)).toLongLong() == ms);
        CHECK(compact::logical(s("codings"), s("modified"), QVariant(ms)).toString() == s(iso));
    }
    CHECK(compact::msOf(s("2025-03-04T12:11:12.345+02:00")) ==
          compact::msOf(s("2025-03-04T10:11:12.345Z")));
    // Other columns and tables pass through.
    CHECK(compact::stored(s("memos"), s("created"), s("x")).toString() == s("x"));
    CHECK(compact::stored(s("codings"), s("memo"), s("x")).toString() == s("x"));
}
