// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/storagerows.h"

#include "core/enumnames.h"
#include "core/storage/compactcolumns.h"

namespace situate::storagerows {

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& s) {
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; for Situate's NOT NULL text columns a null string
// from a default-constructed field means "empty".
QVariant nonNullText(const QVariant& v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

// A query that is prepared, bound and executed in one call; failures are logged in the
// returned query's lastError().
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.prepare(sql)) {
        for (const QVariant& v : binds)
            q.addBindValue(v);
        q.exec();
    }
    return q;
}

std::optional<qint64> firstId(QSqlQuery q) {
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QString ownerColumn(MemoOwner o) {
    // The project has no owner column: enumName() answers "" for a value it lacks.
    static constexpr EnumName<MemoOwner> kColumns[] = {{MemoOwner::Document, "document_id"},
                                                       {MemoOwner::Case, "case_id"},
                                                       {MemoOwner::Code, "code_id"}};
    return enumName(kColumns, o);
}

Coding codingFrom(const QSqlQuery& q) {
    Coding c;
    c.id = q.value(0).toLongLong();
    c.uuid = compact::uuidText(q.value(1));
    c.documentId = q.value(2).toLongLong();
    c.codeId = q.value(3).toLongLong();
    c.coderId = q.value(4).toLongLong();
    c.start = q.value(5).toLongLong();
    c.end = q.value(6).toLongLong();
    c.memo = q.value(7).toString();
    c.created = compact::timeOf(q.value(8));
    c.modified = compact::timeOf(q.value(9));
    return c;
}

const char* const codingColumns =
    "id, uuid, document_id, code_id, coder_id, start, \"end\", memo, created, modified";

} // namespace situate::storagerows
