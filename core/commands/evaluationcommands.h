// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The evaluation edits (evidence matrix summaries, maturity model, ratings, evidence links,
// consensus). Each takes an Editor, so it runs inside Project::edit() as one undo step.

#include "core/commands/editor.h"
#include "core/evaluation/evidencematrix.h"
#include "core/evaluation/maturity.h"

namespace situate {

/// Sets a cell's summary; empty text removes it.
Status setEvidenceSummary(Editor& e, const EvidenceRowRef& row, const EvidenceColumnRef& column,
                          const QString& text);

/// Replaces the maturity model with `levels` (numbered 1..n, names not empty). Refuses to drop
/// a level that a rating or consensus rating still uses. Rows of unchanged levels are kept.
Status setMaturityLevels(Editor& e, const QVector<MaturityLevel>& levels);

/// Sets (creates or changes) `coder`'s rating of a case; the level must be in the model.
/// Returns the rating's id.
Result<qint64> setMaturityRating(Editor& e, qint64 caseId, qint64 coderId, int level,
                                 const QString& rationale);
/// Removes a coder's rating of a case with its evidence links (no rating: an error).
Status clearMaturityRating(Editor& e, qint64 caseId, qint64 coderId);
/// Links a coding as evidence for a rating (already linked: nothing changes).
Status linkRatingEvidence(Editor& e, qint64 ratingId, qint64 codingId);
Status unlinkRatingEvidence(Editor& e, qint64 ratingId, qint64 codingId);
/// Makes the rating's evidence exactly `codingIds` (links and unlinks as needed).
Status setRatingEvidence(Editor& e, qint64 ratingId, const QVector<qint64>& codingIds);

/// Sets the consensus rating of a case with its reasoning; the level must be in the model.
Status setConsensusRating(Editor& e, qint64 caseId, int level, const QString& reasoning);
Status clearConsensusRating(Editor& e, qint64 caseId);

} // namespace situate
