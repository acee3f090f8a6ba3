// SPDX-License-Identifier: GPL-3.0-or-later
// Storage for editing texts after coding: the free texts pseudonymisation reads, and erasing
// what a permanent pseudonymisation removed (core/commands/textedits.h, pseudonymise.h).
#include "core/storage/storage.h"

#include "core/storage/dialect.h"
#include "core/storage/pgsecurity.h"
#include "core/storage/storageconnection.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

Result<QVector<std::pair<qint64, QString>>> Storage::readTexts(const QString& table,
                                                               const QString& column) const {
    if (!knownColumn(table, column))
        return Result<QVector<std::pair<qint64, QString>>>::failure(
            Tr::tr("internal error: unknown column %1.%2").arg(table, column));
    const QString c = dialect::column(column);
    Result<QSqlQuery> q = runReadQuery(
        *this,
        QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL AND %1 <> '' ORDER BY id")
            .arg(c, table),
        {}, QStringLiteral("the texts of %1").arg(table));
    if (!q)
        return Status::from(q);
    QVector<std::pair<qint64, QString>> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString()});
    if (Status st = connection(*this).readStatus(*q); !st)
        return st;
    return out;
}

Status Storage::lockDocumentText(qint64 documentId, bool exclusive) const {
    if (!isPostgres(*this))
        return {};
    // The first key names what is locked ("SITU"), the second the document.
    constexpr int textLocks = 0x53495455;
    Result<QSqlQuery> q = runReadQuery(
        *this,
        exclusive ? QStringLiteral("SELECT pg_catalog.pg_advisory_xact_lock(?, ?)")
                  : QStringLiteral("SELECT pg_catalog.pg_advisory_xact_lock_shared(?, ?)"),
        {textLocks, int(documentId)}, QStringLiteral("the document's text lock"));
    return Status::from(q);
}

Result<bool> Storage::mayEditDocuments() const {
    if (!isPostgres(*this))
        return true;
    Result<QSqlQuery> q =
        runReadQuery(*this,
                     QStringLiteral("SELECT pg_catalog.has_table_privilege(current_user, "
                                    "'documents', 'UPDATE')"),
                     {}, QStringLiteral("whether you may edit documents"));
    if (!q)
        return Status::from(q);
    return q->next() && q->value(0).toBool();
}

