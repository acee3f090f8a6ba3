// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/numbertable.h"

#include "core/analysis/xlsxbook.h"
#include "core/io/csv.h"

#include <cmath>

namespace situate {

NumberTable frequencyTable(const FrequencyMatrix& m, CountType type) {
    NumberTable t;
    t.name = countTypeName(type);
    t.corner = m.rowKind;
    for (const MatrixColumn& c : m.columns)
        t.columns << c.key;
    for (const MatrixRow& r : m.rows)
        t.rows << r.path;
    t.values.reserve(m.cells.size());
    for (const MatrixCell& c : m.cells)
        t.values << c.value(type);
    t.hasTotals = true;
    for (const MatrixCell& c : m.rowTotals)
        t.totals << c.value(type);
    t.decimals = type == CountType::Coverage ? 2 : 0;
    return t;
}

NumberTable cooccurrenceTable(const CooccurrenceMatrix& m) {
    NumberTable t;
    t.name = cooccurrenceModeName(m.mode);
    t.corner = QStringLiteral("code");
    for (const MatrixRow& r : m.codes) {
        t.columns << r.path;
        t.rows << r.path;
    }
    for (qint64 n : m.counts)
        t.values << double(n);
    return t;
}

QString formatNumber(double value, int decimals) {
    if (decimals <= 0)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'f', decimals);
}

QByteArray tableCsv(const NumberTable& t, bool bom) {
    csv::Writer w;
    if (bom)
        w.writeBom();
    QStringList header{t.corner};
    header << t.columns;
    if (t.hasTotals)
        header << QStringLiteral("total");
    w.writeRow(header);
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        QVector<csv::Cell> row{t.rows[r]};
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            row << csv::Cell::number(formatNumber(t.at(r, c), t.decimals));
        if (t.hasTotals)
            row << csv::Cell::number(formatNumber(t.totals.value(r), t.decimals));
        w.writeCells(row);
    }
    return w.data();
}

Status saveTablesXlsx(const QString& path, const QVector<NumberTable>& tables,
                      const std::function<bool()>& goOn) {
    XlsxBook book(path);
    for (const NumberTable& t : tables) {
        if (Status st = book.addSheet(t.name); !st)
            return st;
        book.freezeHeader();
        book.setColumnWidth(0, 48);
        book.writeHeader(0, 0, t.corner);
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            book.writeHeader(0, int(c + 1), t.columns[c]);
        if (t.hasTotals)
            book.writeHeader(0, int(t.columns.size() + 1), QStringLiteral("total"));
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            book.writeText(int(r + 1), 0, t.rows[r]);
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                book.writeNumber(int(r + 1), int(c + 1), t.at(r, c), t.decimals);
            if (t.hasTotals)
                book.writeNumber(int(r + 1), int(t.columns.size() + 1), t.totals.value(r),
                                 t.decimals);
        }
        if (goOn && !goOn())
            return Status::failure(QStringLiteral("cancelled"));
    }
    return book.commit();
}

QString tableText(const NumberTable& t) {
    QVector<QStringList> cells;
    QStringList header{t.corner};
    header << t.columns;
    if (t.hasTotals)
        header << QStringLiteral("total");
    cells << header;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        QStringList row{t.rows[r]};
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            row << formatNumber(t.at(r, c), t.decimals);
        if (t.hasTotals)
            row << formatNumber(t.totals.value(r), t.decimals);
        cells << row;
    }
    QVector<qsizetype> width(header.size(), 0);
    for (const QStringList& row : cells) {
        for (qsizetype c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], row[c].size());
    }
    QString out;
    for (qsizetype r = 0; r < cells.size(); ++r) {
        QString line;
        for (qsizetype c = 0; c < cells[r].size(); ++c) {
            if (c == 0)
                line += cells[r][c].leftJustified(width[c]);
            else
                line += QStringLiteral("  ") + cells[r][c].rightJustified(width[c]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace situate
