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
    /// Index of a column by name (case-insensitive, trimmed), or -1.
    int column(const QString& name) const;
    /// The cell at row r, column c, or empty when the row is short or c is -1.
    QString cell(qsizetype r, int c) const;
};

/// Largest CSV file Situate reads (documented in core/SCHEMA.md).
inline constexpr qint64 maxBytes = 512ll * 1024 * 1024;

/// Parses RFC 4180 CSV (quoted fields with embedded commas, quotes and line breaks; CRLF or
/// LF record ends; a UTF-8 BOM is skipped). Text must be UTF-8.
Result<Table> parse(const QByteArray& bytes, const QString& fileName);
Result<Table> readFile(const QString& path);

/// Writes RFC 4180 CSV records. With `guardFormulas`, a cell beginning with = + - @ tab or
/// CR gets a leading ' so spreadsheets show it as text instead of running it.
class Writer {
public:
    explicit Writer(bool guardFormulas = false)
        : m_guard(guardFormulas) {}
    void writeBom() { m_out.append("\xEF\xBB\xBF"); }
    void writeRow(const QStringList& cells);
    const QByteArray& data() const { return m_out; }

private:
    bool m_guard;
    QByteArray m_out;
};

/// Writes bytes atomically (QSaveFile): the old file stays intact if anything fails.
Status saveFile(const QString& path, const QByteArray& bytes);

} // namespace situate::csv
