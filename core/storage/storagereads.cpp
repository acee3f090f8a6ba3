// SPDX-License-Identifier: GPL-3.0-or-later
// Storage's typed reads: documents, cases, attributes, codes, questions, coders, codings,
// memos and the counts beside them (the rest of Storage is in storage.cpp).
#include "core/storage/storage.h"

#include "core/storage/storageconnection.h"
#include "core/storage/storagerows.h"

namespace situate {

using namespace storagerows;

namespace {

// The columns readDocumentRow() reads, in its order.
const char* const documentRowColumns =
    "id, uuid, name, original_name, format, imported_at, content_hash, length";

// Fills the DocumentRow part of a document from a row that starts with documentRowColumns.
void readDocumentRow(const QSqlQuery& q, DocumentRow& d) {
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.name = q.value(2).toString();
    d.originalName = q.value(3).toString();
    d.format = q.value(4).toString();
    d.importedAt = fromIso(q.value(5).toString());
    d.contentHash = q.value(6).toString();
    d.length = q.value(7).toLongLong();
}

} // namespace

Result<QVector<DocumentInfo>> Storage::documents() const {
    Result<QVector<DocumentInfo>> out = readRows<DocumentInfo>(
        *m_connection,
        run(database(*this), QStringLiteral("SELECT %1 FROM documents ORDER BY sort_order, name")
                                 .arg(QLatin1String(documentRowColumns))),
        [](const QSqlQuery& q) {
            DocumentInfo d;
            readDocumentRow(q, d);
            return d;
        });
    if (!out)
        return out;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < out->size(); ++i)
        index.insert(out->at(i).id, i);
    QSqlQuery c =
        run(database(*this), QStringLiteral("SELECT document_id, case_id FROM document_cases "
                                            "ORDER BY id"));
    if (Status st = readEach(*m_connection, c,
                             [&](const QSqlQuery& r) {
                                 const auto it = index.constFind(r.value(0).toLongLong());
                                 if (it != index.cend())
                                     (*out)[*it].caseIds << r.value(1).toLongLong();
                             });
        !st)
        return st;
    return out;
}

std::optional<Document> Storage::document(qint64 id) const {
    QSqlQuery q = run(database(*this),
                      QStringLiteral("SELECT %1, text FROM documents WHERE id = ?")
                          .arg(QLatin1String(documentRowColumns)),
                      {id});
    if (!q.next())
        return std::nullopt;
    Document d;
    readDocumentRow(q, d);
    d.text = q.value(8).toString();
    Result<QVector<SpeakerTurn>> turns = speakerTurns(id);
    if (!turns)
        return std::nullopt; // read as absent, like a failed lookup
    d.turns = turns.take();
    return d;
}

std::optional<qint64> Storage::documentIdByName(const QString& name) const {
    return firstId(
        run(database(*this), QStringLiteral("SELECT id FROM documents WHERE name = ?"), {name}));
}

std::optional<qint64> Storage::documentIdByHash(const QString& hash) const {
    return firstId(run(database(*this),
                       QStringLiteral("SELECT id FROM documents WHERE content_hash = ?"), {hash}));
}

