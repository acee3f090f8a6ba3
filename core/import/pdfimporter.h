// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"

#include <chrono>

namespace situate {

/// Imports the text layer of PDF files through Poppler (the library behind pdftotext), in
/// its reading order, laid out into paragraphs by pdflayout.h.
///
/// A PDF whose reading takes longer than the time limit is refused with a message instead of
/// holding up the import: the limit is checked after the file is loaded, before each page
/// and while Poppler collects a page's words (which it stops when asked); loading itself is
/// not cut short.
class PdfImporter final : public Importer {
public:
    explicit PdfImporter(
        std::chrono::milliseconds timeLimit = std::chrono::seconds(importlimits::maxPdfSeconds))
        : m_timeLimit(timeLimit) {}
    QStringList suffixes() const override;
    Result<ImportedDocument> read(const QString& path) const override;

private:
    std::chrono::milliseconds m_timeLimit;
};

} // namespace situate
