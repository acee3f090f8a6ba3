// SPDX-License-Identifier: GPL-3.0-or-later
// Lists of rows (core/types.h) turned into lookups: by id, as reports and sheets need them to
// name what a coding or a link refers to, and codings by what makes two of them the same.
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace situate {

/// One field of every row, by the row's id: byId(coders, &Coder::name).
template <typename Row, typename Base, typename V>
QHash<qint64, V> byId(const QVector<Row>& rows, V Base::*field) {
    QHash<qint64, V> out;
    for (const Row& row : rows)
        out.insert(row.id, row.*field);
    return out;
}

/// The same for rows as read: the lookup, or the failure that kept them from being read.
template <typename Row, typename Base, typename V>
Result<QHash<qint64, V>> byId(const Result<QVector<Row>>& rows, V Base::*field) {
    if (!rows)
        return Status::from(rows);
    return byId(*rows, field);
}

/// A coding's document, code, coder and span as one key: an import skips a coding whose key
/// is already in the project.
inline QString codingKey(qint64 documentId, qint64 codeId, qint64 coderId, qint64 start,
                         qint64 end) {
    return QStringLiteral("%1:%2:%3:%4:%5")
        .arg(documentId)
        .arg(codeId)
        .arg(coderId)
        .arg(start)
        .arg(end);
}

inline QString codingKey(const Coding& c) {
    return codingKey(c.documentId, c.codeId, c.coderId, c.start, c.end);
}

} // namespace situate