Status Storage::quickCheck() const {
    if (isPostgres(*this))
        return {};
    Result<QSqlQuery> q =
        runReadQuery(*this, QStringLiteral("PRAGMA quick_check"), {}, QStringLiteral("its pages"));
    if (!q)
        return Status::from(q);
    QStringList problems;
    while (q->next() && problems.size() < 5) {
        const QString line = q->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (problems.isEmpty())
        return {};
    return Status::failure(
        Tr::tr("the project file is damaged (%1)").arg(problems.join(QStringLiteral("; "))),
        ErrorKind::Io);
}

namespace {

// What a pseudonymisation rewrites on PostgreSQL.
const QStringList kRewrittenTables{QStringLiteral("documents"),
                                   QStringLiteral("document_search"),
                                   QStringLiteral("speaker_turns"),
                                   QStringLiteral("codings"),
                                   QStringLiteral("memos"),
                                   QStringLiteral("cases"),
                                   QStringLiteral("attribute_values"),
                                   QStringLiteral("evidence_summaries"),
                                   QStringLiteral("maturity_ratings"),
                                   QStringLiteral("consensus_ratings"),
                                   QStringLiteral("codes")};
// The planner's statistics, which keep samples of column values.
const QString kStatistics = QStringLiteral("pg_catalog.pg_statistic");

// Runs one of the fixed statements below (nothing in them comes from a user).
Result<QSqlQuery> runErase(Storage& storage, const QString& sql) {
    QSqlQuery q(database(storage));
    if (!q.exec(sql))
        return Status::failure(Tr::tr("could not erase the removed text from the "
                                      "project: %1")
                                   .arg(connection(storage).failed(q.lastError()).error()),
                               ErrorKind::Io);
    return q;
}

Status eraseFromFile(Storage& storage) {
    for (const QString& sql :
         {QStringLiteral("PRAGMA secure_delete = ON"),
          // Deleted terms stay in FTS5's segments until they are merged.
          QStringLiteral("INSERT INTO document_fts(document_fts) VALUES ('optimize')"),
          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("VACUUM"),
          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
        Result<QSqlQuery> q = runErase(storage, sql);
        if (!q)
            return Status::from(q);
        // A checkpoint answers (busy, log pages, checkpointed pages): busy means another
        // connection still reads, and the WAL keeps the old pages.
        if (sql.contains(QLatin1String("wal_checkpoint")) && q->next() && q->value(0).toInt() != 0)
            return Status::failure(Tr::tr("could not erase the removed text from the "
                                          "project while another window or process "
                                          "reads it; close it and try again"),
                                   ErrorKind::Conflict);
    }
    return {};
}

// Waits (a few seconds at most) until nothing on the server may still need a row as it was
// before now: VACUUM (FULL) copies such a version, with its TOAST values and index entries,
// into the new files rather than drop it. That is a snapshot in this database (backend_xmin)
// or a transaction in any database of the server (backend_xid: every snapshot, the vacuum's
// own included, keeps the rows it might not see committed), autovacuum's sessions included,
// a prepared transaction or a replication slot, from before the next transaction id; the
// server shows all of them to every login.
Status waitForOlderSnapshots(Storage& storage) {
    Result<QSqlQuery> next =
        runErase(storage, QStringLiteral("SELECT pg_catalog.txid_snapshot_xmax("
                                         "pg_catalog.txid_current_snapshot()) % 4294967296"));
    if (!next)
        return Status::from(next);
    // Past a wraparound the ids go on at 3, the first normal one.
    const qint64 nextId = std::max<qint64>(next->next() ? next->value(0).toLongLong() : 0, 3);
    const QString before = QStringLiteral("pg_catalog.age('%1'::xid)").arg(nextId);
    const QString older =
        QStringLiteral(
            "SELECT (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE pid <> "
            "pg_catalog.pg_backend_pid() AND (pg_catalog.age(backend_xid) > %1 OR (datname = "
            "pg_catalog.current_database() AND pg_catalog.age(backend_xmin) > %1))) + "
            "(SELECT count(*) FROM pg_catalog.pg_prepared_xacts WHERE "
            "pg_catalog.age(transaction) > %1) + (SELECT count(*) FROM "
            "pg_catalog.pg_replication_slots WHERE pg_catalog.age(xmin) > %1)")
            .arg(before);
    constexpr int polls = 50, pollMs = 100;
    for (int poll = 0; poll < polls; ++poll) {
        Result<QSqlQuery> q = runErase(storage, older);
        if (!q)
            return Status::from(q);
        if (!q->next() || q->value(0).toLongLong() == 0)
            return {};
        QThread::msleep(pollMs);
    }
    return Status::failure(Tr::tr("could not erase the removed text from the server's "
                                  "files while the server still runs work that may read "
                                  "the project as it was (a team member's window, a long "
                                  "read, work in another database on the server); try "
                                  "again once it has finished"),
                           ErrorKind::Conflict);
}

Status eraseFromServer(Storage& storage) {
    // The server skips a table its login may not vacuum with a warning, not an error: only the
    // login that owns the tables can erase, and anyone else is told so rather than told it
    // worked.
    const Result<bool> owner = schema::postgres::ownsSchema(database(storage));
    if (!owner)
        return Status::from(owner);
    if (!*owner)
        return Status::failure(
            Tr::tr("the removed text is gone from the project, but only the login that "
                   "published it (the owner of its tables) can erase it from the "
                   "server's files: ask them, or the server's administrator, to run "
                   "VACUUM (FULL, ANALYZE) in the project's database"),
            ErrorKind::Refused);
    const QString tables = kRewrittenTables.join(QStringLiteral(", "));
    // ANALYZE replaces the statistics' samples of the removed text; rewriting the catalog then
    // drops the rows that held them. Only the database's owner or a superuser may rewrite it:
    // for anyone else the server skips it with a warning.
    if (Result<QSqlQuery> q = runErase(storage, QStringLiteral("ANALYZE ") + tables); !q)
        return Status::from(q);
    if (Status st = waitForOlderSnapshots(storage); !st)
        return st;
    return Status::from(
        runErase(storage, QStringLiteral("VACUUM (FULL) %1, %2").arg(tables, kStatistics)));
}

} // namespace

Status Storage::eraseRemovedText() {
    return isPostgres(*this) ? eraseFromServer(*this) : eraseFromFile(*this);
}

} // namespace situate
