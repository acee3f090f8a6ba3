// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/spanagreement.h"

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

// Merges one coder's spans, already sorted by start then end, into `out` (its room reused):
// mergedSpans without a copy or a sort.
void mergeSorted(const SpanCoding* from, const SpanCoding* to, QVector<Span>& out) {
    out.clear();
    for (const SpanCoding* c = from; c != to; ++c) {
        if (c->end <= c->start)
            continue;
        if (!out.isEmpty() && c->start < out.last().end)
            out.last().end = std::max(out.last().end, c->end);
        else
            out.append({c->start, c->end});
    }
}

// Calls fn(document, code, firstSpans, secondSpans) for each (document, code) with codings,
// in document then code order, the spans already merged per coder. The codings are put in
// their (document, code) slots by a counting sort (one pass to count, one to place), so only
// each pair's few codings are sorted by comparison.
template <typename Fn>
void forEachGroup(int documents, int codes, const QVector<SpanCoding>& codings, Fn fn) {
    const size_t groups = size_t(documents) * size_t(codes);
    const auto slot = [codes](const SpanCoding& c) {
        return size_t(c.document) * size_t(codes) + size_t(c.code);
    };
    std::vector<qsizetype> offsets(groups + 1, 0);
    for (const SpanCoding& c : codings)
        ++offsets[slot(c) + 1];
    for (size_t g = 0; g < groups; ++g)
        offsets[g + 1] += offsets[g];
    std::vector<SpanCoding> placed(static_cast<size_t>(codings.size()));
    {
        std::vector<qsizetype> next(offsets.cbegin(), offsets.cend() - 1);
        for (const SpanCoding& c : codings)
            placed[static_cast<size_t>(next[slot(c)]++)] = c;
    }
    QVector<Span> spans[2];
    for (size_t g = 0; g < groups; ++g) {
        SpanCoding* from = placed.data() + offsets[g];
        SpanCoding* to = placed.data() + offsets[g + 1];
        if (from == to)
            continue;
        std::sort(from, to, [](const SpanCoding& a, const SpanCoding& b) {
            return std::tie(a.coder, a.start, a.end) < std::tie(b.coder, b.start, b.end);
        });
        SpanCoding* second =
            std::find_if(from, to, [](const SpanCoding& c) { return c.coder != 0; });
        mergeSorted(from, second, spans[0]);
        mergeSorted(second, to, spans[1]);
        fn(from->document, from->code, spans[0], spans[1]);
    }
}

} // namespace

QVector<BinaryCounts> characterCountsTable(const QVector<qint64>& documentLengths, int codes,
                                           const QVector<SpanCoding>& codings) {
    QVector<BinaryCounts> table(documentLengths.size() * codes);
    for (qsizetype d = 0; d < documentLengths.size(); ++d)
        for (int c = 0; c < codes; ++c)
            table[d * codes + c].neither = documentLengths[d];
    forEachGroup(
        int(documentLengths.size()), codes, codings,
        [&](int document, int code, const QVector<Span>& first, const QVector<Span>& second) {
            table[qsizetype(document) * codes + code] =
                characterCounts(first, second, documentLengths[document]);
        });
    return table;
}

QVector<SegmentCounts> segmentCountsTable(int documents, int codes,
                                          const QVector<SpanCoding>& codings, double threshold) {
    QVector<SegmentCounts> table(qsizetype(documents) * codes);
    forEachGroup(
        documents, codes, codings,
        [&](int document, int code, const QVector<Span>& first, const QVector<Span>& second) {
            table[qsizetype(document) * codes + code] = segmentCounts(first, second, threshold);
        });
    return table;
}

} // namespace situate
