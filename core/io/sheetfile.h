// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A sheet a user hands Situate as CSV or as an Excel workbook (.xlsx): the first worksheet of a
// workbook is read into the same table a CSV file gives, so every sheet reader takes both.

#include "core/io/csv.h"

namespace situate {

/// Reads `path` as a workbook when it ends in .xlsx (any case), else as CSV (csv::readFile).
Result<csv::Table> readSheetFile(const QString& path);

/// Reads the first worksheet of an .xlsx workbook: its first row that holds a value is the
/// header, the rows below it the records (rows without any value are left out), and a
/// record's line is its row number in the sheet. Cells are read as the workbook shows their
/// value: text as it is (shared, inline or a formula's result), numbers as written, TRUE and
/// FALSE for booleans. Within the import limits of a zip entry and XML nesting.
Result<csv::Table> readXlsxSheet(const QString& path);

} // namespace situate
