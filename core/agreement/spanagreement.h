// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The character and segment units as interval sweeps: a coder's codings of one code in one
// document are a sorted list of spans, and every count comes from walking two such lists
// side by side, never from an array per character.

#include "core/agreement/coefficients.h"

#include <QVector>

namespace situate {

/// A range of code points [start, end) in one document.
struct Span {
    qint64 start = 0;
    qint64 end = 0;
    qint64 length() const { return end - start; }
    friend bool operator==(const Span&, const Span&) = default;
};

/// Sorts spans and merges those that share at least one character, so a coder's overlapping
/// codings of one code count once. Spans that only touch stay apart; empty spans are dropped.
QVector<Span> mergedSpans(QVector<Span> spans);
/// Characters covered by merged spans.
qint64 coveredLength(const QVector<Span>& merged);
/// Characters covered by both of two merged lists.
qint64 sharedLength(const QVector<Span>& a, const QVector<Span>& b);
/// The 2x2 character counts of two coders' merged spans over a document of `length` characters.
BinaryCounts characterCounts(const QVector<Span>& first, const QVector<Span>& second,
                             qint64 length);

/// Segment-unit counts: matched pairs of segments and the segments left without a partner.
struct SegmentCounts {
    qint64 agreements = 0;
    qint64 onlyFirst = 0;
    qint64 onlySecond = 0;

    qint64 total() const { return agreements + onlyFirst + onlySecond; }
    SegmentCounts& operator+=(const SegmentCounts& o) {
        agreements += o.agreements;
        onlyFirst += o.onlyFirst;
        onlySecond += o.onlySecond;
        return *this;
    }
    friend bool operator==(const SegmentCounts&, const SegmentCounts&) = default;
};

/// A matched pair of segments (indices into the first and second list).
struct SegmentPair {
    qsizetype first = 0;
    qsizetype second = 0;
    qint64 overlap = 0;
};

/// Default share of the longer segment two segments must share to agree.
inline constexpr double defaultSegmentOverlap = 0.9;
/// Whether two segments share at least `threshold` of the longer one's characters.
bool segmentsAgree(const Span& a, const Span& b, double threshold);
/// Matches two coders' merged segments one to one: every overlapping pair that agrees is a
/// candidate; candidates are taken greedily by overlap (largest first, ties by position), each
/// segment at most once. With a threshold above 0.5 no segment has two candidates.
SegmentCounts segmentCounts(const QVector<Span>& first, const QVector<Span>& second,
                            double threshold, QVector<SegmentPair>* pairs = nullptr);
/// agreements / (agreements + only first + only second), as a percentage.
Coefficient percentAgreement(const SegmentCounts& c);
/// Brennan & Prediger's kappa with chance 1/k, k = the number of codes compared.
Coefficient brennanPredigerKappa(const SegmentCounts& c, int codesCompared);

/// One coding reduced to what the sweeps need; `coder` is 0 (first) or 1 (second).
struct SpanCoding {
    int document = 0;
    int code = 0;
    int coder = 0;
    qint64 start = 0;
    qint64 end = 0;
};

/// Counts for every (document, code) pair, at index document * codes + code; a pair nobody
/// coded counts every character as "neither" (character) or nothing (segment). The codings
/// may come in any order; each must name a document and code inside the table.
QVector<BinaryCounts> characterCountsTable(const QVector<qint64>& documentLengths, int codes,
                                           const QVector<SpanCoding>& codings);
QVector<SegmentCounts> segmentCountsTable(int documents, int codes,
                                          const QVector<SpanCoding>& codings, double threshold);

} // namespace situate
