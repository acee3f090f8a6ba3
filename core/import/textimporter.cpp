// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/textimporter.h"

#include "core/import/importsupport.h"

#include <QFileInfo>

namespace situate {

QStringList TextImporter::suffixes() const {
    return {QStringLiteral("txt"), QStringLiteral("md")};
}

Result<ImportedDocument> TextImporter::read(const QString& path) const {
    Result<QByteArray> bytes = importsupport::readInputFile(path);
    if (!bytes)
        return Status::from(bytes);
    Result<importsupport::DecodedText> decoded = importsupport::decodeTextFile(*bytes, path);
    if (!decoded)
        return Status::from(decoded);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = suffix == QLatin1String("md") ? suffix : QStringLiteral("txt");
    Result<ImportedDocument> doc =
        importsupport::finishDocument(path, format, decoded->text, {}, decoded->warnings);
    // Valid UTF-8 without a BOM decodes to a text whose UTF-8 is the file's bytes again; when
    // normalising changed nothing (no CR, already NFC: the text still shares the decoded
    // string's data) those bytes are the stored text's UTF-8, and hashing them spares
    // encoding 60 MB again in a large import (a twelfth of its time).
    if (doc && decoded->encoding == QLatin1String("UTF-8") && decoded->warnings.isEmpty() &&
        !bytes->startsWith("\xEF\xBB\xBF") && doc->text.constData() == decoded->text.constData() &&
        doc->text.size() == decoded->text.size())
        doc->utf8 = std::move(*bytes);
    return doc;
}

} // namespace situate
