// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysisfilter.h"
#include "core/analysis/frequency.h"

#include <QVector>

namespace situate {

/// What counts as "together" for two codes.
enum class CooccurrenceMode {
    Overlap,   // the coded text overlaps
    Paragraph, // both touch the same paragraph (a line of text)
    Turn       // both touch the same speaker turn or caption cue
};
QString cooccurrenceModeName(CooccurrenceMode m); // "overlap", "paragraph", "turn"
bool parseCooccurrenceMode(const QString& name, CooccurrenceMode* out);

struct CooccurrenceRequest {
    CooccurrenceMode mode = CooccurrenceMode::Overlap;
    AnalysisFilter filter;
    QVector<qint64> codeIds; // empty: every code, in tree order
    bool descendants = false;
};

/// Codes x codes: how many text units hold both codes (see core/analysis/README.md,
/// "Co-occurrence"). Symmetric; the diagonal counts the units holding the code at all.
struct CooccurrenceMatrix {
    CooccurrenceMode mode = CooccurrenceMode::Overlap;
    QVector<MatrixRow> codes;
    QVector<qint64> counts; // codes x codes, row-major

    qint64 at(qsizetype row, qsizetype column) const { return counts[row * codes.size() + column]; }
};

Result<CooccurrenceMatrix> cooccurrenceMatrix(const Storage& s, const CooccurrenceRequest& request);

} // namespace situate
