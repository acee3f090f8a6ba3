// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The evidence (framework) matrix: research questions, codes or theory-of-change elements
// against cases or a case attribute's values. Each cell holds the codings that support it
// and the analyst's written summary. Counting follows core/analysis/README.md; the
// cell rules are in core/evaluation/README.md, "Evidence matrix".

#include "core/analysis/analysisfilter.h"
#include "core/analysis/runfrequency.h"
#include "core/result.h"
#include "core/types.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>

namespace situate {

class Storage;

/// What the rows of an evidence matrix are: questions, codes, theory-of-change elements or
/// saved queries (whose cells hold the codings that share a character with the result).
enum class EvidenceRowKind { ResearchQuestion, Code, TocElement, Query };
/// What the columns of an evidence matrix are.
enum class EvidenceColumnKind { Case, Attribute };

QString evidenceRowKindName(EvidenceRowKind k); // "rq", "code", "toc", "queries"
bool parseEvidenceRowKind(const QString& name, EvidenceRowKind* out);
QString evidenceColumnKindName(EvidenceColumnKind k); // "case", "attribute"

/// The theory-of-change elements in the order of the causal chain (None left out).
QVector<TocElement> tocChain();
/// A ToC element's display title ("Context", ..., "Enablers and barriers").
QString tocElementTitle(TocElement e);

/// A row as stored with a summary: a question's uuid, a code's uuid or a ToC element's name.
struct EvidenceRowRef {
    EvidenceRowKind kind = EvidenceRowKind::ResearchQuestion;
    QString key;
    friend bool operator==(const EvidenceRowRef&, const EvidenceRowRef&) = default;
};

/// A column as stored with a summary: a case's uuid, or an attribute's uuid and one value.
struct EvidenceColumnRef {
    EvidenceColumnKind kind = EvidenceColumnKind::Case;
    QString key;   // case uuid or attribute uuid
    QString value; // the attribute value; empty for cases
    friend bool operator==(const EvidenceColumnRef&, const EvidenceColumnRef&) = default;
};

/// Which matrix to build.
struct EvidenceRequest {
    EvidenceRowKind rows = EvidenceRowKind::ResearchQuestion;
    EvidenceColumnKind columns = EvidenceColumnKind::Case;
    qint64 attributeId = 0; // a case attribute, for EvidenceColumnKind::Attribute
    AnalysisFilter filter;
    bool rollup = false;       // rq rows: codings of codes whose ancestor serves the question
    bool descendants = false;  // code rows: also the codings of the code's sub-codes
    QVector<TextRuns> queries; // query rows: each saved query's result (savedQueryRuns)
};

/// One row: a research question, a code, a ToC element or a saved query (key: its name).
struct EvidenceRow {
    EvidenceRowRef ref;
    qint64 id = 0; // question or code id; 0 for ToC elements
    QString label; // "RQ1", a code path, or a ToC element's title
    QString title; // a question's title, a code's definition; empty for ToC elements
    QString text;  // a question's full text
    TocElement toc = TocElement::None; // for ToC rows
    int depth = 0;                     // code rows: depth in the tree
    QVector<qint64> codeIds;           // the codes whose codings the row counts (rq: linked codes)
};

/// One column: a case, or a value of a case attribute.
struct EvidenceColumn {
    EvidenceColumnRef ref;
    qint64 id = 0; // case id; 0 for attribute values
    QString label; // case name or attribute value
};

/// The codings behind one cell, their counts, and the analyst's summary of them.
struct EvidenceCell {
    qint64 codings = 0;
    qint64 documents = 0;      // distinct documents of those codings
    qint64 cases = 0;          // distinct selected cases (for a case column: 0 or 1)
    QVector<qint64> codingIds; // in document order, then start, end and id
    QString summary;           // empty when none was written
    QDateTime summaryModified; // invalid when there is no summary
    bool isGap() const { return codings == 0; }
};

/// A rows x columns evidence matrix, empty cells included so views can show the gaps.
struct EvidenceMatrix {
    EvidenceRowKind rowKind = EvidenceRowKind::ResearchQuestion;
    EvidenceColumnKind columnKind = EvidenceColumnKind::Case;
    QString attributeName; // for attribute columns
    QVector<EvidenceRow> rows;
    QVector<EvidenceColumn> columns;
    QVector<EvidenceCell> cells;     // row-major
    QVector<EvidenceCell> rowTotals; // per row, whole filtered project, each unit once (no summary)
    QVector<TextRuns> queries;       // query rows: each row's result, as the request gave it

    const EvidenceCell& cell(qsizetype row, qsizetype column) const {
        return cells[row * columns.size() + column];
    }
    /// Index of the row / column with that reference, or -1.
    qsizetype rowIndex(const EvidenceRowRef& ref) const;
    qsizetype columnIndex(const EvidenceColumnRef& ref) const;
};

/// Builds the matrix; `cancelled` (may be empty) is polled so a worker thread can stop early,
/// in which case the result is a failure reading "cancelled".
Result<EvidenceMatrix> evidenceMatrix(const Storage& s, const EvidenceRequest& request,
                                      const std::function<bool()>& cancelled = {});

/// A stored cell summary, with readable names for exports.
struct EvidenceSummary {
    qint64 id = 0;
    QString uuid;
    EvidenceRowRef row;
    EvidenceColumnRef column;
    QString rowLabel;    // "RQ1", a code path or a ToC title; the stored key when it is gone
    QString columnLabel; // case name or "ATTRIBUTE=VALUE"; the stored key when it is gone
    QString text;
    QDateTime modified;
};
/// Every stored summary, ordered by row kind, row label and column label.
Result<QVector<EvidenceSummary>> evidenceSummaries(const Storage& s);

/// Resolves a row as a user names it: a question code ("RQ1"), a code path, or a ToC element
/// name ("mechanism", "enabler_barrier") or title.
Result<EvidenceRowRef> resolveEvidenceRow(const Storage& s, EvidenceRowKind kind,
                                          const QString& name);
/// Resolves a column as a user names it: a case name, or "attribute:NAME=VALUE".
Result<EvidenceColumnRef> resolveEvidenceColumn(const Storage& s, const QString& name);

} // namespace situate
