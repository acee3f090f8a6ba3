// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/commands/common.h"
#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::commands)
};
} // namespace

namespace situate {

using detail::isoOf;
using detail::newUuid;
using detail::nowIso;

namespace {

Status checkRange(const Storage& s, qint64 documentId, qint64 start, qint64 end) {
    const auto doc = s.documentNameAndLength(documentId);
    if (!doc)
        return Status::failure(Tr::tr("that document no longer exists"), ErrorKind::NotFound);
    if (start < 0 || end <= start || end > doc->second)
        return Status::failure(Tr::tr("the range %1-%2 is not inside \"%3\" (0-%4)")
                                   .arg(start)
                                   .arg(end)
                                   .arg(doc->first)
                                   .arg(doc->second),
                               ErrorKind::Invalid);
    return {};
}

} // namespace

Result<qint64> ensureCoder(Editor& e, const QString& name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Result<qint64>::failure(Tr::tr("a coder needs a name"), ErrorKind::Invalid);
    if (auto id = e.storage().coderIdByName(n))
        return *id;
    return e.insert(QStringLiteral("coders"),
                    {{QStringLiteral("uuid"), newUuid()}, {QStringLiteral("name"), n}});
}

Status checkTextSeen(Editor& e, qint64 documentId, const QString& seenHash) {
    if (seenHash.isEmpty())
        return {};
    if (Status s = e.storage().lockDocumentText(documentId, false); !s)
        return s;
    if (e.storage().documentHash(documentId) != seenHash)
        return Status::failure(
            Tr::tr("the transcript was edited after you selected this passage, so its "
                   "words may have moved; it is shown as it is now: select the passage "
                   "again (nothing was coded)"),
            ErrorKind::Stale);
    return {};
}

Result<qint64> addCoding(Editor& e, const Coding& c, const QString& seenHash) {
    if (Status s = checkTextSeen(e, c.documentId, seenHash); !s)
        return s;
    if (Status s = checkRange(e.storage(), c.documentId, c.start, c.end); !s)
        return s;
    if (!e.storage().code(c.codeId))
        return Result<qint64>::failure(Tr::tr("that code no longer exists"), ErrorKind::NotFound);
    return insertCoding(e, c);
}

Result<qint64> insertCoding(Editor& e, const Coding& c) {
    const QString created = isoOf(c.created);
    return e.insert(
        QStringLiteral("codings"),
        {{QStringLiteral("uuid"), c.uuid.isEmpty() ? newUuid() : c.uuid},
         {QStringLiteral("document_id"), c.documentId},
         {QStringLiteral("code_id"), c.codeId},
         {QStringLiteral("coder_id"), c.coderId},
         {QStringLiteral("start"), c.start},
         {QStringLiteral("end"), c.end},
         {QStringLiteral("memo"), c.memo},
         {QStringLiteral("created"), created},
         {QStringLiteral("modified"), c.modified.isValid() ? isoOf(c.modified) : created}});
}

Status resizeCoding(Editor& e, qint64 codingId, qint64 start, qint64 end, const QString& seenHash) {
    const auto c = e.storage().coding(codingId);
    if (!c)
        return Status::failure(Tr::tr("that coding no longer exists"), ErrorKind::NotFound);
    if (Status s = checkTextSeen(e, c->documentId, seenHash); !s)
        return s;
    if (Status s = checkRange(e.storage(), c->documentId, start, end); !s)
        return s;
    return e.update(QStringLiteral("codings"), codingId,
                    {{QStringLiteral("start"), start},
                     {QStringLiteral("end"), end},
                     {QStringLiteral("modified"), nowIso()}});
}

Status removeCoding(Editor& e, qint64 codingId) {
    return e.remove(QStringLiteral("codings"), codingId);
}

Status setCodingMemo(Editor& e, qint64 codingId, const QString& memo) {
    return e.update(QStringLiteral("codings"), codingId,
                    {{QStringLiteral("memo"), memo}, {QStringLiteral("modified"), nowIso()}});
}

Status setMemo(Editor& e, MemoOwner owner, qint64 ownerId, const QString& text) {
    const auto existing = e.storage().memo(owner, ownerId);
    if (text.isEmpty())
        return existing ? e.remove(QStringLiteral("memos"), existing->id) : Status();
    if (existing)
        return e.update(QStringLiteral("memos"), existing->id,
                        {{QStringLiteral("text"), text}, {QStringLiteral("modified"), nowIso()}});
    QVariantMap row{{QStringLiteral("uuid"), newUuid()},
                    {QStringLiteral("text"), text},
                    {QStringLiteral("created"), nowIso()},
                    {QStringLiteral("modified"), nowIso()}};
    switch (owner) {
    case MemoOwner::Project:
        row.insert(QStringLiteral("owner_type"), QStringLiteral("project"));
        break;
    case MemoOwner::Document:
        row.insert(QStringLiteral("owner_type"), QStringLiteral("document"));
        row.insert(QStringLiteral("document_id"), ownerId);
        break;
    case MemoOwner::Case:
        row.insert(QStringLiteral("owner_type"), QStringLiteral("case"));
        row.insert(QStringLiteral("case_id"), ownerId);
        break;
    case MemoOwner::Code:
        row.insert(QStringLiteral("owner_type"), QStringLiteral("code"));
        row.insert(QStringLiteral("code_id"), ownerId);
        break;
    }
    return Status::from(e.insert(QStringLiteral("memos"), row));
}

} // namespace situate
