// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importeddocument.h"

#include "core/import/captionimporter.h"
#include "core/import/docximporter.h"
#include "core/import/importsupport.h"
#include "core/import/odtimporter.h"
#include "core/import/pdfimporter.h"
#include "core/import/rtfimporter.h"
#include "core/import/textimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::import)
};
} // namespace

namespace situate {

namespace {

// Importers hold no state, so one shared set serves every caller and thread.
const std::vector<std::unique_ptr<Importer>>& importers() {
    static const std::vector<std::unique_ptr<Importer>> all = [] {
        std::vector<std::unique_ptr<Importer>> v;
        v.push_back(std::make_unique<TextImporter>());
        v.push_back(std::make_unique<DocxImporter>());
        v.push_back(std::make_unique<OdtImporter>());
        v.push_back(std::make_unique<RtfImporter>());
        v.push_back(std::make_unique<PdfImporter>());
        v.push_back(std::make_unique<CaptionImporter>());
        return v;
    }();
    return all;
}

} // namespace

QStringList importableSuffixes() {
    QStringList suffixes;
    for (const auto& importer : importers())
        suffixes += importer->suffixes();
    return suffixes;
}

Result<ImportedDocument> importDocumentFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto& importer : importers()) {
        if (importer->suffixes().contains(suffix))
            return importer->read(path);
    }
    const QString known = QLatin1Char('.') + importableSuffixes().join(QLatin1String(", ."));
    if (suffix.isEmpty()) {
        return importsupport::failure(
            path, Tr::tr("the file name has no extension, so its format is unknown "
                         "(Situate imports %1)")
                      .arg(known));
    }
    return importsupport::failure(path, Tr::tr("Situate cannot import .%1 files (it "
                                               "imports %2)")
                                            .arg(suffix, known));
}

} // namespace situate
