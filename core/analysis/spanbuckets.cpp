// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/spanbuckets.h"

#include <algorithm>
#include <bit>
#include <thread>

namespace situate {

namespace {

// Below this many spans a second thread costs more than it saves.
constexpr qsizetype kBothCoresFrom = 20000;

// Runs work(0) here and, when `both`, work(1) on a second thread at the same time.
template <typename Work> void onCores(bool both, Work work) {
    if (!both) {
        work(0);
        return;
    }
    std::thread second([&] { work(1); });
    work(0);
    second.join();
}

// A type of its own rather than a function pointer, so the sort inlines it.
struct Before {
    bool operator()(const AnalysisContext::Span& a, const AnalysisContext::Span& b) const {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        return a.id < b.id;
    }
};

// Sorts one document's spans by start, end and id. Most of the order is the start's, so the
// spans are first ordered by start alone, with a radix sort of (start, place) integers (two
// passes over a transcript's positions; comparing whole spans cost three times as much), and
// then each run of spans with the same start is put in full order. Buffers are kept from one
// document to the next.
class PositionSort {
public:
    void operator()(AnalysisContext::Span* first, AnalysisContext::Span* last) {
        if (std::is_sorted(first, last, Before{}))
            return;
        const std::size_t n = std::size_t(last - first);
        const int bits = std::bit_width(n);
        const bool fits = std::all_of(first, last, [bits](const AnalysisContext::Span& s) {
            return s.start >= 0 && (quint64(s.start) >> (63 - bits)) == 0;
        });
        if (!fits) {
            std::sort(first, last, Before{});
            return;
        }
        // Least significant byte first over the start's bytes: each pass is stable, so the
        // keys end in start order, ties in their place.
        m_keys.resize(n);
        m_other.resize(n);
        qint64 highest = 0;
        for (std::size_t i = 0; i < n; ++i) {
            m_keys[i] = quint64(first[i].start) << bits | i;
            highest = std::max(highest, first[i].start);
        }
        for (int shift = bits; shift < bits + int(std::bit_width(quint64(highest))); shift += 8) {
            std::size_t count[257] = {};
            for (quint64 k : m_keys)
                ++count[((k >> shift) & 0xff) + 1];
            for (int b = 0; b < 256; ++b)
                count[b + 1] += count[b];
            for (quint64 k : m_keys)
                m_other[count[(k >> shift) & 0xff]++] = k;
            m_keys.swap(m_other);
        }
        const quint64 place = (quint64(1) << bits) - 1;
        m_spans.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            m_spans[i] = first[m_keys[i] & place];
        for (auto run = m_spans.begin(); run != m_spans.end();) {
            const auto end = std::find_if(run + 1, m_spans.end(),
                                          [&](const auto& s) { return s.start != run->start; });
            if (end - run > 1)
                std::sort(run, end, Before{});
            run = end;
        }
        std::copy(m_spans.cbegin(), m_spans.cend(), first);
    }

private:
    std::vector<quint64> m_keys, m_other;
    std::vector<AnalysisContext::Span> m_spans;
};

} // namespace

SpanIdIndex::SpanIdIndex(const QHash<qint64, int>& ids) {
    qint64 max = -1;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        max = std::max(max, it.key());
    if (max >= 0 && max <= 4 * ids.size() + 4096 &&
        std::all_of(ids.keyBegin(), ids.keyEnd(), [](qint64 id) { return id >= 0; })) {
        m_dense.assign(std::size_t(max + 1), -1);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            m_dense[std::size_t(it.key())] = it.value();
    } else {
        m_sparse = ids;
    }
}

SpanBuckets::SpanBuckets(const SpanIdIndex& documents, const SpanIdIndex& codes,
                         const SpanIdIndex& coders, std::vector<char> wantedCodes,
                         int documentCount)
    : m_documents(documents)
    , m_codes(codes)
    , m_coders(coders)
    , m_wanted(std::move(wantedCodes))
    , m_documentCount(documentCount) {}

void SpanBuckets::start(int parts, qint64 expected) {
    m_parts.assign(std::size_t(parts), Part{});
    for (Part& p : m_parts) {
        // Reserved, not touched: only the pages rows are written to are ever made.
        p.rows.reserve(std::size_t(std::clamp<qint64>(expected / parts + 1024, 0, 1 << 24)));
        p.counts.assign(std::size_t(m_documentCount), 0);
    }
}

void SpanBuckets::take(int part, const CodingSpan* rows, qsizetype count) {
    Part& p = m_parts[std::size_t(part)];
    for (const CodingSpan* row = rows; row != rows + count; ++row) {
        const int document = m_documents.value(row->documentId);
        const int code = m_codes.value(row->codeId);
        const int coder = m_coders.value(row->coderId);
        if (document < 0 || code < 0 || coder < 0 ||
            (!m_wanted.empty() && !m_wanted[std::size_t(code)]))
            continue;
        p.rows.push_back(Placed{{row->id, row->start, row->end, code, coder}, document});
        ++p.counts[std::size_t(document)];
    }
}

void SpanBuckets::layOut(QVector<AnalysisContext::Span>& spans, QVector<qsizetype>& begin) {
    if (m_parts.empty())
        start(1, 0); // nothing was read
    // Each part's rows of document d go to their own run inside d's bucket, so the parts
    // are placed at the same time without touching the same slot.
    const std::size_t documents = std::size_t(m_documentCount);
    std::vector<std::vector<qsizetype>> next(m_parts.size(), std::vector<qsizetype>(documents));
    begin.fill(0, m_documentCount + 1);
    for (std::size_t d = 0; d < documents; ++d) {
        qsizetype at = begin[qsizetype(d)];
        for (std::size_t k = 0; k < m_parts.size(); ++k) {
            next[k][d] = at;
            at += m_parts[k].counts[d];
        }
        begin[qsizetype(d) + 1] = at;
    }
    const qsizetype total = begin.last();
    spans.resize(total);
    AnalysisContext::Span* out = spans.data();
    onCores(m_parts.size() == 2, [&](int k) {
        Part& part = m_parts[std::size_t(k)];
        std::vector<qsizetype>& slot = next[std::size_t(k)];
        for (const Placed& p : part.rows)
            out[slot[std::size_t(p.document)]++] = p.span;
        part = Part{};
    });
    // Documents in two runs of about half the spans each, one per core.
    const int split =
        int(std::lower_bound(begin.cbegin(), begin.cend(), total / 2) - begin.cbegin());
    onCores(total >= kBothCoresFrom, [&](int half) {
        const int from = half == 0 ? 0 : split;
        const int to = half == 0 && total >= kBothCoresFrom ? split : m_documentCount;
        PositionSort sort;
        for (int d = from; d < to; ++d)
            sort(out + begin[d], out + begin[d + 1]);
    });
    m_parts.clear();
}

} // namespace situate
