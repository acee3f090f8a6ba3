// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/docxwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <zip.h>

namespace situate {

namespace {

const char contentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(</Types>)";

const char packageRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(</Relationships>)";

const char documentRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>)";

QByteArray documentXml(const QString& text) {
    QByteArray xml =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        "\n"
        R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)";
    xml.reserve(text.size() + text.size() / 8 + 512);
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the text's final line end closes the last paragraph
    for (const QString& line : lines) {
        if (line.isEmpty()) {
            xml += "<w:p/>";
            continue;
        }
        xml += R"(<w:p><w:r><w:t xml:space="preserve">)";
        xml += line.toHtmlEscaped().toUtf8();
        xml += "</w:t></w:r></w:p>";
    }
    xml += R"(<w:sectPr/></w:body></w:document>)";
    return xml;
}

} // namespace

Status writeDocx(const QString& path, const QString& text) {
    const QString name = QFileInfo(path).fileName();
    QFile::remove(path); // ZIP_TRUNCATE would otherwise keep nothing of an old file anyway
    int error = 0;
    zip_t* archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return Status::failure(QStringLiteral("%1: cannot be written").arg(name), ErrorKind::Io);
    const QByteArray body = documentXml(text);
    const struct {
        const char* entry;
        QByteArray bytes;
    } parts[] = {{"[Content_Types].xml", QByteArray(contentTypes)},
                 {"_rels/.rels", QByteArray(packageRels)},
                 {"word/_rels/document.xml.rels", QByteArray(documentRels)},
                 {"word/document.xml", body}};
    for (const auto& part : parts) {
        // The buffers outlive zip_close, which is when libzip reads them.
        zip_source_t* source =
            zip_source_buffer(archive, part.bytes.constData(), zip_uint64_t(part.bytes.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(archive, part.entry, source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            zip_discard(archive);
            return Status::failure(QStringLiteral("%1: cannot be written").arg(name),
                                   ErrorKind::Io);
        }
        zip_file_set_mtime(archive, zip_uint64_t(index), 1767225600, 0); // 2026-01-01
    }
    if (zip_close(archive) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return Status::failure(QStringLiteral("%1: cannot be written: %2").arg(name, why),
                               ErrorKind::Io);
    }
    return {};
}

} // namespace situate
