// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/spanagreement.h"

#include <algorithm>
#include <tuple>

namespace situate {

QVector<Span> mergedSpans(QVector<Span> spans) {
    spans.erase(
        std::remove_if(spans.begin(), spans.end(), [](const Span& s) { return s.end <= s.start; }),
        spans.end());
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    QVector<Span> out;
    out.reserve(spans.size());
    for (const Span& s : spans) {
        if (!out.isEmpty() && s.start < out.last().end)
            out.last().end = std::max(out.last().end, s.end);
        else
            out.append(s);
    }
    return out;
}

qint64 coveredLength(const QVector<Span>& merged) {
    qint64 total = 0;
    for (const Span& s : merged)
        total += s.length();
    return total;
}

qint64 sharedLength(const QVector<Span>& a, const QVector<Span>& b) {
    qint64 shared = 0;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 lo = std::max(a[i].start, b[j].start);
        const qint64 hi = std::min(a[i].end, b[j].end);
        if (hi > lo)
            shared += hi - lo;
        // The span that ends first cannot meet anything further along the other list.
        if (a[i].end <= b[j].end)
            ++i;
        else
            ++j;
    }
    return shared;
}

BinaryCounts characterCounts(const QVector<Span>& first, const QVector<Span>& second,
                             qint64 length) {
    const qint64 a = coveredLength(first);
    const qint64 b = coveredLength(second);
    BinaryCounts c;
    c.both = sharedLength(first, second);
    c.onlyFirst = a - c.both;
    c.onlySecond = b - c.both;
    c.neither = std::max<qint64>(0, length - (a + b - c.both));
    return c;
}

bool segmentsAgree(const Span& a, const Span& b, double threshold) {
    const qint64 overlap = std::min(a.end, b.end) - std::max(a.start, b.start);
    if (overlap <= 0)
        return false;
    const double longer = static_cast<double>(std::max(a.length(), b.length()));
    // The tolerance keeps 0.9 * 30 (27.000000000000004 in binary) from refusing 27 characters.
    return static_cast<double>(overlap) >= threshold * longer - 1e-9 * longer;
}

SegmentCounts segmentCounts(const QVector<Span>& first, const QVector<Span>& second,
                            double threshold, QVector<SegmentPair>* pairs) {
    QVector<SegmentPair> candidates;
    qsizetype i = 0, j = 0;
    while (i < first.size() && j < second.size()) {
        if (segmentsAgree(first[i], second[j], threshold))
            candidates.append({i, j,
                               std::min(first[i].end, second[j].end) -
                                   std::max(first[i].start, second[j].start)});
        if (first[i].end <= second[j].end)
            ++i;
        else
            ++j;
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const SegmentPair& a, const SegmentPair& b) {
            return std::tie(b.overlap, a.first, a.second) < std::tie(a.overlap, b.first, b.second);
        });
    QVector<bool> usedFirst(first.size(), false), usedSecond(second.size(), false);
    SegmentCounts c;
    for (const SegmentPair& p : candidates) {
        if (usedFirst[p.first] || usedSecond[p.second])
            continue;
        usedFirst[p.first] = usedSecond[p.second] = true;
        ++c.agreements;
        if (pairs)
            pairs->append(p);
    }
    c.onlyFirst = first.size() - c.agreements;
    c.onlySecond = second.size() - c.agreements;
    return c;
}

Coefficient percentAgreement(const SegmentCounts& c) {
    if (c.total() == 0)
        return Coefficient::undefined(
            QStringLiteral("no segments: neither coder applied the code"));
    return Coefficient::of(100.0 * static_cast<double>(c.agreements) /
                           static_cast<double>(c.total()));
}

Coefficient brennanPredigerKappa(const SegmentCounts& c, int codesCompared) {
    if (codesCompared < 2)
        return Coefficient::undefined(
            QStringLiteral("only one code compared: chance agreement 1/k is 1"));
    const Coefficient percent = percentAgreement(c);
    if (!percent.defined())
        return percent;
    const double k = codesCompared;
    return Coefficient::of((*percent.value / 100.0 - 1 / k) / (1 - 1 / k));
}

namespace {

// Calls fn(document, code, firstSpans, secondSpans) for each (document, code) with codings,
// the spans already merged per coder.
template <typename Fn> void forEachGroup(QVector<SpanCoding>& codings, Fn fn) {
    std::sort(codings.begin(), codings.end(), [](const SpanCoding& a, const SpanCoding& b) {
        return std::tie(a.document, a.code, a.coder, a.start, a.end) <
               std::tie(b.document, b.code, b.coder, b.start, b.end);
    });
    QVector<Span> spans[2];
    qsizetype i = 0;
    while (i < codings.size()) {
        const int document = codings[i].document;
        const int code = codings[i].code;
        spans[0].clear();
        spans[1].clear();
        for (; i < codings.size() && codings[i].document == document && codings[i].code == code;
             ++i)
            spans[codings[i].coder == 0 ? 0 : 1].append({codings[i].start, codings[i].end});
        fn(document, code, mergedSpans(spans[0]), mergedSpans(spans[1]));
    }
}

} // namespace

QVector<BinaryCounts> characterCountsTable(const QVector<qint64>& documentLengths, int codes,
                                           QVector<SpanCoding> codings) {
    QVector<BinaryCounts> table(documentLengths.size() * codes);
    for (qsizetype d = 0; d < documentLengths.size(); ++d)
        for (int c = 0; c < codes; ++c)
            table[d * codes + c].neither = documentLengths[d];
    forEachGroup(codings, [&](int document, int code, const QVector<Span>& first,
                              const QVector<Span>& second) {
        table[qsizetype(document) * codes + code] =
            characterCounts(first, second, documentLengths[document]);
    });
    return table;
}

QVector<SegmentCounts> segmentCountsTable(int documents, int codes, QVector<SpanCoding> codings,
                                          double threshold) {
    QVector<SegmentCounts> table(qsizetype(documents) * codes);
    forEachGroup(codings, [&](int document, int code, const QVector<Span>& first,
                              const QVector<Span>& second) {
        table[qsizetype(document) * codes + code] = segmentCounts(first, second, threshold);
    });
    return table;
}

} // namespace situate
