// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/evaluationcommands.h"

#include "core/commands/common.h"
#include "core/storage/evaluationqueries.h"

#include <QCoreApplication>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::commands)
};
} // namespace

namespace situate {

using detail::newUuid;
using detail::nowIso;

namespace {

Status checkLevel(const Storage& s, int level) {
    Result<QVector<MaturityLevel>> levels = loadMaturityLevels(s);
    if (!levels)
        return Status::from(levels);
    if (levels->isEmpty())
        return Status::failure(Tr::tr("the project has no maturity model yet; define "
                                      "its levels first"));
    for (const MaturityLevel& l : *levels) {
        if (l.level == level)
            return {};
    }
    return Status::failure(Tr::tr("there is no maturity level %1 (the model has levels "
                                  "1 to %2)")
                               .arg(level)
                               .arg(levels->constLast().level),
                           ErrorKind::Invalid);
}

Status checkCase(const Storage& s, qint64 caseId) {
    if (!s.readRow(QStringLiteral("cases"), caseId))
        return Status::failure(Tr::tr("that case no longer exists"), ErrorKind::NotFound);
    return {};
}

} // namespace

Status setEvidenceSummary(Editor& e, const EvidenceRowRef& row, const EvidenceColumnRef& column,
                          const QString& text) {
    if (row.key.isEmpty() || column.key.isEmpty())
        return Status::failure(Tr::tr("a summary needs a row and a column"), ErrorKind::Invalid);
    const QString rowKind = evidenceRowKindName(row.kind);
    const QString columnKind = evidenceColumnKindName(column.kind);
    const QString value = column.kind == EvidenceColumnKind::Case ? QString() : column.value;
    const auto id = evidenceSummaryId(e.storage(), rowKind, row.key, columnKind, column.key, value);
    if (text.trimmed().isEmpty()) {
        if (id)
            return e.remove(QStringLiteral("evidence_summaries"), *id);
        return {};
    }
    const QString now = nowIso();
    if (id)
        return e.update(QStringLiteral("evidence_summaries"), *id,
                        {{QStringLiteral("text"), text}, {QStringLiteral("modified"), now}});
    return Status::from(
        e.insert(QStringLiteral("evidence_summaries"), {{QStringLiteral("uuid"), newUuid()},
                                                        {QStringLiteral("row_kind"), rowKind},
                                                        {QStringLiteral("row_key"), row.key},
                                                        {QStringLiteral("column_kind"), columnKind},
                                                        {QStringLiteral("column_key"), column.key},
                                                        {QStringLiteral("column_value"), value},
                                                        {QStringLiteral("text"), text},
                                                        {QStringLiteral("created"), now},
                                                        {QStringLiteral("modified"), now}}));
}

Status setMaturityLevels(Editor& e, const QVector<MaturityLevel>& levels) {
    if (levels.isEmpty())
        return Status::failure(Tr::tr("a maturity model needs at least one level"),
                               ErrorKind::Invalid);
    for (qsizetype i = 0; i < levels.size(); ++i) {
        if (levels[i].level != int(i) + 1)
            return Status::failure(Tr::tr("maturity levels must be numbered 1, 2, 3, ... in order "
                                          "(found %1 where %2 was expected)")
                                       .arg(levels[i].level)
                                       .arg(i + 1),
                                   ErrorKind::Invalid);
        if (levels[i].name.trimmed().isEmpty())
            return Status::failure(Tr::tr("maturity level %1 has no name").arg(i + 1),
                                   ErrorKind::Invalid);
    }
    Result<QVector<MaturityLevel>> old = loadMaturityLevels(e.storage());
    if (!old)
        return Status::from(old);
    for (const MaturityLevel& l : *old) {
        if (l.level <= levels.size())
            continue;
        if (const qint64 uses = maturityLevelUses(e.storage(), l.level); uses > 0)
            return Status::failure(
                Tr::tr("level %1 (%2) is used by %3 rating(s); change those first")
                    .arg(l.level)
                    .arg(l.name)
                    .arg(uses));
        if (Status s = e.remove(QStringLiteral("maturity_levels"), l.id); !s)
            return s;
    }
    for (const MaturityLevel& l : levels) {
        const QVariantMap values{{QStringLiteral("level"), l.level},
                                 {QStringLiteral("name"), l.name.trimmed()},
                                 {QStringLiteral("descriptor"), l.descriptor.trimmed()}};
        auto existing = std::find_if(old->cbegin(), old->cend(),
                                     [&](const MaturityLevel& o) { return o.level == l.level; });
        if (existing != old->cend()) {
            if (Status s = e.update(QStringLiteral("maturity_levels"), existing->id, values); !s)
                return s;
        } else {
            QVariantMap row = values;
            row.insert(QStringLiteral("uuid"), l.uuid.isEmpty() ? newUuid() : l.uuid);
            if (Result<qint64> id = e.insert(QStringLiteral("maturity_levels"), row); !id)
                return Status::from(id);
        }
    }
    return {};
}

Result<qint64> setMaturityRating(Editor& e, qint64 caseId, qint64 coderId, int level,
                                 const QString& rationale) {
    using R = Result<qint64>;
    if (Status s = checkCase(e.storage(), caseId); !s)
        return s;
    if (!e.storage().readRow(QStringLiteral("coders"), coderId))
        return R::failure(Tr::tr("that coder no longer exists"), ErrorKind::NotFound);
    if (Status s = checkLevel(e.storage(), level); !s)
        return s;
    const QString now = nowIso();
    if (auto id = maturityRatingId(e.storage(), caseId, coderId)) {
        if (Status s = e.update(QStringLiteral("maturity_ratings"), *id,
                                {{QStringLiteral("level"), level},
                                 {QStringLiteral("rationale"), rationale},
                                 {QStringLiteral("modified"), now}});
            !s)
            return s;
        return *id;
    }
    return e.insert(QStringLiteral("maturity_ratings"), {{QStringLiteral("uuid"), newUuid()},
                                                         {QStringLiteral("case_id"), caseId},
                                                         {QStringLiteral("coder_id"), coderId},
                                                         {QStringLiteral("level"), level},
                                                         {QStringLiteral("rationale"), rationale},
                                                         {QStringLiteral("created"), now},
                                                         {QStringLiteral("modified"), now}});
}

Status clearMaturityRating(Editor& e, qint64 caseId, qint64 coderId) {
    const auto id = maturityRatingId(e.storage(), caseId, coderId);
    if (!id)
        return Status::failure(Tr::tr("that coder has not rated that case"), ErrorKind::NotFound);
    return e.remove(QStringLiteral("maturity_ratings"), *id);
}

Status linkRatingEvidence(Editor& e, qint64 ratingId, qint64 codingId) {
    if (!e.storage().readRow(QStringLiteral("maturity_ratings"), ratingId))
        return Status::failure(Tr::tr("that rating no longer exists"), ErrorKind::NotFound);
    if (!e.storage().coding(codingId))
        return Status::failure(Tr::tr("there is no coding %1").arg(codingId), ErrorKind::NotFound);
    if (ratingEvidenceId(e.storage(), ratingId, codingId))
        return {};
    return Status::from(
        e.insert(QStringLiteral("rating_evidence"), {{QStringLiteral("rating_id"), ratingId},
                                                     {QStringLiteral("coding_id"), codingId}}));
}

Status unlinkRatingEvidence(Editor& e, qint64 ratingId, qint64 codingId) {
    const auto id = ratingEvidenceId(e.storage(), ratingId, codingId);
    if (!id)
        return Status::failure(Tr::tr("coding %1 is not evidence for that rating").arg(codingId),
                               ErrorKind::NotFound);
    return e.remove(QStringLiteral("rating_evidence"), *id);
}

Status setRatingEvidence(Editor& e, qint64 ratingId, const QVector<qint64>& codingIds) {
    const QSet<qint64> wanted(codingIds.cbegin(), codingIds.cend());
    for (qint64 have : ratingEvidence(e.storage(), ratingId)) {
        if (!wanted.contains(have)) {
            if (Status s = unlinkRatingEvidence(e, ratingId, have); !s)
                return s;
        }
    }
    for (qint64 id : codingIds) {
        if (Status s = linkRatingEvidence(e, ratingId, id); !s)
            return s;
    }
    return {};
}

Status setConsensusRating(Editor& e, qint64 caseId, int level, const QString& reasoning) {
    if (Status s = checkCase(e.storage(), caseId); !s)
        return s;
    if (Status s = checkLevel(e.storage(), level); !s)
        return s;
    const QString now = nowIso();
    if (auto id = consensusRatingId(e.storage(), caseId))
        return e.update(QStringLiteral("consensus_ratings"), *id,
                        {{QStringLiteral("level"), level},
                         {QStringLiteral("reasoning"), reasoning},
                         {QStringLiteral("modified"), now}});
    return Status::from(
        e.insert(QStringLiteral("consensus_ratings"), {{QStringLiteral("uuid"), newUuid()},
                                                       {QStringLiteral("case_id"), caseId},
                                                       {QStringLiteral("level"), level},
                                                       {QStringLiteral("reasoning"), reasoning},
                                                       {QStringLiteral("created"), now},
                                                       {QStringLiteral("modified"), now}}));
}

Status clearConsensusRating(Editor& e, qint64 caseId) {
    const auto id = consensusRatingId(e.storage(), caseId);
    if (!id)
        return Status::failure(Tr::tr("that case has no consensus rating"), ErrorKind::NotFound);
    return e.remove(QStringLiteral("consensus_ratings"), *id);
}

} // namespace situate
