// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/spanagreement.h"

#include "core/agreement/spangroups.h"

#include <algorithm>
#include <tuple>
#include <vector>

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
        return Coefficient::undefined(QStringLiteral(QT_TRANSLATE_NOOP(
            "situate::AgreementReason", "no segments: neither coder applied the code")));
    return Coefficient::of(100.0 * static_cast<double>(c.agreements) /
                           static_cast<double>(c.total()));
}

Coefficient brennanPredigerKappa(const SegmentCounts& c, int codesCompared) {
    if (codesCompared < 2)
        return Coefficient::undefined(QStringLiteral(QT_TRANSLATE_NOOP(
            "situate::AgreementReason", "only one code compared: chance agreement 1/k is 1")));
    const Coefficient percent = percentAgreement(c);
    if (!percent.defined())
        return percent;
    const double k = codesCompared;
    return Coefficient::of((*percent.value / 100.0 - 1 / k) / (1 - 1 / k));
}

namespace {

size_t groupOf(const SpanCoding& c, int codes) {
    return size_t(c.document) * size_t(codes) + size_t(c.code);
}

} // namespace

QVector<BinaryCounts> characterCountsTable(const QVector<qint64>& documentLengths, int codes,
                                           const QVector<SpanCoding>& codings) {
    QVector<BinaryCounts> table(documentLengths.size() * codes);
    const SpanCoding* begin = codings.constData();
    forEachSpanGroup<SpanCoding>(
        size_t(table.size()), {{begin, begin + codings.size()}},
        [codes](const SpanCoding& c) { return groupOf(c, codes); },
        [&](size_t g, const QVector<Span>& first, const QVector<Span>& second) {
            table[qsizetype(g)] =
                characterCounts(first, second, documentLengths[qsizetype(g) / codes]);
        });
    return table;
}

QVector<SegmentCounts> segmentCountsTable(int documents, int codes,
                                          const QVector<SpanCoding>& codings, double threshold) {
    QVector<SegmentCounts> table(qsizetype(documents) * codes);
    const SpanCoding* begin = codings.constData();
    forEachSpanGroup<SpanCoding>(
        size_t(table.size()), {{begin, begin + codings.size()}},
        [codes](const SpanCoding& c) { return groupOf(c, codes); },
        [&](size_t g, const QVector<Span>& first, const QVector<Span>& second) {
            table[qsizetype(g)] = segmentCounts(first, second, threshold);
        });
    return table;
}

} // namespace situate
