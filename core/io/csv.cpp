// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv.h"

#include "core/import/importsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

#include <atomic>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::io)
};
} // namespace

namespace situate::csv {

int Table::column(const QString& name) const {
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString Table::cell(qsizetype r, int c) const {
    if (c < 0 || r < 0 || r >= rows.size() || c >= rows[r].size())
        return {};
    return rows[r][c];
}

namespace {

// The text of a sheet as spreadsheets save it: UTF-8 with or without BOM, UTF-16 or UTF-32
// with BOM (Excel's "Unicode text"), and Windows-1252 (Excel's plain "CSV" on Windows in
// Western European locales) when the bytes are not valid UTF-8.
Result<QString> decodeSheet(const QByteArray& bytes, const QString& fileName) {
    // The text reader refuses a NUL outside a UTF-16 or UTF-32 file, and binary-looking text.
    Result<importsupport::DecodedText> decoded = importsupport::decodeTextFile(bytes, fileName);
    if (!decoded)
        return Result<QString>::failure(
            Tr::tr("%1: contains binary data, not CSV text").arg(fileName), ErrorKind::Invalid);
    return std::move(decoded->text);
}

// The separator of a sheet: the one of comma, semicolon and tab found most often outside
// quotes in its first record (comma when none is), as Excel writes by locale.
QChar separatorOf(const QString& text) {
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))
            break;
        else if (ch == QLatin1Char(','))
            ++comma;
        else if (ch == QLatin1Char(';'))
            ++semicolon;
        else if (ch == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

Result<Table> parse(const QByteArray& bytes, const QString& fileName) {
    Result<QString> decoded = decodeSheet(bytes, fileName);
    if (!decoded)
        return Result<Table>::failure(decoded.error(), decoded.kind());
    QString text = std::move(*decoded);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = separatorOf(text);

    QVector<QStringList> records;
    QVector<int> lines; // the line each record starts on
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (ch == separator) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            record << field;
            field.clear();
            fieldStarted = false;
            if (!(record.size() == 1 && record.first().isEmpty())) {
                records << record;
                lines << recordLine;
            }
            record.clear();
            recordLine = line;
        } else {
            field += ch;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Result<Table>::failure(
            Tr::tr("%1: a quoted field is never closed (line %2)").arg(fileName).arg(line),
            ErrorKind::Invalid);
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
        lines << recordLine;
    }
    if (records.isEmpty())
        return Result<Table>::failure(Tr::tr("%1: empty file, no header row").arg(fileName),
                                      ErrorKind::Invalid);
    Table t;
    t.header = records.takeFirst();
    for (QString& h : t.header)
        h = h.trimmed();
    t.rows = std::move(records);
    lines.removeFirst();
    t.lines = std::move(lines);
    return t;
}

Result<Table> readFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Table>::failure(QStringLiteral("%1: %2").arg(name, f.errorString()),
                                      ErrorKind::Io);
    if (f.size() > maxBytes)
        return Result<Table>::failure(Tr::tr("%1: larger than the %2 MB limit for CSV files")
                                          .arg(name)
                                          .arg(maxBytes / (1024 * 1024)),
                                      ErrorKind::Invalid);
    return parse(f.readAll(), name);
}

namespace {

// The characters that make a spreadsheet read a cell as a formula (or that an apostrophe
// guard hides), and the apostrophe itself.
bool guarded(QChar c) {
    switch (c.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':
    case 0xFF1D: // FULLWIDTH EQUALS SIGN
    case 0xFF0B: // FULLWIDTH PLUS SIGN
    case 0xFF0D: // FULLWIDTH HYPHEN-MINUS
    case 0xFF20: // FULLWIDTH COMMERCIAL AT
        return true;
    default:
        return false;
    }
}

// A plain decimal number: an optional minus, digits with an optional fraction, an optional
// exponent. What QString::number writes for finite values.
bool isNumber(const QString& s) {
    static const QRegularExpression pattern(
        QStringLiteral("^-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"));
    return pattern.match(s).hasMatch();
}

} // namespace

bool needsGuard(const QString& text) {
    return !text.isEmpty() && guarded(text.front());
}

QString guard(const QString& text) {
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}

QString unguard(const QString& cell) {
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && guarded(cell.at(1)))
        return cell.mid(1);
    return cell;
}

void unguard(Table& table) {
    for (QString& h : table.header)
        h = unguard(h);
    // Rows are touched only where a cell changes, so a large sheet is not copied.
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        for (qsizetype c = 0; c < std::as_const(table.rows)[r].size(); ++c) {
            const QString cell = std::as_const(table.rows)[r][c];
            if (cell.startsWith(QLatin1Char('\'')))
                table.rows[r][c] = unguard(cell);
        }
    }
}

namespace {
std::atomic<char> chosenSeparator{','};
} // namespace

char separator() {
    return chosenSeparator.load();
}

void setSeparator(char separator) {
    chosenSeparator = separator;
}

char separatorNamed(const QString& name) {
    const QString n = name.toLower();
    if (n == QLatin1String(",") || n == QLatin1String("comma"))
        return ',';
    if (n == QLatin1String(";") || n == QLatin1String("semicolon"))
        return ';';
    if (n == QLatin1String("\t") || n == QLatin1String("\\t") || n == QLatin1String("tab"))
        return '\t';
    return 0;
}

void Writer::append(qsizetype index, QString cell) {
    if (index > 0)
        m_out.append(m_separator);
    const bool needsQuotes = cell.contains(QLatin1Char(m_separator)) ||
                             cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
                             cell.contains(QLatin1Char('\r'));
    if (needsQuotes) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        m_out.append('"').append(cell.toUtf8()).append('"');
    } else {
        m_out.append(cell.toUtf8());
    }
}

void Writer::writeRow(const QStringList& cells) {
    for (qsizetype i = 0; i < cells.size(); ++i)
        append(i, guard(cells[i]));
    m_out.append("\r\n");
}

void Writer::writeCells(const QVector<Cell>& cells) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        // Only a value the guard would change needs the number test (the pattern is the
        // slow part of a table of a million numbers).
        const Cell& c = cells[i];
        const bool asIs = !needsGuard(c.value()) || (c.isNumber() && isNumber(c.value()));
        append(i, asIs ? c.value() : QLatin1Char('\'') + c.value());
    }
    m_out.append("\r\n");
}

Status saveFile(const QString& path, const QByteArray& bytes) {
    QSaveFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("%1: cannot write: %2").arg(name, f.errorString()),
                               ErrorKind::Io);
    if (f.write(bytes) != bytes.size()) {
        f.cancelWriting();
        return Status::failure(Tr::tr("%1: cannot write: %2").arg(name, f.errorString()),
                               ErrorKind::Io);
    }
    if (!f.commit())
        return Status::failure(Tr::tr("%1: cannot save: %2").arg(name, f.errorString()),
                               ErrorKind::Io);
    return {};
}

} // namespace situate::csv
