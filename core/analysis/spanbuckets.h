// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How AnalysisContext::load turns a million coding rows into its per-document spans: each
// row is mapped to indexes on the thread that read it (storage reads in two halves at
// once), then laid out by document and sorted by position on both cores.

#include "core/analysis/analysiscontext.h"
#include "core/storage/analysisqueries.h"

#include <QHash>

#include <vector>

namespace situate {

/// id -> index for rowids, which are small and mostly dense: a plain array when they are,
/// so a million lookups cost a million loads rather than a million hash probes. Reading it
/// from several threads at once is safe.
class SpanIdIndex {
public:
    explicit SpanIdIndex(const QHash<qint64, int>& ids);
    int value(qint64 id) const {
        if (!m_dense.empty())
            return id >= 0 && id < qint64(m_dense.size()) ? m_dense[std::size_t(id)] : -1;
        return m_sparse.value(id, -1);
    }

private:
    std::vector<int> m_dense;
    QHash<qint64, int> m_sparse;
};

/// Receives the codings as storage reads them and keeps those whose document, code and
/// coder are selected (and whose code is wanted), as spans with indexes, each part on its
/// own thread; layOut() then bucket-sorts them by document and sorts each document's by
/// start, end and id.
class SpanBuckets final : public CodingSpanSink {
public:
    /// `wantedCodes`: per code index, whether its codings are kept (empty: all).
    SpanBuckets(const SpanIdIndex& documents, const SpanIdIndex& codes, const SpanIdIndex& coders,
                std::vector<char> wantedCodes, int documentCount);
    void start(int parts, qint64 expected) override;
    void take(int part, const CodingSpan* rows, qsizetype count) override;
    /// The kept spans by document: `begin` gets documentCount + 1 offsets into `spans`.
    /// Frees what was received.
    void layOut(QVector<AnalysisContext::Span>& spans, QVector<qsizetype>& begin);

private:
    struct Placed {
        AnalysisContext::Span span;
        int document = 0;
    };
    struct Part {
        std::vector<Placed> rows;
        std::vector<qsizetype> counts; // kept rows per document
    };
    const SpanIdIndex& m_documents;
    const SpanIdIndex& m_codes;
    const SpanIdIndex& m_coders;
    std::vector<char> m_wanted;
    int m_documentCount;
    std::vector<Part> m_parts;
};

} // namespace situate
