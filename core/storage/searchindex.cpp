// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/searchindex.h"

#include "core/storage/storageconnection.h"
#include "core/storage/storagerows.h"

namespace situate {

using storagerows::run;

namespace {

const QString insertTrigger = QStringLiteral("documents_fts_insert");

} // namespace

Result<QString> pauseSearchInserts(Storage& storage) {
    if (isPostgres(storage))
        return QString();
    StorageConnection& c = connection(storage);
    QSqlQuery q = run(c.database(),
                      QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                     "name = ?"),
                      {insertTrigger});
    if (q.lastError().isValid())
        return c.failed(q.lastError());
    if (!q.next())
        return QString(); // none to pause
    const QString sql = q.value(0).toString();
    q = run(c.database(), QStringLiteral("DROP TRIGGER ") + insertTrigger);
    if (q.lastError().isValid())
        return c.failed(q.lastError());
    return sql;
}

Status resumeSearchInserts(Storage& storage, const QString& trigger, qint64 firstId,
                           qint64 lastId) {
    if (trigger.isEmpty())
        return {};
    StorageConnection& c = connection(storage);
    QSqlQuery q = run(c.database(),
                      QStringLiteral("INSERT INTO document_fts(rowid, text) SELECT id, text FROM "
                                     "documents WHERE id BETWEEN ? AND ? ORDER BY id"),
                      {firstId, lastId});
    if (q.lastError().isValid())
        return c.failed(q.lastError());
    q = run(c.database(), trigger);
    if (q.lastError().isValid())
        return c.failed(q.lastError());
    return {};
}

} // namespace situate
