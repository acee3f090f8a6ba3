// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/pgsecurity.h"

#include "core/storage/sqlfailure.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate::schema::postgres {

namespace {

// Raised each time harden() learns something new; projects below it are hardened again by
// the next login that owns them.
constexpr int securityVersion = 1;

Status exec(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlfailure::statement(q.lastError(), Tr::tr("schema update failed"));
    return {};
}

// The trigger functions. `%1` stands for the project's schema, quoted by the server, so that
// with the pinned search_path every table is still found, and nothing else.
QStringList functionTemplates() {
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION %1.situate_notify() RETURNS trigger LANGUAGE plpgsql "
            "SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
            "PERFORM pg_catalog.pg_notify('situate_changes', TG_TABLE_NAME::pg_catalog.text); "
            "RETURN NULL; END $$"),
        // Positions in a tsvector stop at 16383 and a tsvector holds at most 1 MB, so a
        // document too large to index gets no vector (NULL) and search always reads it.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION %1.situate_document_search() RETURNS trigger LANGUAGE "
            "plpgsql SET search_path = pg_catalog, pg_temp AS $$ DECLARE v tsvector; BEGIN "
            "BEGIN v := pg_catalog.to_tsvector('pg_catalog.simple'::pg_catalog.regconfig, "
            "NEW.text); EXCEPTION WHEN program_limit_exceeded THEN v := NULL; END; "
            "INSERT INTO %1.document_search (document_id, fts) VALUES (NEW.id, v) "
            "ON CONFLICT (document_id) DO UPDATE SET fts = excluded.fts; "
            "RETURN NULL; END $$"),
        // Runs as the login that deletes the coding, so row-level security decides which
        // evidence links go with it: their own ratings' for a coder, any for an owner.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION %1.situate_coding_citations() RETURNS trigger LANGUAGE "
            "plpgsql SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
            "DELETE FROM %1.rating_evidence WHERE coding_id = OLD.id; RETURN OLD; END $$"),
    };
}

} // namespace

Result<QString> quotedSchema(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_catalog.quote_ident(pg_catalog.current_schema())")) ||
        !q.next())
        return sqlfailure::statement(q.lastError());
    return q.value(0).toString();
}

namespace {

// The foreign key from an evidence link to its coding, if it still cascades.
Result<QString> cascadingCitationKey(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT pg_catalog.quote_ident(conname) FROM pg_catalog.pg_constraint WHERE "
            "conrelid = to_regclass('rating_evidence') AND confrelid = to_regclass('codings') "
            "AND contype = 'f' AND confdeltype = 'c'")))
        return sqlfailure::statement(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

QString searchFunction(const QString& schema) {
    return functionTemplates().at(1).arg(schema);
}

Status harden(QSqlDatabase& db) {
    Result<QString> schema = quotedSchema(db);
    if (!schema)
        return Status::from(schema);
    for (const QString& templ : functionTemplates()) {
        if (Status st = exec(db, templ.arg(*schema)); !st)
            return st;
    }
    Result<QString> key = cascadingCitationKey(db);
    if (!key)
        return Status::from(key);
    if (!key->isEmpty()) {
        if (Status st = exec(db, QStringLiteral("ALTER TABLE %1.rating_evidence DROP CONSTRAINT "
                                                "%2, ADD CONSTRAINT %2 FOREIGN KEY (coding_id) "
                                                "REFERENCES %1.codings(id) DEFERRABLE INITIALLY "
                                                "IMMEDIATE")
                                     .arg(*schema, *key));
            !st)
            return st;
    }
    if (Status st = exec(db, QStringLiteral("CREATE OR REPLACE TRIGGER codings_citations BEFORE "
                                            "DELETE ON %1.codings FOR EACH ROW EXECUTE FUNCTION "
                                            "%1.situate_coding_citations()")
                                 .arg(*schema));
        !st)
        return st;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO situate_meta (key, value) VALUES ('security_version', "
                             "?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(securityVersion));
    if (!q.exec())
        return sqlfailure::statement(q.lastError(), Tr::tr("schema update failed"));
    return {};
}

Result<bool> needsHardening(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM situate_meta WHERE key = 'security_version'")))
        return sqlfailure::statement(q.lastError());
    return !q.next() || q.value(0).toString().toInt() < securityVersion;
}

Result<bool> ownsSchema(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE') "
                               "FROM pg_catalog.pg_class c WHERE c.oid = "
                               "to_regclass('situate_meta')")))
        return sqlfailure::statement(q.lastError());
    return q.next() && q.value(0).toBool();
}

} // namespace situate::schema::postgres
