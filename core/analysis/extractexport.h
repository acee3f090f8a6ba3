// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Coded extracts to CSV and XLSX, one row per coding (long format). The columns are
// coding_id, document, case, one per case attribute and per document attribute, code,
// research_questions, coder, start, end, text, memo, created.

#include "core/analysis/extracts.h"

#include <QByteArray>

#include <functional>

namespace situate {

QStringList extractCsvHeader(const QVector<ExtractAttributeColumn>& attributes);
QStringList extractCsvRow(const Extract& x);

/// Streams RFC 4180 CSV (CRLF, formula guard, UTF-8 with a BOM when `bom`) to `sink` in
/// chunks; `count` receives the number of extracts written.
Status writeExtractsCsv(const Storage& s, const ExtractQuery& query, bool bom,
                        const std::function<Status(const QByteArray&)>& sink,
                        qint64* count = nullptr);
/// The same into a file, atomically (QSaveFile).
Status saveExtractsCsv(const Storage& s, const ExtractQuery& query, const QString& path, bool bom,
                       qint64* count = nullptr);
/// Streams the extracts as a JSON array, one object per extract with the CSV's columns
/// (`cases` and `research_questions` as arrays, the attributes as an object by column
/// header, `key_quote` true or false); `count` as above.
Status writeExtractsJson(const Storage& s, const ExtractQuery& query,
                         const std::function<Status(const QByteArray&)>& sink,
                         qint64* count = nullptr);
/// The same into a file, atomically (QSaveFile).
Status saveExtractsJson(const Storage& s, const ExtractQuery& query, const QString& path,
                        qint64* count = nullptr);
/// The same columns as an .xlsx sheet "Extracts" (offsets as numbers), atomically.
Status saveExtractsXlsx(const Storage& s, const ExtractQuery& query, const QString& path,
                        qint64* count = nullptr);

} // namespace situate
