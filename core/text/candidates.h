// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The candidate finder: what a team may want to pseudonymise, so that it reviews a list
// instead of reading every transcript (the rules are in core/text/README.md).

#include "core/enumnames.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

/// One document as the finder reads it.
struct CandidateSource {
    QString document;     ///< its name, as listed with each candidate
    QString text;         ///< the normalised text
    QStringList speakers; ///< the speaker label of each of its turns, repeats included
};

enum class CandidateKind {
    Speaker, ///< a speaker label
    Name,    ///< a capitalised word, or a run of them, that is not a sentence start
};

inline constexpr EnumName<CandidateKind> candidateKindNames[] = {
    {CandidateKind::Speaker, "speaker"},
    {CandidateKind::Name, "name"},
};

/// A suggestion: its text exactly as it stands in the documents (ready to be a `find`), how
/// often it occurs and where.
struct Candidate {
    QString text;
    CandidateKind kind = CandidateKind::Name;
    qint64 count = 0;      ///< turns for a speaker label, occurrences for a name
    QStringList documents; ///< the documents it occurs in, sorted
    friend bool operator==(const Candidate&, const Candidate&) = default;
};

/// Suggests what to replace across `sources`, by count (highest first), then text, then kind:
/// - every speaker label, with its number of turns;
/// - every run of capitalised words joined by single spaces ("Dr Ama Owusu", "St Mary's
///   Hospital", "Ward 7", "Ama de Souza": digits and a few name particles may continue a run,
///   "Dr." keeps one going), without the common words of a small English stop list at either
///   end ("The Royal Infirmary" gives "Royal Infirmary") and without a possessive "'s";
/// - but a capitalised word right after a sentence end (. ! ? … :), at the start of a line
///   or turn, or after a speaker label counts only when the same word also occurs
///   mid-sentence somewhere (as in "Then Okafor said" or "Dr Okafor"), or is a title;
///   otherwise the run it starts counts without it ("Later Kofi" gives "Kofi").
/// Titles, days, months and stop words alone are never suggested, nor the labels at the
/// start of a turn as names.
QVector<Candidate> findCandidates(const QVector<CandidateSource>& sources);

} // namespace situate
