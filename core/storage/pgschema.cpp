// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/pgschema.h"

#include "core/storage/pgsecurity.h"
#include "core/storage/schema.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/sqlnames.h"
#include "core/storage/teamroles.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace situate::schema::postgres {

namespace {

// What a step does on PostgreSQL beyond its translated SQLite statements: the search index
// (step 2) and the widened ToC CHECK (step 3), which SQLite does by editing its own schema.
QStringList extraStatements(int step, const QString& schema) {
    switch (step) {
    case 0:
        return {QStringLiteral("CREATE TABLE situate_meta (key TEXT COLLATE \"C\" PRIMARY KEY, "
                               "value TEXT NOT NULL)"),
                QStringLiteral("INSERT INTO situate_meta (key, value) VALUES "
                               "('application_id', '%1')")
                    .arg(applicationId)};
    case 1:
        return {
            QStringLiteral("CREATE TABLE document_search (document_id BIGINT PRIMARY KEY "
                           "REFERENCES documents(id) ON DELETE CASCADE, fts tsvector)"),
            QStringLiteral("CREATE INDEX document_search_fts ON document_search USING GIN (fts)"),
            searchFunction(schema),
            QStringLiteral("CREATE TRIGGER documents_search AFTER INSERT OR UPDATE OF text ON "
                           "documents FOR EACH ROW EXECUTE FUNCTION situate_document_search()"),
            QStringLiteral("UPDATE documents SET text = text"),
        };
    case 2:
        return {QStringLiteral(
            "ALTER TABLE codes DROP CONSTRAINT codes_toc_element_check, ADD CONSTRAINT "
            "codes_toc_element_check CHECK (toc_element IN ('', 'context', 'input', 'activity', "
            "'mechanism', 'output', 'outcome', 'impact', 'assumption', 'enabler_barrier'))")};
    default:
        return {};
    }
}

// After the steps, whatever their number: every committed change to a project table tells
// the other clients (LISTEN situate_changes) which table changed, once per statement.
Status ensureNotifications(QSqlDatabase& db) {
    // situate_notify() itself is made by harden(), which runs first.
    QStringList statements;
    QSqlQuery t(db);
    if (!t.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                               "table_schema = current_schema() AND table_type = 'BASE TABLE' "
                               "AND table_name NOT IN ('situate_meta', 'document_search')")))
        return sqlfailure::statement(t.lastError());
    while (t.next()) {
        // Names from the catalogue, quoted by the server.
        QSqlQuery f(db);
        f.prepare(QStringLiteral(
            "SELECT format('CREATE OR REPLACE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I "
            "FOR EACH STATEMENT EXECUTE FUNCTION situate_notify()', ?::text, ?::text)"));
        f.addBindValue(t.value(0).toString() + QStringLiteral("_notify"));
        f.addBindValue(t.value(0).toString());
        if (!f.exec() || !f.next())
            return sqlfailure::statement(f.lastError());
        statements << f.value(0).toString();
    }
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return sqlfailure::statement(q.lastError(), QStringLiteral("schema update failed"));
    }
    return {};
}

Status exec(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlfailure::statement(q.lastError(), QStringLiteral("schema update failed"));
    return {};
}

QStringList stepSql(int step, const QString& schema) {
    QStringList statements;
    for (const QString& sql : schema::stepStatements(step)) {
        const QString pg = translate(sql);
        if (!pg.isEmpty())
            statements << pg;
    }
    statements << extraStatements(step, schema);
    return statements;
}

Status recordVersion(QSqlDatabase& db, int version) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO situate_meta (key, value) VALUES ('schema_version', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(version));
    if (!q.exec())
        return sqlfailure::statement(q.lastError(),
                                     QStringLiteral("could not record the schema version"));
    return {};
}

Status runStep(QSqlDatabase& db, int step) {
    Result<QString> schema = quotedSchema(db);
    if (!schema)
        return Status::from(schema);
    if (!db.transaction())
        return sqlfailure::statement(db.lastError(),
                                     QStringLiteral("could not start a transaction"));
    QStringList statements = stepSql(step, *schema);
    // Two clients opening an older project at once: the second waits here, then finds the
    // step done and stops.
    if (step > 0) {
        statements.prepend(QStringLiteral("LOCK TABLE situate_meta IN EXCLUSIVE MODE"));
    }
    for (const QString& sql : statements) {
        if (Status s = exec(db, sql); !s) {
            db.rollback();
            return s;
        }
        if (step > 0 && sql.startsWith(QLatin1String("LOCK"))) {
            Result<int> v = version(db);
            if (v && *v > step) {
                db.rollback();
                return {};
            }
        }
    }
    // A table the step adds is the team's to read (and, by its kind, to change) from the
    // moment it exists, never left without its grants and row-level security.
    if (Status st = applyTeamGrants(db); !st) {
        db.rollback();
        return st;
    }
    if (Status st = recordVersion(db, step + 1); !st) {
        db.rollback();
        return st;
    }
    if (!db.commit())
        return sqlfailure::statement(db.lastError(), QStringLiteral("could not save the schema"));
    return {};
}

