// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extractexport.h"

#include "core/analysis/xlsxbook.h"
#include "core/io/csv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::analysis)
};
} // namespace

namespace situate {

QStringList extractCsvHeader(const QVector<ExtractAttributeColumn>& attributes) {
    QStringList h{QStringLiteral("coding_id"), QStringLiteral("document"), QStringLiteral("case")};
    for (const ExtractAttributeColumn& a : attributes)
        h << a.header;
    h << QStringLiteral("code") << QStringLiteral("research_questions") << QStringLiteral("coder")
      << QStringLiteral("start") << QStringLiteral("end") << QStringLiteral("text")
      << QStringLiteral("memo") << QStringLiteral("created") << QStringLiteral("key_quote");
    return h;
}

QString keyQuoteCell(const Extract& x) {
    return x.keyQuote ? QStringLiteral("yes") : QString();
}

QStringList extractCsvRow(const Extract& x) {
    QStringList row{x.uuid, x.document, x.cases.join(QLatin1Char(';'))};
    row << x.attributeValues;
    row << x.codePath << x.researchQuestions.join(QLatin1Char(';')) << x.coder
        << QString::number(x.start) << QString::number(x.end) << x.text << x.memo << x.created
        << keyQuoteCell(x);
    return row;
}

namespace {

// Cells encoded by csv::Writer (quoting, formula guard) without the record end, so blocks
// that repeat on every row of a document or code are encoded once.
QByteArray encoded(const QVector<csv::Cell>& cells) {
    csv::Writer w;
    w.writeCells(cells);
    QByteArray b = w.data();
    b.chop(2);
    return b;
}

// The document, its cases and its attribute values; values of number attributes are
// written as numbers (a negative value stays a number, not a guarded text).
QVector<csv::Cell> documentCells(const Extract& x,
                                 const QVector<ExtractAttributeColumn>& attributes) {
    QVector<csv::Cell> cells{x.document, x.cases.join(QLatin1Char(';'))};
    for (qsizetype i = 0; i < x.attributeValues.size(); ++i) {
        const bool number =
            i < attributes.size() && attributes[i].attribute.type == AttributeType::Number;
        cells << (number ? csv::Cell::number(x.attributeValues[i])
                         : csv::Cell(x.attributeValues[i]));
    }
    return cells;
}

} // namespace

Status writeExtractsCsv(const Storage& s, const ExtractQuery& query, bool bom,
                        const std::function<Status(const QByteArray&)>& sink, qint64* count) {
    // Flushed every few megabytes, so memory stays flat however many extracts there are.
    constexpr qsizetype chunkBytes = 4 << 20;
    csv::Writer head;
    if (bom)
        head.writeBom();
    const Result<QVector<ExtractAttributeColumn>> columns = extractAttributeColumns(s);
    if (!columns)
        return Status::from(columns);
    const QVector<ExtractAttributeColumn>& attributes = *columns;
    head.writeRow(extractCsvHeader(attributes));
    QByteArray chunk = head.data();
    const char sep = csv::separator(); // the one every csv::Writer here uses
    chunk.reserve(chunkBytes + (64 << 10));
    qint64 written = 0, lastDocument = -1;
    QByteArray documentBlock;
    QHash<qint64, QByteArray> codeBlocks, coderBlocks;
    Status sinkStatus;
    Status st = forEachExtract(s, query, [&](const Extract& x) {
        if (x.documentId != lastDocument) {
            lastDocument = x.documentId;
            documentBlock = encoded(documentCells(x, attributes));
        }
        auto code = codeBlocks.find(x.codeId);
        if (code == codeBlocks.end())
            code = codeBlocks.insert(
                x.codeId, encoded({x.codePath, x.researchQuestions.join(QLatin1Char(';'))}));
        auto coder = coderBlocks.find(x.coderId);
        if (coder == coderBlocks.end())
            coder = coderBlocks.insert(x.coderId, encoded({x.coder}));
        chunk += encoded({x.uuid});
        chunk += sep;
        chunk += documentBlock;
        chunk += sep;
        chunk += *code;
        chunk += sep;
        chunk += *coder;
        chunk += sep;
        chunk += QByteArray::number(x.start);
        chunk += sep;
        chunk += QByteArray::number(x.end);
        chunk += sep;
        chunk += encoded({x.text, x.memo, x.created, keyQuoteCell(x)});
        chunk += "\r\n";
        ++written;
        if (chunk.size() < chunkBytes)
            return true;
        sinkStatus = sink(chunk);
        chunk.resize(0); // keeps the buffer for the next chunk
        return sinkStatus.ok();
    });
    if (!st)
        return st;
    if (!sinkStatus)
        return sinkStatus;
    if (Status last = sink(chunk); !last)
        return last;
    if (count)
        *count = written;
    return {};
}

namespace {

// What `write` streams, into `path` atomically: complete, or the file as it was.
Status
saveStreamed(const QString& path,
             const std::function<Status(const std::function<Status(const QByteArray&)>&)>& write) {
    const QString name = QFileInfo(path).fileName();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("%1: cannot write: %2").arg(name, f.errorString()),
                               ErrorKind::Io);
    Status st = write([&](const QByteArray& bytes) {
        if (f.write(bytes) != bytes.size())
            return Status::failure(Tr::tr("%1: cannot write: %2").arg(name, f.errorString()),
                                   ErrorKind::Io);
        return Status();
    });
    if (!st) {
        f.cancelWriting();
        return st;
    }
    if (!f.commit())
        return Status::failure(Tr::tr("%1: cannot save: %2").arg(name, f.errorString()),
                               ErrorKind::Io);
    return {};
}

} // namespace

