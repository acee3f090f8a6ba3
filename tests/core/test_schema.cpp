// SPDX-License-Identifier: GPL-3.0-or-later
// The two schemas, SQLite's (core/storage/schema.cpp) and PostgreSQL's (pgschemasteps.cpp),
// read back from a new project on each engine: the same tables, columns, keys, unique
// constraints, indexes and foreign keys; and the foreign keys undo knows (foreignkeys.h) are
// exactly those of both.
#include "core/project.h"
#include "core/storage/dialect.h"
#include "core/storage/foreignkeys.h"
#include "tests/support/pgtest.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

QStringList column(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

// One line per fact, in words both engines share: "column T.C integer not null default 0",
// "primary key T(C)", "unique T(A, B)", "index N on T(A, B)", "foreign key T.C -> R.id on
// delete cascade". A table's columns in their order, the rest sorted.
struct TableFacts {
    QStringList columns;
    QStringList others;
};

QStringList lines(const QMap<QString, TableFacts>& tables) {
    QStringList out;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        out << s("table ") + it.key() << it->columns;
        QStringList others = it->others;
        others.sort();
        out << others;
    }
    return out;
}

QString columnLine(const QString& table, const QString& name, const QString& type, bool notNull,
                   const QString& defaultValue) {
    QString line = s("column %1.%2 %3").arg(table, name, type);
    if (notNull)
        line += s(" not null");
    if (!defaultValue.isEmpty())
        line += s(" default ") + defaultValue;
    return line;
}

QString foreignKeyLine(const QString& table, const QString& column, const QString& references,
                       bool cascade) {
    return s("foreign key %1.%2 -> %3.id on delete %4")
        .arg(table, column, references, cascade ? s("cascade") : s("no action"));
}

QStringList sqliteSchema(const QString& path) {
    QMap<QString, TableFacts> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("schema-sqlite"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& t :
             column(db, s("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            if (dialect::isInternalTable(t))
                continue;
            TableFacts& f = tables[t];
            QStringList key;
            // Table names come from the schema just read.
            for (const QString& c :
                 column(db, s("SELECT name, type, \"notnull\", ifnull(dflt_value, ''), pk FROM "
                              "pragma_table_info('%1') ORDER BY cid")
                                .arg(t))) {
                const QStringList v = c.split(QLatin1Char('|'));
                if (v[4] != s("0"))
                    key << v[0];
                // INTEGER PRIMARY KEY: the rowid, PostgreSQL's identity column.
                const bool identity = v[4] == s("1") && v[1] == s("INTEGER");
                // A coding's uuid and times: compact in the file, text on a server
                // (core/storage/compactcolumns.h).
                const bool compact =
                    t == s("codings") &&
                    (v[0] == s("uuid") || v[0] == s("created") || v[0] == s("modified"));
                f.columns << (identity ? s("column %1.%2 identity").arg(t, v[0])
                                       : columnLine(t, v[0], compact ? s("text") : v[1].toLower(),
                                                    v[2] == s("1") || v[4] != s("0"), v[3]));
            }
            f.others << s("primary key %1(%2)").arg(t, key.join(s(", ")));
            for (const QString& i : column(db, s("SELECT name, \"unique\", origin FROM "
                                                 "pragma_index_list('%1')")
                                                   .arg(t))) {
                const QStringList v = i.split(QLatin1Char('|'));
                if (v[2] == s("pk"))
                    continue;
                const QString columns =
                    column(db,
                           s("SELECT ifnull(name, '<expression>') FROM pragma_index_xinfo('%1') "
                             "WHERE key = 1 ORDER BY seqno")
                               .arg(v[0]))
                        .join(s(", "));
                if (v[2] == s("u"))
                    f.others << s("unique %1(%2)").arg(t, columns);
                else
                    f.others << s("index %1 on %2(%3)%4")
                                    .arg(v[0], t, columns,
                                         v[1] == s("1") ? s(" unique") : QString());
            }
            for (const QString& k : column(db, s("SELECT \"from\", \"table\", \"to\", on_delete "
                                                 "FROM pragma_foreign_key_list('%1')")
                                                   .arg(t))) {
                const QStringList v = k.split(QLatin1Char('|'));
                REQUIRE(v[2] == s("id"));
                f.others << foreignKeyLine(t, v[0], v[1], v[3] == s("CASCADE"));
            }
        }
    }
    QSqlDatabase::removeDatabase(s("schema-sqlite"));
    return lines(tables);
}

QStringList postgresSchema(const QString& url) {
    QMap<QString, TableFacts> tables;
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), s("schema-pg"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1)); // the password: PGPASSWORD
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        for (const QString& t :
             column(db, s("SELECT table_name FROM information_schema.tables WHERE table_schema "
                          "= current_schema() AND table_type = 'BASE TABLE'"))) {
            if (dialect::isInternalTable(t))
                continue;
            TableFacts& f = tables[t];
            for (const QString& c : column(
                     db,
                     s("SELECT column_name, data_type, is_nullable, coalesce(column_default, ''), "
                       "is_identity, coalesce(collation_name, '') FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND table_name = ? "
                       "ORDER BY ordinal_position"),
                     {t})) {
                const QStringList v = c.split(QLatin1Char('|'));
                // bigint is SQLite's INTEGER; text compares in byte order as SQLite's does.
                QString type = v[1] == s("bigint") ? s("integer") : v[1];
                if (type == s("text") && v[5] != s("C"))
                    type += s(" collate ") + (v[5].isEmpty() ? s("default") : v[5]);
                QString defaultValue = v[3];
                defaultValue.remove(s("::text"));
                f.columns << (v[4] == s("YES")
                                  ? s("column %1.%2 identity").arg(t, v[0])
                                  : columnLine(t, v[0], type, v[2] == s("NO"), defaultValue));
            }
            const char* constraintColumns =
                "SELECT c.contype, string_agg(a.attname, ', ' ORDER BY k.n) FROM pg_constraint c "
                "CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, n) "
                "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum "
                "WHERE c.conrelid = to_regclass(?) AND c.contype IN ('p', 'u') "
                "GROUP BY c.oid, c.contype";
            for (const QString& k : column(db, s(constraintColumns), {t})) {
                const QStringList v = k.split(QLatin1Char('|'));
                f.others
                    << s("%1 %2(%3)").arg(v[0] == s("p") ? s("primary key") : s("unique"), t, v[1]);
            }
            const char* indexes =
                "SELECT i.relname, x.indisunique, (SELECT string_agg(CASE WHEN x.indkey[k - 1] = "
                "0 THEN '<expression>' ELSE pg_get_indexdef(x.indexrelid, k, true) END, ', ' "
                "ORDER BY k) FROM generate_series(1, x.indnkeyatts) AS k) FROM pg_index x "
                "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = to_regclass(?) "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid "
                "AND c.contype IN ('p', 'u'))";
            for (const QString& i : column(db, s(indexes), {t})) {
                const QStringList v = i.split(QLatin1Char('|'));
                f.others << s("index %1 on %2(%3)%4")
                                .arg(v[0], t, v[2], v[1] == s("true") ? s(" unique") : QString());
            }
            const char* references =
                "SELECT a.attname, c.confrelid::regclass::text, r.attname, c.confdeltype FROM "
                "pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = "
                "c.conkey[1] JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = "
                "c.confkey[1] WHERE c.conrelid = to_regclass(?) AND c.contype = 'f'";
            for (const QString& k : column(db, s(references), {t})) {
                const QStringList v = k.split(QLatin1Char('|'));
                REQUIRE(v[2] == s("id"));
                // 'a': no action, the only other kind the schema uses.
                f.others << foreignKeyLine(t, v[0], v[1], v[3] == s("c"));
            }
        }
        // On the server an evidence link goes with its coding by a trigger run as the login
        // that deletes it, not by the key's cascade (pgsecurity.h); it goes all the same.
        const QStringList trigger =
            column(db, s("SELECT count(*) FROM pg_trigger WHERE tgname = 'codings_citations' AND "
                         "tgrelid = to_regclass('codings')"));
        CHECK(trigger == QStringList{s("1")});
        QStringList& others = tables[s("rating_evidence")].others;
        const qsizetype byTrigger = others.indexOf(
            foreignKeyLine(s("rating_evidence"), s("coding_id"), s("codings"), false));
        REQUIRE(byTrigger >= 0);
        others[byTrigger] =
            foreignKeyLine(s("rating_evidence"), s("coding_id"), s("codings"), true);
    }
    QSqlDatabase::removeDatabase(s("schema-pg"));
    return lines(tables);
}