// What follows every creation and migration: safe functions, then change notifications.
Status finish(QSqlDatabase& db) {
    if (Status st = harden(db); !st)
        return st;
    return ensureNotifications(db);
}

} // namespace

QString translate(const QString& sqliteStatement) {
    const QString s = sqliteStatement.trimmed();
    for (const char* skip : {"PRAGMA", "CREATE VIRTUAL TABLE", "CREATE TRIGGER",
                             "UPDATE sqlite_master", "INSERT INTO document_fts"}) {
        if (s.startsWith(QLatin1String(skip)))
            return {};
    }
    QString pg = s;
    static const QRegularExpression pk(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    // Byte order, as SQLite compares text: every list sorted by name comes out the same.
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    static const QRegularExpression end(QStringLiteral("\\bend\\b"));
    // Deferrable, so a copy between engines can insert rows in table order and have the
    // references checked at commit; the default (immediate) is SQLite's.
    static const QRegularExpression reference(
        QStringLiteral("(REFERENCES \\w+\\(id\\)(?: ON DELETE CASCADE)?)"));
    pg.replace(pk, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    pg.replace(integer, QStringLiteral("BIGINT"));
    pg.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    pg.replace(end, QStringLiteral("\"end\""));
    pg.replace(reference, QStringLiteral("\\1 DEFERRABLE INITIALLY IMMEDIATE"));
    pg.replace(QLatin1String("ifnull("), QLatin1String("coalesce("));
    pg.replace(QLatin1String("instr("), QLatin1String("strpos("));
    return pg;
}

Result<int> version(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('situate_meta') IS NOT NULL")) || !q.next())
        return sqlfailure::statement(q.lastError());
    if (!q.value(0).toBool())
        return -1;
    if (!q.exec(QStringLiteral("SELECT value FROM situate_meta WHERE key = 'schema_version'")))
        return sqlfailure::statement(q.lastError());
    return q.next() ? q.value(0).toString().toInt() : 0;
}

Result<bool> isEmpty(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                               "WHERE table_schema = current_schema()")) ||
        !q.next())
        return sqlfailure::statement(q.lastError());
    return q.value(0).toLongLong() == 0;
}

Status create(QSqlDatabase& db) {
    Result<QString> schema = quotedSchema(db);
    if (!schema)
        return Status::from(schema);
    // DDL is transactional here: a new project's schema arrives whole or not at all.
    if (!db.transaction())
        return sqlfailure::statement(db.lastError(),
                                     QStringLiteral("could not start a transaction"));
    for (int v = 0; v < currentVersion(); ++v) {
        for (const QString& sql : stepSql(v, *schema)) {
            if (Status st = exec(db, sql); !st) {
                db.rollback();
                return st;
            }
        }
    }
    if (Status st = recordVersion(db, currentVersion()); !st) {
        db.rollback();
        return st;
    }
    if (Status st = finish(db); !st) {
        db.rollback();
        return st;
    }
    if (!db.commit())
        return sqlfailure::statement(db.lastError(), QStringLiteral("could not save the schema"));
    return {};
}

Status drop(QSqlDatabase& db, const QStringList& tables) {
    if (!db.transaction())
        return sqlfailure::statement(db.lastError());
    QStringList statements;
    for (const QString& t : tables)
        statements << QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(sql::identifier(t));
    statements << QStringLiteral("DROP TABLE IF EXISTS document_search CASCADE")
               << QStringLiteral("DROP TABLE IF EXISTS situate_meta CASCADE")
               << QStringLiteral("DROP FUNCTION IF EXISTS situate_document_search()")
               << QStringLiteral("DROP FUNCTION IF EXISTS situate_coding_citations()")
               << QStringLiteral("DROP FUNCTION IF EXISTS situate_notify()");
    for (const QString& sql : statements) {
        if (Status st = exec(db, sql); !st) {
            db.rollback();
            return st;
        }
    }
    if (!db.commit())
        return sqlfailure::statement(db.lastError());
    return {};
}

Status migrate(QSqlDatabase& db, int fromVersion) {
    for (int v = fromVersion; v < currentVersion(); ++v) {
        if (Status s = runStep(db, v); !s)
            return s;
    }
    // New tables of the steps just run tell the other clients of their changes too, and a
    // project made by an older Situate gets the current protections.
    if (!db.transaction())
        return sqlfailure::statement(db.lastError());
    if (Status st = finish(db); !st) {
        db.rollback();
        return st;
    }
    if (!db.commit())
        return sqlfailure::statement(db.lastError());
    return {};
}

} // namespace situate::schema::postgres
