// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/refiqueries.h"

#include "core/storage/compactcolumns.h"
#include "core/storage/storageconnection.h"

#include <QDateTime>
#include <QSqlQuery>

#include <iterator>

namespace situate::refiqueries {

namespace {

MemoOwner ownerOf(const QString& type) {
    if (type == QLatin1String("document"))
        return MemoOwner::Document;
    if (type == QLatin1String("case"))
        return MemoOwner::Case;
    if (type == QLatin1String("code"))
        return MemoOwner::Code;
    return MemoOwner::Project;
}

} // namespace

QVector<Memo> allMemos(const Storage& storage) {
    QSqlQuery q(database(storage));
    q.setForwardOnly(true);
    QVector<Memo> memos;
    if (!q.exec(QStringLiteral("SELECT id, uuid, owner_type, document_id, case_id, code_id, "
                               "title, text, created, modified FROM memos ORDER BY id")))
        return memos;
    while (q.next()) {
        Memo m;
        m.id = q.value(0).toLongLong();
        m.uuid = q.value(1).toString();
        m.ownerType = ownerOf(q.value(2).toString());
        switch (m.ownerType) {
        case MemoOwner::Document:
            m.ownerId = q.value(3).toLongLong();
            break;
        case MemoOwner::Case:
            m.ownerId = q.value(4).toLongLong();
            break;
        case MemoOwner::Code:
            m.ownerId = q.value(5).toLongLong();
            break;
        case MemoOwner::Project:
            break;
        }
        m.title = q.value(6).toString();
        m.text = q.value(7).toString();
        m.created = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        m.modified = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        memos.append(m);
    }
    return memos;
}

QSet<QString> usedUuids(const Storage& storage, UuidTable table) {
    // Table names come from this fixed list (in UuidTable's order), never from input.
    static const char* const kTables[] = {"documents",          "cases",  "attributes", "codes",
                                          "research_questions", "coders", "codings",    "memos"};
    static_assert(std::size(kTables) == std::size_t(UuidTable::Memos) + 1);
    const QString sql =
        QStringLiteral("SELECT uuid FROM %1").arg(QLatin1String(kTables[std::size_t(table)]));
    QSet<QString> uuids;
    QSqlQuery q(database(storage));
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            uuids.insert(compact::uuidText(q.value(0)).toLower());
    }
    return uuids;
}

} // namespace situate::refiqueries
