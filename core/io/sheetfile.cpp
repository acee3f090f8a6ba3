// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/sheetfile.h"

#include "core/import/officepackage.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::io)
};
} // namespace

namespace situate {

namespace {

const QString kKind = QStringLiteral("Excel workbook");
const QString kRelations =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kStrictRelations =
    QStringLiteral("http://purl.oclc.org/ooxml/officeDocument/relationships");

Result<QByteArray> part(const OfficePackage& package, const QString& entry) {
    if (!package.contains(entry))
        return Result<QByteArray>::failure(
            Tr::tr("%1 is not an Excel workbook: it has no %2").arg(package.fileName(), entry),
            ErrorKind::Invalid);
    return package.read(entry);
}

// The part of the first worksheet: the workbook's first <sheet> through its relationship.
Result<QString> firstSheetPart(const OfficePackage& package) {
    Result<QByteArray> workbook = part(package, QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return Status::from(workbook);
    QString id;
    OfficeXmlReader book(*workbook, QStringLiteral("xl/workbook.xml"), kKind);
    while (id.isEmpty() && book.next()) {
        if (book.isStart() && book.name() == QLatin1String("sheet")) {
            id = book.attribute(kRelations, QLatin1String("id"));
            if (id.isEmpty())
                id = book.attribute(kStrictRelations, QLatin1String("id"));
        }
    }
    if (!book.problem().isEmpty())
        return Result<QString>::failure(book.problem(), ErrorKind::Invalid);
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (id.isEmpty() || !package.contains(relsPart))
        return fallback;
    Result<QByteArray> rels = package.read(relsPart);
    if (!rels)
        return Status::from(rels);
    OfficeXmlReader r(*rels, relsPart, kKind);
    while (r.next()) {
        if (!r.isStart() || r.name() != QLatin1String("Relationship") ||
            r.attribute({}, QLatin1String("Id")) != id)
            continue;
        const QString target = r.attribute({}, QLatin1String("Target"));
        // Relative to xl/, or absolute from the package's root.
        return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    }
    return fallback;
}

Result<QStringList> sharedStrings(const OfficePackage& package) {
    const QString entry = QStringLiteral("xl/sharedStrings.xml");
    if (!package.contains(entry))
        return QStringList();
    Result<QByteArray> xml = package.read(entry);
    if (!xml)
        return Status::from(xml);
    QStringList out;
    OfficeXmlReader r(*xml, entry, kKind);
    bool inText = false;
    while (r.next()) {
        if (r.isStart() && r.name() == QLatin1String("si")) {
            out.append(QString());
        } else if (r.isStart() && r.name() == QLatin1String("rPh")) {
            r.skipElement(); // a phonetic reading, not part of the value
        } else if (r.name() == QLatin1String("t")) {
            inText = r.isStart();
        } else if (r.isText() && inText && !out.isEmpty()) {
            out.last() += r.text();
        }
    }
    if (!r.problem().isEmpty())
        return Result<QStringList>::failure(r.problem(), ErrorKind::Invalid);
    return out;
}

// The column of a cell reference ("C7" is 2), or -1 when it has none.
int columnOf(const QString& reference) {
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
        if (column > 16384) // Excel's last column, XFD
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

struct Cell {
    QString type;
    QString value;
    QString inlineText;
};

QString cellText(const Cell& c, const QStringList& shared) {
    if (c.type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = c.value.trimmed().toLongLong(&ok);
        return ok ? shared.value(index) : QString();
    }
    if (c.type == QLatin1String("inlineStr"))
        return c.inlineText;
    if (c.type == QLatin1String("b"))
        return c.value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE")
                                                       : QStringLiteral("FALSE");
    return c.value;
}

} // namespace

Result<csv::Table> readXlsxSheet(const QString& path) {
    Result<OfficePackage> package = OfficePackage::open(path, kKind);
    if (!package)
        return Status::from(package);
    Result<QString> sheetPart = firstSheetPart(*package);
    if (!sheetPart)
        return Status::from(sheetPart);
    Result<QStringList> shared = sharedStrings(*package);
    if (!shared)
        return Status::from(shared);
    Result<QByteArray> xml = part(*package, *sheetPart);
    if (!xml)
        return Status::from(xml);

    csv::Table table;
    bool haveHeader = false;
    QStringList row;
    int rowNumber = 0;
    Cell cell;
    int column = 0;
    enum class In { None, Value, InlineText } in = In::None;
    OfficeXmlReader r(*xml, *sheetPart, kKind);
    while (r.next()) {
        const QStringView name = r.name();
        if (r.isStart() && name == QLatin1String("row")) {
            const int n = r.attribute({}, QLatin1String("r")).toInt();
            rowNumber = n > 0 ? n : rowNumber + 1;
            row.clear();
            column = 0;
        } else if (r.isEnd() && name == QLatin1String("row")) {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            if (row.isEmpty())
                continue;
            if (!haveHeader) {
                table.header = row;
                haveHeader = true;
            } else {
                table.rows.append(row);
                table.lines.append(rowNumber);
            }
        } else if (r.isStart() && name == QLatin1String("c")) {
            const int at = columnOf(r.attribute({}, QLatin1String("r")));
            column = at >= 0 ? at : column;
            cell = Cell{r.attribute({}, QLatin1String("t")), {}, {}};
        } else if (r.isEnd() && name == QLatin1String("c")) {
            while (row.size() <= column)
                row.append(QString());
            row[column] = cellText(cell, *shared);
            ++column;
        } else if (name == QLatin1String("v")) {
            in = r.isStart() ? In::Value : In::None;
        } else if (name == QLatin1String("t")) {
            in = r.isStart() ? In::InlineText : In::None;
        } else if (r.isStart() && name == QLatin1String("rPh")) {
            r.skipElement();
        } else if (r.isText() && in == In::Value) {
            cell.value += r.text();
        } else if (r.isText() && in == In::InlineText) {
            cell.inlineText += r.text();
        }
    }
    if (!r.problem().isEmpty())
        return Result<csv::Table>::failure(r.problem(), ErrorKind::Invalid);
    return table;
}

Result<csv::Table> readSheetFile(const QString& path) {
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsxSheet(path);
    return csv::readFile(path);
}

} // namespace situate
