// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysiscontext.h"
#include "core/analysis/extracts.h"

#include <QSet>

namespace situate {

/// The extracts of a query in list order, without their texts: which codings, and what each
/// row shows besides its text and the coding's own details. A row costs an int beside the
/// coding's span, so a browser holds a million of them and reads texts a page at a time
/// (extractPage); exports walk it document by document (forEachExtract).
class ExtractListing {
public:
    /// Reads the codings of `query` (only the selected codes' when it names codes).
    static Result<ExtractListing> read(const Storage& s, const ExtractQuery& query);
    /// The head of that listing: the rows of the first `documents` documents (in project
    /// order, of those the query names if it names some), read through the codings' document
    /// index, so a long list shows its first rows before every coding is read. Its rows are
    /// the first rows of the whole listing, in the same order.
    static Result<ExtractListing> readHead(const Storage& s, const ExtractQuery& query,
                                           int documents);
    /// Whether this is the whole listing (not a head that left documents out).
    bool isWhole() const { return m_whole; }

    const ExtractQuery& query() const { return m_query; }
    qsizetype size() const { return m_rows.size(); }
    /// Documents with at least one extract.
    qsizetype documentCount() const { return m_documentCount; }
    qint64 codingId(qsizetype row) const { return span(row).id; }
    /// Row `row` without what needs its text or the coding's row: text, context, uuid, memo
    /// and creation time are empty.
    Extract row(qsizetype row) const;

    /// Rows of the context's document `d`: [documentBegin(d), documentBegin(d + 1)).
    qsizetype documentBegin(int d) const { return m_documentBegin[d]; }
    const AnalysisContext& context() const { return m_ctx; }

private:
    const AnalysisContext::Span& span(qsizetype row) const {
        return *(m_ctx.spansBegin(0) + m_rows[row]);
    }
    int documentOf(qsizetype row) const;

    ExtractQuery m_query;
    AnalysisContext m_ctx;
    QVector<int> m_rows;                // per row: index of its span in the context
    QVector<qsizetype> m_documentBegin; // per context document, its first row; then size()
    qsizetype m_documentCount = 0;
    bool m_whole = true;
    QVector<QString> m_paths;               // per code index
    QVector<QStringList> m_questionCodes;   // per code index
    QVector<QStringList> m_cases;           // per document index
    QVector<QStringList> m_attributeValues; // per document index
    QSet<qint64> m_keyQuotes;               // the flagged codings' ids (few)
};

/// Rows [first, first + count) of `listing`, complete: the texts (with the query's context)
/// and details read for just those codings. Pages laid end to end are the whole list.
Result<QVector<Extract>> extractPage(const Storage& s, const ExtractListing& listing,
                                     qsizetype first, qsizetype count);

} // namespace situate
