// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysisfilter.h"
#include "core/codetree.h"

#include <QHash>
#include <QVector>

namespace situate {

class SpanIdIndex;

/// What every analysis reads once from a project: the filtered documents with their
/// selected cases, the code tree in display order, coders, questions and the codings,
/// bucketed by document and sorted by position (or only how many each code has in each
/// document, Read::CodeCounts), so counting is plain array work.
class AnalysisContext {
public:
    /// A coding as counting sees it: indexes instead of ids.
    struct Span {
        qint64 id = 0;
        qint64 start = 0;
        qint64 end = 0;
        int code = 0;  // index into codeOrder()
        int coder = 0; // index into coders()
    };

    /// How many codings one code has in a document, every coder's together.
    struct CodeCount {
        int code = 0; // index into codeOrder()
        qint64 codings = 0;
    };

    /// What load reads of the codings.
    enum class Read {
        Spans, ///< every selected coding with its position and coder (spansBegin)
        /// Only how many codings each code has in each document (countsBegin), for counts that
        /// need neither positions nor coders: at a million codings a read of one index on both
        /// cores and no sort. A filter that names coders or documents, or `onlyCodes`, reads
        /// spans all the same.
        CodeCounts,
    };

    /// Reads the project through `filter`; with `onlyCodes`, only those codes' codings are
    /// read (the code tree and everything else stay complete).
    static Result<AnalysisContext> load(const Storage& s, const AnalysisFilter& filter,
                                        const QVector<qint64>& onlyCodes = {},
                                        Read read = Read::Spans);

    const CodeTree& tree() const { return m_tree; }
    /// Every code id depth first, parents before children, siblings in order.
    const QVector<qint64>& codeOrder() const { return m_codeOrder; }
    int codeIndex(qint64 codeId) const { return m_codeIndex.value(codeId, -1); }
    /// Depth of codeOrder()[i] (0 at the top).
    int codeDepth(int i) const { return m_codeDepth[i]; }

    /// Documents that pass the filter, in project order.
    const QVector<DocumentInfo>& documents() const { return m_documents; }
    /// Cases that pass the filter (all, when it names no case or case attribute).
    const QVector<Case>& cases() const { return m_cases; }
    /// Indexes into cases() of the selected cases document `d` (an index) belongs to.
    const QVector<int>& casesOf(int d) const { return m_documentCases[d]; }
    /// Coders that pass the filter, by id.
    const QVector<Coder>& coders() const { return m_coders; }
    const QVector<ResearchQuestion>& questions() const { return m_questions; }
    /// Indexes into questions() a code's codings count for: its own links and, with
    /// `rollup`, those of every ancestor.
    QVector<int> questionsOf(int code, bool rollup) const;
    /// Code points of every selected document's text.
    qint64 textLength() const { return m_textLength; }

    /// The selected codings of document `d`, sorted by start, end and id.
    const Span* spansBegin(int d) const { return m_spans.constData() + m_spanBegin[d]; }
    const Span* spansEnd(int d) const { return m_spans.constData() + m_spanBegin[d + 1]; }
    qsizetype spanCount() const { return m_spans.size(); }
    /// Whether the codings were read as code counts (Read::CodeCounts): then there are no
    /// spans, and the counts of document `d` are countsBegin(d) to countsEnd(d), by code.
    bool hasCodeCounts() const { return m_hasCodeCounts; }
    const CodeCount* countsBegin(int d) const { return m_counts.constData() + m_countBegin[d]; }
    const CodeCount* countsEnd(int d) const { return m_counts.constData() + m_countBegin[d + 1]; }

    /// Row code sets: each code alone or, with `descendants`, with its sub-codes. Returns for
    /// every code index the rows (indexes into `rowCodes`) its codings count in.
    QVector<QVector<int>> rowsOfCodes(const QVector<qint64>& rowCodes, bool descendants) const;

private:
    Status readCodeCounts(const Storage& s, const SpanIdIndex& documents, const SpanIdIndex& codes);

    CodeTree m_tree;
    QVector<qint64> m_codeOrder;
    QVector<int> m_codeDepth;
    QHash<qint64, int> m_codeIndex;
    QVector<DocumentInfo> m_documents;
    QVector<Case> m_cases;
    QVector<QVector<int>> m_documentCases;
    QVector<Coder> m_coders;
    QVector<ResearchQuestion> m_questions;
    QVector<QVector<int>> m_codeQuestions; // code index -> own question indexes
    QVector<Span> m_spans;
    QVector<qsizetype> m_spanBegin; // documents().size() + 1 offsets into m_spans
    bool m_hasCodeCounts = false;
    QVector<CodeCount> m_counts;
    QVector<qsizetype> m_countBegin; // documents().size() + 1 offsets into m_counts
    qint64 m_textLength = 0;
};

} // namespace situate
