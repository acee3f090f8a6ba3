// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/pgschema.h"

#include "core/storage/pgsecurity.h"
#include "core/storage/schema.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/sqlnames.h"
#include "core/storage/teamroles.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate::schema::postgres {

namespace {

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
            return sqlfailure::statement(q.lastError(), Tr::tr("schema update failed"));
    }
    return {};
}

Status exec(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlfailure::statement(q.lastError(), Tr::tr("schema update failed"));
    return {};
}

Status recordVersion(QSqlDatabase& db, int version) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO situate_meta (key, value) VALUES ('schema_version', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(version));
    if (!q.exec())
        return sqlfailure::statement(q.lastError(), Tr::tr("could not record the schema version"));
    return {};
}

// The schema's quoted name, once a transaction for the statements that go into it has begun.
Result<QString> beginInSchema(QSqlDatabase& db) {
    Result<QString> schema = quotedSchema(db);
    if (!schema)
        return schema;
    if (!db.transaction())
        return sqlfailure::statement(db.lastError(), Tr::tr("could not start a transaction"));
    return schema;
}

Status runStep(QSqlDatabase& db, int step) {
    Result<QString> schema = beginInSchema(db);
    if (!schema)
        return Status::from(schema);
    QStringList statements = stepStatements(step, *schema);
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
        return sqlfailure::statement(db.lastError(), Tr::tr("could not save the schema"));
    return {};
}

// What follows every creation and migration: safe functions, then change notifications.
Status finish(QSqlDatabase& db) {
    if (Status st = harden(db); !st)
        return st;
    return ensureNotifications(db);
}

} // namespace

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
    // DDL is transactional here: a new project's schema arrives whole or not at all.
    Result<QString> schema = beginInSchema(db);
    if (!schema)
        return Status::from(schema);
    for (int v = 0; v < currentVersion(); ++v) {
        for (const QString& sql : stepStatements(v, *schema)) {
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
        return sqlfailure::statement(db.lastError(), Tr::tr("could not save the schema"));
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
