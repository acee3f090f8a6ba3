// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/evaluationqueries.h"

#include "core/storage/storageconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace situate {

namespace {

std::optional<qint64> firstId(const Storage& s, const QString& sql, const QVariantList& binds) {
    Result<QSqlQuery> q = runReadQuery(s, sql, binds, QStringLiteral("an id"));
    if (q && q->next())
        return q->value(0).toLongLong();
    return std::nullopt;
}

QDateTime fromIso(const QString& s) {
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace

Result<QVector<StoredSummary>> loadEvidenceSummaries(const Storage& s) {
    return readAll<StoredSummary>(
        s,
        QStringLiteral("SELECT id, uuid, row_kind, row_key, column_kind, column_key, "
                       "column_value, text, modified FROM evidence_summaries ORDER BY id"),
        {}, QStringLiteral("the evidence summaries"), [](const QSqlQuery& q) {
            StoredSummary r;
            r.id = q.value(0).toLongLong();
            r.uuid = q.value(1).toString();
            r.rowKind = q.value(2).toString();
            r.rowKey = q.value(3).toString();
            r.columnKind = q.value(4).toString();
            r.columnKey = q.value(5).toString();
            r.columnValue = q.value(6).toString();
            r.text = q.value(7).toString();
            r.modified = fromIso(q.value(8).toString());
            return r;
        });
}

std::optional<qint64> evidenceSummaryId(const Storage& s, const QString& rowKind,
                                        const QString& rowKey, const QString& columnKind,
                                        const QString& columnKey, const QString& columnValue) {
    return firstId(s,
                   QStringLiteral("SELECT id FROM evidence_summaries WHERE row_kind = ? AND "
                                  "row_key = ? AND column_kind = ? AND column_key = ? AND "
                                  "column_value = ?"),
                   // A null QString binds as NULL, which equals nothing; the column
                   // holds '' for "no value".
                   {rowKind, rowKey, columnKind, columnKey,
                    columnValue.isNull() ? QStringLiteral("") : columnValue});
}

Result<QVector<MaturityLevel>> loadMaturityLevels(const Storage& s) {
    return readAll<MaturityLevel>(
        s,
        QStringLiteral("SELECT id, uuid, level, name, descriptor FROM maturity_levels "
                       "ORDER BY level"),
        {}, QStringLiteral("the maturity levels"), [](const QSqlQuery& q) {
            return MaturityLevel{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                                 q.value(3).toString(), q.value(4).toString()};
        });
}

Result<QVector<MaturityRating>> loadMaturityRatings(const Storage& s) {
    Result<QSqlQuery> q = runReadQuery(
        s,
        QStringLiteral("SELECT r.id, r.uuid, r.case_id, c.name, r.coder_id, k.name, r.level, "
                       "r.rationale, r.created, r.modified FROM maturity_ratings r "
                       "JOIN cases c ON c.id = r.case_id JOIN coders k ON k.id = r.coder_id "
                       "ORDER BY c.sort_order, c.name, k.name"),
        {}, QStringLiteral("the maturity ratings"));
    if (!q)
        return Status::from(q);
    QVector<MaturityRating> out;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        MaturityRating r;
        r.id = q->value(0).toLongLong();
        r.uuid = q->value(1).toString();
        r.caseId = q->value(2).toLongLong();
        r.caseName = q->value(3).toString();
        r.coderId = q->value(4).toLongLong();
        r.coderName = q->value(5).toString();
        r.level = q->value(6).toInt();
        r.rationale = q->value(7).toString();
        r.created = fromIso(q->value(8).toString());
        r.modified = fromIso(q->value(9).toString());
        index.insert(r.id, out.size());
        out << r;
    }
    Result<QSqlQuery> e =
        runReadQuery(s,
                     QStringLiteral("SELECT rating_id, coding_id FROM rating_evidence "
                                    "ORDER BY rating_id, coding_id"),
                     {}, QStringLiteral("the rating evidence"));
    if (!e)
        return Status::from(e);
    while (e->next()) {
        const auto it = index.constFind(e->value(0).toLongLong());
        if (it != index.cend())
            out[*it].codingIds << e->value(1).toLongLong();
    }
    return out;
}

Result<QVector<ConsensusRating>> loadConsensusRatings(const Storage& s) {
    return readAll<ConsensusRating>(
        s,
        QStringLiteral("SELECT r.id, r.uuid, r.case_id, c.name, r.level, r.reasoning, "
                       "r.modified FROM consensus_ratings r JOIN cases c ON c.id = r.case_id "
                       "ORDER BY c.sort_order, c.name"),
        {}, QStringLiteral("the consensus ratings"), [](const QSqlQuery& q) {
            return ConsensusRating{
                q.value(0).toLongLong(),       q.value(1).toString(), q.value(2).toLongLong(),
                q.value(3).toString(),         q.value(4).toInt(),    q.value(5).toString(),
                fromIso(q.value(6).toString())};
        });
}

std::optional<qint64> maturityRatingId(const Storage& s, qint64 caseId, qint64 coderId) {
    return firstId(
        s, QStringLiteral("SELECT id FROM maturity_ratings WHERE case_id = ? AND coder_id = ?"),
        {caseId, coderId});
}

std::optional<qint64> ratingEvidenceId(const Storage& s, qint64 ratingId, qint64 codingId) {
    return firstId(
        s, QStringLiteral("SELECT id FROM rating_evidence WHERE rating_id = ? AND coding_id = ?"),
        {ratingId, codingId});
}

QVector<qint64> ratingEvidence(const Storage& s, qint64 ratingId) {
    QVector<qint64> out;
    Result<QSqlQuery> q = runReadQuery(s,
                                       QStringLiteral("SELECT coding_id FROM rating_evidence WHERE "
                                                      "rating_id = ? ORDER BY coding_id"),
                                       {ratingId}, QStringLiteral("the rating evidence"));
    if (q) {
        while (q->next())
            out << q->value(0).toLongLong();
    }
    return out;
}

std::optional<qint64> consensusRatingId(const Storage& s, qint64 caseId) {
    return firstId(s, QStringLiteral("SELECT id FROM consensus_ratings WHERE case_id = ?"),
                   {caseId});
}

qint64 maturityLevelUses(const Storage& s, int level) {
    return firstId(s,
                   QStringLiteral("SELECT (SELECT count(*) FROM maturity_ratings WHERE level = ?)"
                                  " + (SELECT count(*) FROM consensus_ratings WHERE level = ?)"),
                   {level, level})
        .value_or(0);
}

} // namespace situate
