// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace situate {

/// An .xlsx workbook written with libxlsxwriter (in the module situate-formats.so) into a
/// temporary file beside the target and renamed over it on commit(), so a failed or abandoned
/// export never leaves half a file.
class XlsxBook {
public:
    /// Rows are written in order and flushed as they go (constant memory), so a sheet of a
    /// million extracts does not have to fit in memory.
    explicit XlsxBook(const QString& path);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    /// Starts a sheet; later writes go to it. Names are cut to Excel's 31 characters.
    Status addSheet(const QString& name);
    void setColumnWidth(int column, double width);
    void freezeHeader();
    /// A header cell (bold).
    void writeHeader(int row, int column, const QString& text);
    /// A text cell; text past Excel's 32,767-character limit is cut and ends with "[…]".
    void writeText(int row, int column, const QString& text);
    void writeNumber(int row, int column, double value, int decimals = 0);
    /// Writes the file and moves it into place; the first failure of any write is reported.
    Status commit();

    /// Excel's maximum number of rows in a sheet.
    static constexpr int maxRows = 1048576;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace situate