QStringList declaredForeignKeys() {
    QStringList out;
    for (const schema::ForeignKey& k : schema::foreignKeys())
        out << foreignKeyLine(s(k.table), s(k.column), s(k.references), k.cascade);
    out.sort();
    return out;
}

QStringList foreignKeysIn(const QStringList& schemaLines) {
    QStringList out = schemaLines.filter(QRegularExpression(s("^foreign key ")));
    out.sort();
    return out;
}

// What only one side has, for the message of a failed comparison.
std::string difference(const QStringList& a, const QStringList& b) {
    QStringList out;
    for (const QString& line : a) {
        if (!b.contains(line))
            out << s("  only in the first: ") + line;
    }
    for (const QString& line : b) {
        if (!a.contains(line))
            out << s("  only in the second: ") + line;
    }
    return out.join(QLatin1Char('\n')).toStdString();
}

QStringList newSqliteSchema(QTemporaryDir& dir) {
    const QString path = dir.filePath(s("new.situate"));
    REQUIRE(Project::create(path).ok());
    return sqliteSchema(path);
}

} // namespace

TEST_CASE("Undo knows every foreign key of the SQLite schema, and no other") {
    QTemporaryDir dir;
    const QStringList sqlite = newSqliteSchema(dir);
    REQUIRE(sqlite.contains(s("table codings")));
    const QStringList declared = declaredForeignKeys();
    CHECK(declared.size() == QSet<QString>(declared.cbegin(), declared.cend()).size());
    const QStringList found = foreignKeysIn(sqlite);
    INFO("the schema first, foreignkeys.cpp second:\n" << difference(found, declared));
    CHECK(found == declared);
}

TEST_CASE("PostgreSQL: a new project has SQLite's tables, columns, keys, indexes and "
          "foreign keys") {
    if (!test::postgresOrSkip())
        return;
    QTemporaryDir dir;
    const QStringList sqlite = newSqliteSchema(dir);
    test::TempPgDatabase pg;
    INFO(pg.error().toStdString());
    REQUIRE(pg.available());
    REQUIRE(Project::create(pg.url()).ok());
    const QStringList postgres = postgresSchema(pg.url());
    {
        INFO("SQLite first, PostgreSQL second:\n" << difference(sqlite, postgres));
        CHECK(sqlite == postgres);
    }
    INFO("PostgreSQL first, foreignkeys.cpp second:\n"
         << difference(foreignKeysIn(postgres), declaredForeignKeys()));
    CHECK(foreignKeysIn(postgres) == declaredForeignKeys());
}