QString Storage::documentText(qint64 id) const {
    QSqlQuery q =
        run(database(*this), QStringLiteral("SELECT text FROM documents WHERE id = ?"), {id});
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<std::pair<QString, qint64>> Storage::documentNameAndLength(qint64 id) const {
    QSqlQuery q = run(database(*this),
                      QStringLiteral("SELECT name, length FROM documents WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return std::pair<QString, qint64>{q.value(0).toString(), q.value(1).toLongLong()};
}

QString Storage::documentHash(qint64 id) const {
    // The hash is stored before the text, so the text's overflow pages are not read.
    QSqlQuery q = run(database(*this),
                      QStringLiteral("SELECT content_hash FROM documents WHERE id = ?"), {id});
    return q.next() ? q.value(0).toString() : QString();
}

Result<QVector<SpeakerTurn>> Storage::speakerTurns(qint64 documentId) const {
    return readRows<SpeakerTurn>(
        *m_connection,
        run(database(*this),
            QStringLiteral("SELECT speaker, start, \"end\", time_start_ms, time_end_ms FROM "
                           "speaker_turns WHERE document_id = ? ORDER BY start, id"),
            {documentId}),
        [](const QSqlQuery& q) {
            SpeakerTurn t;
            t.speaker = q.value(0).toString();
            t.start = q.value(1).toLongLong();
            t.end = q.value(2).toLongLong();
            t.timeStartMs = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
            t.timeEndMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
            return t;
        });
}

Result<QVector<Case>> Storage::cases() const {
    return readRows<Case>(
        *m_connection,
        run(database(*this), QStringLiteral("SELECT id, uuid, name, description "
                                            "FROM cases ORDER BY sort_order, name")),
        [](const QSqlQuery& q) {
            return Case{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()};
        });
}

std::optional<qint64> Storage::caseIdByName(const QString& name) const {
    return firstId(
        run(database(*this), QStringLiteral("SELECT id FROM cases WHERE name = ?"), {name}));
}

Result<QVector<qint64>> Storage::documentsOfCase(qint64 caseId) const {
    return readRows<qint64>(*m_connection,
                            run(database(*this),
                                QStringLiteral("SELECT document_id FROM document_cases WHERE "
                                               "case_id = ? ORDER BY document_id"),
                                {caseId}),
                            [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Result<QVector<Attribute>> Storage::attributes() const {
    return readRows<Attribute>(
        *m_connection,
        run(database(*this), QStringLiteral("SELECT id, uuid, name, scope, type, choices FROM "
                                            "attributes ORDER BY scope, sort_order, id")),
        [](const QSqlQuery& q) {
            Attribute a;
            a.id = q.value(0).toLongLong();
            a.uuid = q.value(1).toString();
            a.name = q.value(2).toString();
            a.scope = q.value(3).toString() == QLatin1String("case") ? AttributeScope::Case
                                                                     : AttributeScope::Document;
            parseAttributeType(q.value(4).toString(), &a.type);
            const QString choices = q.value(5).toString();
            if (!choices.isEmpty())
                a.choices = choices.split(QLatin1Char('\n'));
            return a;
        });
}

std::optional<Attribute> Storage::attributeByName(AttributeScope scope, const QString& name) const {
    const Result<QVector<Attribute>> all = attributes();
    if (!all)
        return std::nullopt; // read as absent, like a failed lookup
    for (const Attribute& a : *all) {
        if (a.scope == scope && a.name == name)
            return a;
    }
    return std::nullopt;
}

Result<QHash<qint64, QString>> Storage::attributeValues(qint64 attributeId) const {
    return readHash<QString>(*m_connection,
                             run(database(*this),
                                 QStringLiteral("SELECT owner_id, value FROM attribute_values "
                                                "WHERE attribute_id = ?"),
                                 {attributeId}));
}

std::optional<qint64> Storage::attributeValueId(qint64 attributeId, qint64 ownerId) const {
    return firstId(run(database(*this),
                       QStringLiteral("SELECT id FROM attribute_values WHERE attribute_id = ? "
                                      "AND owner_id = ?"),
                       {attributeId, ownerId}));
}

Result<QVector<Code>> Storage::codes() const {
    // The row's version where the engine has one (PostgreSQL's xmin).
    const QString version = m_connection->rowVersionColumn();
    QSqlQuery rows = run(database(*this),
                         QStringLiteral("SELECT id, uuid, coalesce(parent_id, 0), name, colour, "
                                        "definition, inclusion, exclusion, example, "
                                        "toc_element, sort_order%1 FROM codes "
                                        "ORDER BY coalesce(parent_id, 0), sort_order, id")
                             .arg(version));
    return readRows<Code>(*m_connection, std::move(rows), [&](const QSqlQuery& q) {
        Code c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.parentId = q.value(2).toLongLong();
        c.name = q.value(3).toString();
        c.colour = q.value(4).toString();
        c.definition = q.value(5).toString();
        c.inclusion = q.value(6).toString();
        c.exclusion = q.value(7).toString();
        c.example = q.value(8).toString();
        parseTocElement(q.value(9).toString(), &c.toc);
        c.sortOrder = q.value(10).toInt();
        if (!version.isEmpty())
            c.version = q.value(11).toLongLong();
        return c;
    });
}

std::optional<Code> Storage::code(qint64 id) const {
    const Result<QVector<Code>> all = codes();
    if (!all)
        return std::nullopt; // read as absent, like a failed lookup
    for (const Code& c : *all) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

Result<QVector<ResearchQuestion>> Storage::researchQuestions() const {
    return readRows<ResearchQuestion>(
        *m_connection,
        run(database(*this), QStringLiteral("SELECT id, uuid, code, title, text FROM "
                                            "research_questions ORDER BY sort_order, id")),
        [](const QSqlQuery& q) {
            return ResearchQuestion{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString()};
        });
}

std::optional<qint64> Storage::questionIdByCode(const QString& code) const {
    return firstId(run(database(*this),
                       QStringLiteral("SELECT id FROM research_questions WHERE code = ?"), {code}));
}

Result<QHash<qint64, QVector<qint64>>> Storage::codeQuestionLinks() const {
    QHash<qint64, QVector<qint64>> out;
    QSqlQuery q =
        run(database(*this), QStringLiteral("SELECT code_id, question_id FROM code_questions "
                                            "ORDER BY question_id"));
    if (Status st = readEach(
            *m_connection, q,
            [&](const QSqlQuery& r) { out[r.value(0).toLongLong()] << r.value(1).toLongLong(); });
        !st)
        return st;
    return out;
}

std::optional<qint64> Storage::codeQuestionLinkId(qint64 codeId, qint64 questionId) const {
    return firstId(run(database(*this),
                       QStringLiteral("SELECT id FROM code_questions WHERE code_id = ? AND "
                                      "question_id = ?"),
                       {codeId, questionId}));
}

Result<QVector<Coder>> Storage::coders() const {
    return readRows<Coder>(
        *m_connection,
        run(database(*this), QStringLiteral("SELECT id, uuid, name FROM coders ORDER BY id")),
        [](const QSqlQuery& q) {
            return Coder{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        });
}

std::optional<qint64> Storage::coderIdByName(const QString& name) const {
    return firstId(
        run(database(*this), QStringLiteral("SELECT id FROM coders WHERE name = ?"), {name}));
}

Result<QVector<Coding>> Storage::codings(qint64 documentId) const {
    return readRows<Coding>(*m_connection,
                            run(database(*this),
                                QStringLiteral("SELECT %1 FROM codings WHERE document_id = ? "
                                               "ORDER BY start, \"end\", id")
                                    .arg(QLatin1String(codingColumns)),
                                {documentId}),
                            codingFrom);
}

Result<QVector<Coding>> Storage::codingsForView(qint64 documentId) const {
    QSqlQuery rows = run(database(*this),
                         QStringLiteral("SELECT id, document_id, code_id, coder_id, start, "
                                        "\"end\", memo FROM codings WHERE document_id = ? "
                                        "ORDER BY start, \"end\", id"),
                         {documentId});
    return readRows<Coding>(*m_connection, std::move(rows), [](const QSqlQuery& q) {
        Coding c;
        c.id = q.value(0).toLongLong();
        c.documentId = q.value(1).toLongLong();
        c.codeId = q.value(2).toLongLong();
        c.coderId = q.value(3).toLongLong();
        c.start = q.value(4).toLongLong();
        c.end = q.value(5).toLongLong();
        c.memo = q.value(6).toString();
        return c;
    });
}

Result<QVector<Coding>> Storage::allCodings() const {
    return readRows<Coding>(
        *m_connection,
        run(database(*this), QStringLiteral("SELECT %1 FROM codings ORDER BY document_id, "
                                            "start, \"end\", id")
                                 .arg(QLatin1String(codingColumns))),
        codingFrom);
}

std::optional<Coding> Storage::coding(qint64 id) const {
    QSqlQuery q =
        run(database(*this),
            QStringLiteral("SELECT %1 FROM codings WHERE id = ?").arg(QLatin1String(codingColumns)),
            {id});
    if (!q.next())
        return std::nullopt;
    return codingFrom(q);
}

qint64 Storage::codingCount(const QString& column, qint64 id) const {
    if (!knownColumn(QStringLiteral("codings"), column))
        return 0;
    QSqlQuery q =
        run(database(*this),
            QStringLiteral("SELECT count(*) FROM codings WHERE %1 = ?").arg(column), {id});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool Storage::hasMoreCodingsThan(qint64 n) const {
    QSqlQuery q = run(
        database(*this),
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM codings LIMIT ?) AS first"), {n + 1});
    return q.next() && q.value(0).toLongLong() > n;
}

std::optional<Memo> Storage::memo(MemoOwner owner, qint64 ownerId) const {
    QSqlQuery q =
        owner == MemoOwner::Project
            ? run(database(*this), QStringLiteral("SELECT id, uuid, title, text, created, modified "
                                                  "FROM memos WHERE owner_type = 'project' "
                                                  "ORDER BY id LIMIT 1"))
            : run(database(*this),
                  QStringLiteral("SELECT id, uuid, title, text, created, modified FROM "
                                 "memos WHERE %1 = ? ORDER BY id LIMIT 1")
                      .arg(ownerColumn(owner)),
                  {ownerId});
    if (!q.next())
        return std::nullopt;
    Memo m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.ownerType = owner;
    m.ownerId = ownerId;
    m.title = q.value(2).toString();
    m.text = q.value(3).toString();
    m.created = fromIso(q.value(4).toString());
    m.modified = fromIso(q.value(5).toString());
    return m;
}

namespace {

// The query counting codings by `column`, for the coders given (all when none are).
QSqlQuery countBy(const QSqlDatabase& db, const char* column, const QVector<qint64>& coderIds) {
    QString sql = QStringLiteral("SELECT %1, count(*) FROM codings").arg(QLatin1String(column));
    QVariantList binds;
    if (!coderIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : coderIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        sql += QStringLiteral(" WHERE coder_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" GROUP BY %1").arg(QLatin1String(column));
    return run(db, sql, binds);
}

} // namespace

Result<QHash<qint64, qint64>> Storage::countsBy(const char* column,
                                                const QVector<qint64>& coderIds) const {
    return readHash<qint64>(*m_connection, countBy(database(*this), column, coderIds));
}

Result<QHash<qint64, qint64>> Storage::codingCountsByCode(const QVector<qint64>& coderIds) const {
    return countsBy("code_id", coderIds);
}

Result<QHash<qint64, qint64>>
Storage::codingCountsByDocument(const QVector<qint64>& coderIds) const {
    return countsBy("document_id", coderIds);
}

} // namespace situate