Status saveExtractsCsv(const Storage& s, const ExtractQuery& query, const QString& path, bool bom,
                       qint64* count) {
    return saveStreamed(
        path, [&](const auto& sink) { return writeExtractsCsv(s, query, bom, sink, count); });
}

Status writeExtractsJson(const Storage& s, const ExtractQuery& query,
                         const std::function<Status(const QByteArray&)>& sink, qint64* count) {
    const Result<QVector<ExtractAttributeColumn>> columns = extractAttributeColumns(s);
    if (!columns)
        return Status::from(columns);
    QByteArray chunk = "[";
    qint64 written = 0;
    Status sinkStatus;
    Status st = forEachExtract(s, query, [&](const Extract& x) {
        QJsonObject attributes;
        for (qsizetype i = 0; i < columns->size() && i < x.attributeValues.size(); ++i)
            attributes.insert(columns->at(i).header, x.attributeValues[i]);
        const QJsonObject o{
            {QStringLiteral("coding_id"), x.uuid},
            {QStringLiteral("document"), x.document},
            {QStringLiteral("cases"), QJsonArray::fromStringList(x.cases)},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("code"), x.codePath},
            {QStringLiteral("research_questions"), QJsonArray::fromStringList(x.researchQuestions)},
            {QStringLiteral("coder"), x.coder},
            {QStringLiteral("start"), double(x.start)},
            {QStringLiteral("end"), double(x.end)},
            {QStringLiteral("text"), x.text},
            {QStringLiteral("memo"), x.memo},
            {QStringLiteral("created"), x.created},
            {QStringLiteral("key_quote"), x.keyQuote}};
        chunk += written++ == 0 ? "\n" : ",\n";
        chunk += QJsonDocument(o).toJson(QJsonDocument::Compact);
        if (chunk.size() < (4 << 20))
            return true;
        sinkStatus = sink(chunk);
        chunk.resize(0);
        return sinkStatus.ok();
    });
    if (!st)
        return st;
    if (!sinkStatus)
        return sinkStatus;
    chunk += "\n]\n";
    if (Status last = sink(chunk); !last)
        return last;
    if (count)
        *count = written;
    return {};
}

Status saveExtractsJson(const Storage& s, const ExtractQuery& query, const QString& path,
                        qint64* count) {
    return saveStreamed(path,
                        [&](const auto& sink) { return writeExtractsJson(s, query, sink, count); });
}

Status saveExtractsXlsx(const Storage& s, const ExtractQuery& query, const QString& path,
                        qint64* count) {
    XlsxBook book(path);
    if (Status st = book.addSheet(QStringLiteral("Extracts")); !st)
        return st;
    const Result<QVector<ExtractAttributeColumn>> columns = extractAttributeColumns(s);
    if (!columns)
        return Status::from(columns);
    const QVector<ExtractAttributeColumn>& attributes = *columns;
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
        return Status::failure(
            Tr::tr("%1: more extracts than an Excel sheet holds "
                   "(%2 rows); export them as CSV instead")
                .arg(QFileInfo(path).fileName(), QString::number(XlsxBook::maxRows - 1)),
            ErrorKind::Invalid);
    if (Status done = book.commit(); !done)
        return done;
    if (count)
        *count = row;
    return {};
}

} // namespace situate
