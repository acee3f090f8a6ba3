// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Coded extracts: the codings behind a count, with their text, ready for a browser list
// or an export.

#include "core/analysis/analysisfilter.h"
#include "core/analysis/frequency.h"
#include "core/analysis/intervals.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

namespace situate {

/// Which codings to retrieve, on top of the filter.
struct ExtractQuery {
    AnalysisFilter filter;
    QVector<qint64> codeIds;  // empty: every code
    bool descendants = false; // codeIds also select their sub-codes
    qint64 questionId = 0;    // 0: any; else codings that count for this question
    bool rollup = false;      // questions linked to an ancestor count too
    int contextLength = 0;    // code points of text kept before and after each extract
    /// When set, only the codings that share at least one code point with these ranges of
    /// their document (sorted, disjoint; by document id; a document not listed has none):
    /// a coding query's result (`extracts --query NAME`).
    std::shared_ptr<const QHash<qint64, std::vector<Interval>>> within;
    bool keyQuotesOnly = false; // only the codings flagged as key quotes (`--key-quotes`)
    /// When set, told (documents done, documents in all) before each document is read; when
    /// it returns false the reading stops with the failure "cancelled" and an export writes
    /// nothing.
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// One coding with everything an extract list, sheet or report shows.
struct Extract {
    qint64 codingId = 0;
    QString uuid;
    qint64 documentId = 0;
    QString document;
    QStringList cases; // all of the document's cases, in project order
    qint64 codeId = 0;
    QString codePath;
    QStringList researchQuestions; // codes of the questions the coding counts for
    qint64 coderId = 0;
    QString coder;
    qint64 start = 0; // code points, end exclusive
    qint64 end = 0;
    QString text;          // exactly the stored text of [start, end)
    QString before, after; // up to contextLength code points either side
    QString memo;
    QString created;             // ISO 8601 UTC as stored
    QStringList attributeValues; // one per extractAttributeColumns() entry
    bool keyQuote = false;       // flagged as a key quote
};

/// A case or document attribute as a column of the extracts sheet.
struct ExtractAttributeColumn {
    Attribute attribute;
    QString header; // the name, with " (case)" / " (document)" when it would be ambiguous
};
Result<QVector<ExtractAttributeColumn>> extractAttributeColumns(const Storage& s);

/// Calls `visit` for each matching coding in document order, then by start, end and id;
/// stops early when it returns false. Memory stays bounded by one document.
Status forEachExtract(const Storage& s, const ExtractQuery& query,
                      const std::function<bool(const Extract&)>& visit);
Result<QVector<Extract>> extracts(const Storage& s, const ExtractQuery& query);
/// forEachExtract with the key quotes first (in document order), then the others: what a
/// report that shows a few extracts per cell picks.
Status forEachExtractKeyQuotesFirst(const Storage& s, const ExtractQuery& query,
                                    const std::function<bool(const Extract&)>& visit);

/// The query whose extracts are exactly the codings counted in one matrix cell.
ExtractQuery extractQueryForCell(const FrequencyRequest& request, const FrequencyMatrix& matrix,
                                 qsizetype row, qsizetype column);

} // namespace situate
