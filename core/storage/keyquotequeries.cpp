// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/keyquotequeries.h"

#include "core/storage/compactcolumns.h"
#include "core/storage/storageconnection.h"

#include <QSqlQuery>

namespace situate {

Result<QSet<qint64>> loadKeyQuoteIds(const Storage& s) {
    Result<QSqlQuery> q = runReadQuery(s, QStringLiteral("SELECT id FROM key_quotes"), {},
                                       QStringLiteral("the key quotes"));
    if (!q)
        return Status::from(q);
    QSet<qint64> out;
    while (q->next())
        out.insert(q->value(0).toLongLong());
    return out;
}

Result<bool> loadIsKeyQuote(const Storage& s, qint64 codingId) {
    Result<QSqlQuery> q = runReadQuery(s, QStringLiteral("SELECT 1 FROM key_quotes WHERE id = ?"),
                                       {codingId}, QStringLiteral("a key quote"));
    if (!q)
        return Status::from(q);
    return q->next();
}

Result<std::optional<qint64>> loadCodingIdByUuid(const Storage& s, const QString& uuid) {
    // No index keeps a coding's uuid (storage/README.md): one pass over the table, fine for
    // the few ids a command names.
    // A file keeps the uuid's bytes (any case of the text matches); a server its text, in
    // the case an import left it.
    const bool server = isPostgres(s);
    Result<QSqlQuery> q = runReadQuery(
        s,
        server ? QStringLiteral("SELECT id FROM codings WHERE lower(uuid) = lower(?) ORDER BY id")
               : QStringLiteral("SELECT id FROM codings WHERE uuid = ? ORDER BY id"),
        {server ? QVariant(uuid)
                : compact::stored(QStringLiteral("codings"), QStringLiteral("uuid"), uuid)},
        QStringLiteral("a coding by its uuid"));
    if (!q)
        return Status::from(q);
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

} // namespace situate
