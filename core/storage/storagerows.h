// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Row helpers shared by the files that implement Storage (storage.cpp, storagereads.cpp);
// internal to core/storage/.

#include "core/types.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

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

} // namespace situate::storagerows
