// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Code frequencies against a dimension (cases, research questions, documents, coders or an
// attribute's values). The counting rules are stated once, in core/analysis/README.md;
// this is their one implementation.

#include "core/analysis/analysisfilter.h"
#include "core/analysis/attributecolumns.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace situate {

class AnalysisContext;

/// What the columns of a frequency matrix are.
enum class Dimension { Case, ResearchQuestion, Document, Coder, Attribute };
/// What a cell counts.
enum class CountType { Codings, Documents, Cases, Characters, Coverage };

QString countTypeName(CountType t); // "codings", "documents", "cases", "characters", "coverage"
bool parseCountType(const QString& name, CountType* out);
QString dimensionName(Dimension d); // "case", "rq", "document", "coder", "attribute"

/// Which matrix to count: rows are codes, columns the values of `by`.
struct FrequencyRequest {
    Dimension by = Dimension::Case;
    qint64 attributeId = 0; // for Dimension::Attribute
    AnalysisFilter filter;
    QVector<qint64> codeIds;  // row codes; empty: every code. Rows are always in tree order.
    bool descendants = false; // a row also counts the codings of the code's sub-codes
    bool rollup = false;      // research questions: also those linked to an ancestor
    /// False when only codings, documents and cases are wanted: characters (and coverage)
    /// are then left 0, and unless the columns are coders frequencyMatrix(s, request) reads
    /// how many codings each code has in each document instead of every coding's position.
    bool characters = true;
};

/// Every count type for one cell, row total or column total.
struct MatrixCell {
    qint64 codings = 0;
    qint64 documents = 0;
    qint64 cases = 0;
    qint64 characters = 0;
    qint64 textLength = 0; // code points of the text the cell is a share of
    /// Characters as a percentage of textLength (0 when there is no text).
    double coverage() const {
        return textLength > 0 ? 100.0 * double(characters) / double(textLength) : 0.0;
    }
    double value(CountType t) const;
};

/// A column: a case, research question, document, coder or attribute value.
struct MatrixColumn {
    QString key;           // case name, question code, document name, coder name or value
    QString title;         // a research question's title; empty otherwise
    qint64 id = 0;         // case, question, document or coder id; 0 for attribute values
    qint64 textLength = 0; // code points of the column's documents (coverage denominator)
};

/// A row: one code (with its descendants when the request asked for them), or a saved query
/// (core/analysis/runfrequency.h; codeId 0, path the query's name).
struct MatrixRow {
    qint64 codeId = 0;
    QString path;
    int depth = 0;
};

/// Codes x dimension counts, every count type at once, ready for a table view or export.
struct FrequencyMatrix {
    Dimension by = Dimension::Case;
    QString attributeName;                    // for Dimension::Attribute
    QString rowKind = QStringLiteral("code"); // what a row is: "code" or "query"
    QVector<MatrixColumn> columns;
    QVector<MatrixRow> rows;
    QVector<MatrixCell> cells;        // rows x columns, row-major
    QVector<MatrixCell> rowTotals;    // per row: the whole filtered project, each unit once
    QVector<MatrixCell> columnTotals; // per column: codings of any row code, each once
    MatrixCell grandTotal;            // any row code, whole filtered project

    const MatrixCell& cell(qsizetype row, qsizetype column) const {
        return cells[row * columns.size() + column];
    }
};

Result<FrequencyMatrix> frequencyMatrix(const Storage& s, const FrequencyRequest& request);
/// The same on an already loaded context (whose filter must be request.filter); one read as
/// code counts gives 0 characters and cannot count by coder.
Result<FrequencyMatrix> frequencyMatrix(const Storage& s, const AnalysisContext& context,
                                        const FrequencyRequest& request);

/// The columns of `request.by` and, for the dimensions the document alone decides (case,
/// document, attribute), each document's memberships, by index into context.documents().
Status frequencyColumns(const Storage& s, const AnalysisContext& context,
                        const FrequencyRequest& request, FrequencyMatrix& m,
                        QVector<QVector<ColumnMembership>>& memberships);

/// Attribute values in display order, as frequency columns show them: a choice list's order,
/// then the other values, numbers ascending, else text order.
QStringList orderedAttributeValues(const Attribute& a, const QSet<QString>& used);

/// A matrix's rows: every code of `context` in tree order, or only those of `codeIds` when it
/// is not empty.
QVector<MatrixRow> matrixRows(const AnalysisContext& context, const QVector<qint64>& codeIds);

} // namespace situate
