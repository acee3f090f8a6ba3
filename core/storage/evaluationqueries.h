// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reads behind the evaluation module (core/evaluation/): evidence matrix summaries, the
// maturity model, ratings with their evidence links, and consensus ratings. Writes go through
// Editor like every other edit.

#include "core/result.h"
#include "core/storage/storage.h"
#include "core/types.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace situate {

/// One row of evidence_summaries as stored.
struct StoredSummary {
    qint64 id = 0;
    QString uuid;
    QString rowKind; // "rq", "code", "toc"
    QString rowKey;
    QString columnKind; // "case", "attribute"
    QString columnKey;
    QString columnValue;
    QString text;
    QDateTime modified;
};

Result<QVector<StoredSummary>> loadEvidenceSummaries(const Storage& s);
std::optional<qint64> evidenceSummaryId(const Storage& s, const QString& rowKind,
                                        const QString& rowKey, const QString& columnKind,
                                        const QString& columnKey, const QString& columnValue);

/// Levels ascending.
Result<QVector<MaturityLevel>> loadMaturityLevels(const Storage& s);
/// Ratings by case (sort order, name) then coder name, with names and evidence filled in.
Result<QVector<MaturityRating>> loadMaturityRatings(const Storage& s);
Result<QVector<ConsensusRating>> loadConsensusRatings(const Storage& s);

std::optional<qint64> maturityRatingId(const Storage& s, qint64 caseId, qint64 coderId);
std::optional<qint64> ratingEvidenceId(const Storage& s, qint64 ratingId, qint64 codingId);
/// Coding ids linked to a rating, ascending.
QVector<qint64> ratingEvidence(const Storage& s, qint64 ratingId);
std::optional<qint64> consensusRatingId(const Storage& s, qint64 caseId);
/// How many ratings and consensus ratings use `level`.
qint64 maturityLevelUses(const Storage& s, int level);

} // namespace situate
