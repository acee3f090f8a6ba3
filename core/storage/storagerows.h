// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Row helpers shared by the files that implement Storage (storage.cpp, storagereads.cpp);
// internal to core/storage/.

#include "core/result.h"
#include "core/storage/storageconnection.h"
#include "core/types.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace situate::storagerows {

QString iso(const QDateTime& t);
QDateTime fromIso(const QString& s);
/// A null QString binds as SQL NULL; for Situate's NOT NULL text columns a null string
/// from a default-constructed field means "empty".
QVariant nonNullText(const QVariant& v);
/// A query prepared, bound and executed in one call; failures are in its lastError().
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
std::optional<qint64> firstId(QSqlQuery q);
/// The memos column that holds an owner's id ("document_id", ...); empty for the project.
QString ownerColumn(MemoOwner o);
/// A coding from a row of codingColumns, in that order.
Coding codingFrom(const QSqlQuery& q);
extern const char* const codingColumns;

/// Calls `each` with every row of `q`; then the failure that cut the read short, if one did
/// (StorageConnection::readStatus).
template <typename Each>
Status readEach(const StorageConnection& connection, QSqlQuery& q, Each each) {
    while (q.next())
        each(q);
    return connection.readStatus(q);
}

/// The first column of every row of `q` as a key, its second as the value, or the failure
/// that cut the read short.
template <typename V>
Result<QHash<qint64, V>> readHash(const StorageConnection& connection, QSqlQuery q) {
    QHash<qint64, V> out;
    if (Status st = readEach(connection, q,
                             [&](const QSqlQuery& r) {
                                 out.insert(r.value(0).toLongLong(), r.value(1).value<V>());
                             });
        !st)
        return st;
    return out;
}

/// Every row of `q` made into a T by `row`, or the failure that cut the read short.
template <typename T, typename Row>
Result<QVector<T>> readRows(const StorageConnection& connection, QSqlQuery q, Row row) {
    QVector<T> out;
    if (Status st = readEach(connection, q, [&](const QSqlQuery& r) { out << row(r); }); !st)
        return st;
    return out;
}

} // namespace situate::storagerows
