// SPDX-License-Identifier: GPL-3.0-or-later
// Storage for editing texts after coding: the free texts pseudonymisation reads, and erasing
// what a permanent pseudonymisation removed (core/commands/textedits.h, pseudonymise.h).
#include "core/storage/storage.h"

#include "core/storage/dialect.h"
#include "core/storage/pgsecurity.h"
#include "core/storage/storageconnection.h"

namespace situate {

Result<QVector<std::pair<qint64, QString>>> Storage::readTexts(const QString& table,
                                                               const QString& column) const {
    if (!knownColumn(table, column))
        return Result<QVector<std::pair<qint64, QString>>>::failure(
            QStringLiteral("internal error: unknown column %1.%2").arg(table, column));
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

Status Storage::eraseRemovedText() {
    QSqlDatabase& db = database(*this);
    // The server skips a table its login may not vacuum with a warning, not an error: only the
    // login that owns the tables can erase, and anyone else is told so rather than told it
    // worked.
    if (isPostgres(*this)) {
        const Result<bool> owner = schema::postgres::ownsSchema(db);
        if (!owner)
            return Status::from(owner);
        if (!*owner)
            return Status::failure(
                QStringLiteral("the removed text is gone from the project, but only the login "
                               "that published it (the owner of its tables) can erase it from "
                               "the server's files: ask them, or the server's administrator, to "
                               "run VACUUM (FULL, ANALYZE) in the project's database"),
                ErrorKind::Refused);
    }
    // The statements are fixed text: nothing here comes from a user.
    const QStringList statements =
        isPostgres(*this)
            ? QStringList{QStringLiteral("VACUUM (FULL, ANALYZE) documents, document_search, "
                                         "speaker_turns, codings, memos, cases, "
                                         "attribute_values, evidence_summaries, "
                                         "maturity_ratings, consensus_ratings, codes"),
                          // The planner's statistics sample column values; ANALYZE replaced
                          // the samples of removed text, and rewriting the catalog drops the
                          // rows that held them. Only the database's owner or a superuser may;
                          // for anyone else the server skips it with a warning.
                          QStringLiteral("VACUUM (FULL) pg_catalog.pg_statistic")}
            : QStringList{QStringLiteral("PRAGMA secure_delete = ON"),
                          // Deleted terms stay in FTS5's segments until they are merged.
                          QStringLiteral("INSERT INTO document_fts(document_fts) "
                                         "VALUES ('optimize')"),
                          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                          QStringLiteral("VACUUM"),
                          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")};
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Status::failure(
                QStringLiteral("could not erase the removed text from the project: %1")
                    .arg(connection(*this).failed(q.lastError()).error()),
                ErrorKind::Io);
        // A checkpoint answers (busy, log pages, checkpointed pages): busy means another
        // connection still reads, and the WAL keeps the old pages.
        if (sql.contains(QLatin1String("wal_checkpoint")) && q.next() && q.value(0).toInt() != 0)
            return Status::failure(QStringLiteral("could not erase the removed text from the "
                                                  "project while another window or process "
                                                  "reads it; close it and try again"),
                                   ErrorKind::Conflict);
    }
    return {};
}

} // namespace situate
