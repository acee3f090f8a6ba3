// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every matrix leaves Situate in one shape: a labelled grid of numbers. CSV, XLSX and the
// command line's table and JSON views are written from it.

#include "core/analysis/cooccurrence.h"
#include "core/analysis/frequency.h"

#include <QStringList>
#include <QVector>

#include <functional>

namespace situate {

/// A labelled grid of numbers with an optional total per row.
struct NumberTable {
    QString name;           // sheet name, e.g. "codings"
    QString corner;         // header of the label column, e.g. "code"
    QStringList columns;    // column labels
    QStringList rows;       // row labels
    QVector<double> values; // rows x columns, row-major
    bool hasTotals = false;
    QVector<double> totals; // one per row when hasTotals
    int decimals = 0;       // digits after the point when written

    double at(qsizetype row, qsizetype column) const {
        return values[row * columns.size() + column];
    }
};

/// A frequency matrix as a table of one count type, with the row totals as "total".
NumberTable frequencyTable(const FrequencyMatrix& m, CountType type);
/// A co-occurrence matrix as a table (codes by path on both axes).
NumberTable cooccurrenceTable(const CooccurrenceMatrix& m);

/// A number as the exports write it: rounded to a whole number, or with `decimals` digits.
QString formatNumber(double value, int decimals);

/// RFC 4180 CSV (CRLF, formula guard on labels, numbers as numbers), with a UTF-8 BOM when
/// `bom`.
QByteArray tableCsv(const NumberTable& t, bool bom);
/// One sheet per table, numbers as numbers; written atomically. `goOn`, when given, is asked
/// after each table: false abandons the file (nothing is written) and fails with "cancelled".
Status saveTablesXlsx(const QString& path, const QVector<NumberTable>& tables,
                      const std::function<bool()>& goOn = {});
/// Columns aligned with spaces, for a terminal.
QString tableText(const NumberTable& t);

} // namespace situate
