// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"

namespace situate {

/// Imports plain text and Markdown (kept as written) in UTF-8, UTF-16/32 with a BOM, or
/// Windows-1252.
class TextImporter final : public Importer {
public:
    QStringList suffixes() const override;
    Result<ImportedDocument> read(const QString& path) const override;
};

} // namespace situate
