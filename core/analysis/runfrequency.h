// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Frequency matrices whose rows are not codes but named sets of characters, such as saved
// queries' results. The counting rules are in core/analysis/README.md, "Rows that are
// queries".

#include "core/analysis/frequency.h"
#include "core/analysis/intervals.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <vector>

namespace situate {

/// A named set of characters in each document: by document id, its runs (sorted, disjoint
/// and not touching).
struct TextRuns {
    QString name;
    QHash<qint64, std::vector<Interval>> runs;
};

/// Counts `rows` against `request.by` (request.codeIds and request.descendants are not used;
/// rowKind is "query"). A run counts as one coding would.
Result<FrequencyMatrix> runsFrequencyMatrix(const Storage& s, const FrequencyRequest& request,
                                            const QVector<TextRuns>& rows);

/// How many of `runs` share a character with `with` (both sorted and disjoint), and how many
/// characters they share.
struct RunOverlap {
    qint64 runs = 0;
    qint64 characters = 0;
};
RunOverlap runOverlap(const std::vector<Interval>& runs, const std::vector<Interval>& with);

} // namespace situate
