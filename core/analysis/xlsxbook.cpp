// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/xlsxbook.h"

#include "core/formats/formats.h"

namespace situate {

// The workbook itself is written in the module (core/formats/xlsxworkbook.cpp); without the
// module every call fails with its message and nothing is written.
struct XlsxBook::Private {
    std::unique_ptr<formats::XlsxWriter> writer;
    QString unavailable;
};

XlsxBook::XlsxBook(const QString& path)
    : d(std::make_unique<Private>()) {
    const Result<const formats::Module*> m = formats::module();
    if (m)
        d->writer = (*m)->openXlsx(path);
    else
        d->unavailable = m.error();
}

XlsxBook::~XlsxBook() = default;

Status XlsxBook::addSheet(const QString& name) {
    return d->writer ? d->writer->addSheet(name) : Status::failure(d->unavailable);
}

void XlsxBook::setColumnWidth(int column, double width) {
    if (d->writer)
        d->writer->setColumnWidth(column, width);
}

void XlsxBook::freezeHeader() {
    if (d->writer)
        d->writer->freezeHeader();
}

void XlsxBook::writeHeader(int row, int column, const QString& text) {
    if (d->writer)
        d->writer->writeHeader(row, column, text);
}

void XlsxBook::writeText(int row, int column, const QString& text) {
    if (d->writer)
        d->writer->writeText(row, column, text);
}

void XlsxBook::writeNumber(int row, int column, double value, int decimals) {
    if (d->writer)
        d->writer->writeNumber(row, column, value, decimals);
}

Status XlsxBook::commit() {
    return d->writer ? d->writer->commit() : Status::failure(d->unavailable);
}

} // namespace situate
