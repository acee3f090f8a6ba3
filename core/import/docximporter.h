// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"

namespace situate {

/// Imports Word .docx documents: body paragraphs and tables in reading order, then footnotes
/// and endnotes; headers, footers, comments and deleted tracked changes are left out.
class DocxImporter final : public Importer {
public:
    QStringList suffixes() const override;
    Result<ImportedDocument> read(const QString& path) const override;
};

} // namespace situate
