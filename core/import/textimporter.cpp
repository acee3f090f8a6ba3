// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/textimporter.h"

#include "core/import/importsupport.h"

#include <QFileInfo>

namespace situate {

QStringList TextImporter::suffixes() const {
    return {QStringLiteral("txt"), QStringLiteral("md")};
}

Result<ImportedDocument> TextImporter::read(const QString& path) const {
    Result<importsupport::DecodedText> decoded = importsupport::readTextFile(path);
    if (!decoded)
        return Status::from(decoded);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = suffix == QLatin1String("md") ? suffix : QStringLiteral("txt");
    return importsupport::finishDocument(path, format, decoded->text, {}, decoded->warnings);
}

} // namespace situate
