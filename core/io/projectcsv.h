// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The CSV sheets `situate-cli` and the GUI exchange with spreadsheets: the codebook, the
// codings and the attribute sheet. Imports run inside an Editor (one undo step, one
// transaction, all or nothing); exports return RFC 4180 bytes with the formula guard, and
// imports remove it (csv::guard, csv::unguard), so an exported sheet imports unchanged.

#include "core/commands/editor.h"
#include "core/io/csv.h"

namespace situate {

struct CodebookImportReport {
    int codesCreated = 0;
    int codesUpdated = 0;
    int questionsCreated = 0;
    int links = 0;
};
/// Columns: path (required), colour, definition, inclusion, exclusion, example,
/// toc_element, research_questions (codes joined by ';'). Parents are created as needed.
Result<CodebookImportReport> importCodebook(Editor& e, const csv::Table& table,
                                            const QString& fileName);
Result<QByteArray> exportCodebook(const Storage& s);

struct CodingsImportReport {
    int codings = 0;
    int duplicatesSkipped = 0;
    int codersCreated = 0;
    int codesCreated = 0;
};
/// Columns: document, coder, code, start, end[, memo]; code-point offsets, end exclusive.
Result<CodingsImportReport> importCodings(Editor& e, const csv::Table& table, bool createCodes,
                                          const QString& fileName);
Result<QByteArray> exportCodings(const Storage& s);

struct AttributeSheetReport {
    int documents = 0;
    int cases = 0;
    int casesCreated = 0;
    int values = 0;
};
/// First column: a document or case name (header "document", "case" or "name"), then one
/// column per attribute. Rows naming a document set document attributes (a "case" column
/// assigns the document to that case); other rows name cases, created when missing.
Result<AttributeSheetReport> importAttributeSheet(Editor& e, const csv::Table& table,
                                                  const QString& fileName);

} // namespace situate
