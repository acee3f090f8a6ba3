// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"

namespace situate {

/// Imports Rich Text Format (.rtf): the body text with paragraphs, tabs and tables, then
/// footnotes and endnotes; headers, footers, comments, pictures and deleted text are left out.
class RtfImporter final : public Importer {
public:
    QStringList suffixes() const override;
    Result<ImportedDocument> read(const QString& path) const override;
};

} // namespace situate
