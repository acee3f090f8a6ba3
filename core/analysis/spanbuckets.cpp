// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/spanbuckets.h"

#include <algorithm>
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

bool before(const AnalysisContext::Span& a, const AnalysisContext::Span& b) {
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    return a.id < b.id;
}

} // namespace

IdIndex::IdIndex(const QHash<qint64, int>& ids) {
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

SpanBuckets::SpanBuckets(const IdIndex& documents, const IdIndex& codes, const IdIndex& coders,
                         std::vector<char> wantedCodes, int documentCount)
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
        for (int d = from; d < to; ++d) {
            AnalysisContext::Span* first = out + begin[d];
            AnalysisContext::Span* last = out + begin[d + 1];
            if (!std::is_sorted(first, last, before))
                std::sort(first, last, before);
        }
    });
    m_parts.clear();
}

} // namespace situate
