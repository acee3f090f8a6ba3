// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"

namespace situate {

/// Imports OpenDocument text (.odt): body paragraphs, lists and tables in reading order, then
/// footnotes and endnotes; comments and deleted tracked changes are left out.
class OdtImporter final : public Importer {
public:
    QStringList suffixes() const override;
    Result<ImportedDocument> read(const QString& path) const override;
};

} // namespace situate
