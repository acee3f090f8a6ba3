// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Maturity ratings of cases (CoPs): a configurable ordinal model of levels, one rating per
// case and coder with a rationale and supporting codings, the coders' agreement on those
// ratings, and a consensus rating per case. Rules: core/evaluation/README.md.

#include "core/agreement/coefficients.h"
#include "core/result.h"
#include "core/types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

class Storage;

/// The model's levels, ascending.
QVector<MaturityLevel> maturityLevels(const Storage& s);
/// Every rating, ordered by case (project order) then coder name.
QVector<MaturityRating> maturityRatings(const Storage& s);
/// Every consensus rating, by case (project order).
QVector<ConsensusRating> consensusRatings(const Storage& s);

/// Reads a levels sheet (CSV with header `level,name,descriptor`; levels must be 1..n with
/// no gap or repeat, names not empty). Errors name the row.
Result<QVector<MaturityLevel>> readMaturityLevelsCsv(const QString& path);

/// Agreement of the coders' ratings: units are cases, values are levels.
struct RatingAgreement {
    QStringList coders;     // compared, in the order asked (default: every coder with a rating,
                            // by name)
    QStringList cases;      // the cases at least one compared coder rated, project order
    int levels = 0;         // categories: the model's number of levels
    qsizetype complete = 0; // cases rated by every compared coder
    qsizetype pairable = 0; // cases rated by at least two
    qsizetype exactAgreements = 0;        // complete cases where all ratings are equal
    Coefficient percentAgreement;         // mean pairwise share of equal ratings, complete cases
    Coefficient krippendorffAlphaOrdinal; // all pairable cases, missing values allowed
    Coefficient weightedKappaLinear;      // exactly two coders, complete cases
    Coefficient weightedKappaQuadratic;   // exactly two coders, complete cases
    QVector<QVector<int>> ratings;        // [case][coder]: level, or 0 when not rated
};
/// Compares the ratings of `coders` (names; empty: every coder who rated a case).
Result<RatingAgreement> ratingAgreement(const Storage& s, const QStringList& coders = {});

} // namespace situate
