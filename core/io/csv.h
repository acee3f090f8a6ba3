// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace situate::csv {

/// A parsed CSV file: the header row and the records after it.
struct Table {
    QStringList header;
    QVector<QStringList> rows;
    /// The line of the file each row starts on (from 1, the header being line 1), for
    /// messages that name a row.
    QVector<int> lines;
    /// The line row r starts on.
    int line(qsizetype r) const { return r < lines.size() ? lines[r] : int(r) + 2; }
    /// Index of a column by name (case-insensitive, trimmed), or -1.
    int column(const QString& name) const;
    /// The cell at row r, column c, or empty when the row is short or c is -1.
    QString cell(qsizetype r, int c) const;
};

/// Largest CSV file Situate reads (core/storage/README.md, "Import limits").
inline constexpr qint64 maxBytes = 512ll * 1024 * 1024;

/// Parses RFC 4180 CSV (quoted fields with embedded separators, quotes and line breaks; CRLF
/// or LF record ends) as any spreadsheet in any locale saves it: UTF-8 with or without BOM,
/// UTF-16 or UTF-32 with BOM, or Windows-1252 when the bytes are not valid UTF-8; comma,
/// semicolon or tab between fields, whichever the header row holds most of outside quotes.
Result<Table> parse(const QByteArray& bytes, const QString& fileName);
Result<Table> readFile(const QString& path);

/// The spreadsheet formula guard. Every CSV Situate writes goes through Writer, which applies
/// it to every text cell:
/// - guard: a text cell whose first character is = + - @ tab or CR, one of the full-width
///   forms U+FF1D U+FF0B U+FF0D U+FF20 (which spreadsheets also read as formula signs), or
///   the apostrophe ' itself gets one ' in front. Spreadsheets then show it as text instead
///   of running it. The apostrophe is guarded too so that a value that really begins with '
///   comes back unchanged.
/// - unguard (for the sheets Situate reads: codebook, codings, attributes, maturity levels,
///   pseudonymisation lists):
///   one leading ' is removed exactly when the character after it is one that the guard
///   would have prefixed (the list above, ' included). So unguard(guard(s)) == s for every
///   s; a hand-made cell "'Tis" stays as it is, while a hand-made "'=x" reads as "=x".
/// Number cells (Cell::number) are written as they are, so a negative kappa stays a number;
/// a "number" that does not read as one is guarded like text.
bool needsGuard(const QString& text);
QString guard(const QString& text);
QString unguard(const QString& cell);
/// Unguards every cell and header of a table read from a Situate sheet.
void unguard(Table& table);

/// One cell of a record: text (guarded) or a number (written as it is when it reads as a
/// decimal number such as -0.25 or 1e-5; anything else is guarded like text).
class Cell {
public:
    Cell(const QString& text) // NOLINT: implicit, so text cells read as plain strings
        : m_value(text) {}
    static Cell number(const QString& formatted) {
        Cell c(formatted);
        c.m_number = true;
        return c;
    }
    static Cell number(qint64 n) { return number(QString::number(n)); }
    const QString& value() const { return m_value; }
    bool isNumber() const { return m_number; }

private:
    QString m_value;
    bool m_number = false;
};

/// The separator of every CSV Situate writes unless a Writer is given one: a comma, or what
/// the user chose (`situate-cli ... --separator ';'`, Preferences in the window) for
/// spreadsheets in locales whose decimal sign is a comma. One of , ; or tab.
char separator();
void setSeparator(char separator);
/// The separator a user named: "," ";" or a tab, or the words comma, semicolon, tab; 0 when
/// it is none of those.
char separatorNamed(const QString& name);

/// Writes RFC 4180 CSV records (CRLF record ends, quotes where needed), every text cell with
/// the formula guard above.
class Writer {
public:
    Writer()
        : m_separator(separator()) {}
    explicit Writer(char separator)
        : m_separator(separator) {}
    void writeBom() { m_out.append("\xEF\xBB\xBF"); }
    /// A record of text cells.
    void writeRow(const QStringList& cells);
    /// A record of text and number cells.
    void writeCells(const QVector<Cell>& cells);
    const QByteArray& data() const { return m_out; }

private:
    void append(qsizetype index, QString cell);
    char m_separator;
    QByteArray m_out;
};

/// Writes bytes atomically (QSaveFile): the old file stays intact if anything fails.
Status saveFile(const QString& path, const QByteArray& bytes);

} // namespace situate::csv
