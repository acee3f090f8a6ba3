// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"

namespace situate {

/// Imports the text layer of PDF files through Qt Pdf, page by page.
class PdfImporter final : public Importer {
public:
    /// False when Situate was built without Qt Pdf; read() then explains that.
    static bool isAvailable();
    QStringList suffixes() const override;
    Result<ImportedDocument> read(const QString& path) const override;
};

} // namespace situate
