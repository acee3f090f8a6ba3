// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extractexport.h"

#include "core/analysis/xlsxbook.h"
#include "core/io/csv.h"

#include <QFileInfo>
#include <QSaveFile>

namespace situate {

QStringList extractCsvHeader(const QVector<ExtractAttributeColumn>& attributes) {
    QStringList h{QStringLiteral("coding_id"), QStringLiteral("document"), QStringLiteral("case")};
    for (const ExtractAttributeColumn& a : attributes)
        h << a.header;
    h << QStringLiteral("code") << QStringLiteral("research_questions") << QStringLiteral("coder")
      << QStringLiteral("start") << QStringLiteral("end") << QStringLiteral("text")
      << QStringLiteral("memo") << QStringLiteral("created");
    return h;
}

QStringList extractCsvRow(const Extract& x) {
    QStringList row{x.uuid, x.document, x.cases.join(QLatin1Char(';'))};
    row << x.attributeValues;
    row << x.codePath << x.researchQuestions.join(QLatin1Char(';')) << x.coder
        << QString::number(x.start) << QString::number(x.end) << x.text << x.memo << x.created;
    return row;
}

Status writeExtractsCsv(const Storage& s, const ExtractQuery& query, bool bom,
                        const std::function<Status(const QByteArray&)>& sink, qint64* count) {
    // A fresh writer per chunk keeps memory flat however many extracts there are.
    constexpr int chunkRows = 4096;
    auto writer = std::make_unique<csv::Writer>(true);
    if (bom)
        writer->writeBom();
    writer->writeRow(extractCsvHeader(extractAttributeColumns(s)));
    qint64 written = 0;
    int inChunk = 0;
    Status sinkStatus;
    Status st = forEachExtract(s, query, [&](const Extract& x) {
        writer->writeRow(extractCsvRow(x));
        ++written;
        if (++inChunk < chunkRows)
            return true;
        sinkStatus = sink(writer->data());
        writer = std::make_unique<csv::Writer>(true);
        inChunk = 0;
        return sinkStatus.ok();
    });
    if (!st)
        return st;
    if (!sinkStatus)
        return sinkStatus;
    if (Status last = sink(writer->data()); !last)
        return last;
    if (count)
        *count = written;
    return {};
}

Status saveExtractsCsv(const Storage& s, const ExtractQuery& query, const QString& path, bool bom,
                       qint64* count) {
    const QString name = QFileInfo(path).fileName();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("%1: cannot write: %2").arg(name, f.errorString()));
    Status st = writeExtractsCsv(
        s, query, bom,
        [&](const QByteArray& bytes) {
            if (f.write(bytes) != bytes.size())
                return Status::failure(
                    QStringLiteral("%1: cannot write: %2").arg(name, f.errorString()));
            return Status();
        },
        count);
    if (!st) {
        f.cancelWriting();
        return st;
    }
    if (!f.commit())
        return Status::failure(QStringLiteral("%1: cannot save: %2").arg(name, f.errorString()));
    return {};
}

Status saveExtractsXlsx(const Storage& s, const ExtractQuery& query, const QString& path,
                        qint64* count) {
    XlsxBook book(path);
    if (Status st = book.addSheet(QStringLiteral("Extracts")); !st)
        return st;
    const QVector<ExtractAttributeColumn> attributes = extractAttributeColumns(s);
    const QStringList header = extractCsvHeader(attributes);
    for (int c = 0; c < header.size(); ++c)
        book.writeHeader(0, c, header[c]);
    book.freezeHeader();
    const int first = 3 + int(attributes.size()); // the "code" column
    const int startColumn = first + 3, textColumn = first + 5;
    book.setColumnWidth(0, 38);
    book.setColumnWidth(textColumn, 80);
    book.setColumnWidth(textColumn + 1, 40);
    int row = 0;
    bool full = false;
    Status st = forEachExtract(s, query, [&](const Extract& x) {
        if (row + 1 >= XlsxBook::maxRows) {
            full = true;
            return false;
        }
        ++row;
        const QStringList cells = extractCsvRow(x);
        for (int c = 0; c < cells.size(); ++c) {
            if (c == startColumn || c == startColumn + 1)
                book.writeNumber(row, c, double(c == startColumn ? x.start : x.end));
            else
                book.writeText(row, c, cells[c]);
        }
        return true;
    });
    if (!st)
        return st;
    if (full)
        return Status::failure(QStringLiteral("%1: more extracts than an Excel sheet holds "
                                              "(%2 rows); export them as CSV instead")
                                   .arg(QFileInfo(path).fileName(),
                                        QString::number(XlsxBook::maxRows - 1)));
    if (Status done = book.commit(); !done)
        return done;
    if (count)
        *count = row;
    return {};
}

} // namespace situate
