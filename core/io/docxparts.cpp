// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/docxparts.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <functional>

namespace situate::docx {

namespace {

constexpr char pkgRelNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";

QByteArray xmlPart(const std::function<void(QXmlStreamWriter&)>& body) {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return out;
}

void relationship(QXmlStreamWriter& w, const QString& id, const QString& type,
                  const QString& target) {
    w.writeEmptyElement(QStringLiteral("Relationship"));
    w.writeAttribute(QStringLiteral("Id"), id);
    w.writeAttribute(QStringLiteral("Type"), type);
    w.writeAttribute(QStringLiteral("Target"), target);
}

QString relType(const char* type) {
    return QLatin1String(relNs) + QLatin1String(type);
}

void wVal(QXmlStreamWriter& w, const QString& element, const QString& value) {
    w.writeEmptyElement(element);
    w.writeAttribute(QStringLiteral("w:val"), value);
}

struct StyleDef {
    const char* id;
    const char* name;
    const char* basedOn;
    int outline;       // -1: none
    int sizeHalfPts;   // 0: inherited
    bool bold, italic; // run properties
    int spaceBefore;   // twips
    int indent;        // left and right, twips
};

void paragraphStyle(QXmlStreamWriter& w, const StyleDef& s) {
    w.writeStartElement(QStringLiteral("w:style"));
    w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
    if (qstrcmp(s.id, "Normal") == 0)
        w.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("w:styleId"), QLatin1String(s.id));
    wVal(w, QStringLiteral("w:name"), QLatin1String(s.name));
    if (*s.basedOn)
        wVal(w, QStringLiteral("w:basedOn"), QLatin1String(s.basedOn));
    if (*s.basedOn)
        wVal(w, QStringLiteral("w:next"), QStringLiteral("Normal"));
    w.writeEmptyElement(QStringLiteral("w:qFormat"));
    w.writeStartElement(QStringLiteral("w:pPr"));
    if (s.outline >= 0)
        w.writeEmptyElement(QStringLiteral("w:keepNext"));
    w.writeEmptyElement(QStringLiteral("w:spacing"));
    w.writeAttribute(QStringLiteral("w:before"), QString::number(s.spaceBefore));
    w.writeAttribute(QStringLiteral("w:after"), QStringLiteral("120"));
    if (s.indent > 0) {
        w.writeEmptyElement(QStringLiteral("w:ind"));
        w.writeAttribute(QStringLiteral("w:left"), QString::number(s.indent));
        w.writeAttribute(QStringLiteral("w:right"), QString::number(s.indent));
    }
    if (s.outline >= 0)
        wVal(w, QStringLiteral("w:outlineLvl"), QString::number(s.outline));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("w:rPr"));
    if (s.bold)
        w.writeEmptyElement(QStringLiteral("w:b"));
    if (s.italic)
        w.writeEmptyElement(QStringLiteral("w:i"));
    if (s.sizeHalfPts > 0)
        wVal(w, QStringLiteral("w:sz"), QString::number(s.sizeHalfPts));
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QByteArray contentTypesXml() {
    return xmlPart([](QXmlStreamWriter& w) {
        w.writeStartElement(QStringLiteral("Types"));
        w.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto def = [&](const char* ext, const char* type) {
            w.writeEmptyElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), QLatin1String(ext));
            w.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        def("rels", "application/vnd.openxmlformats-package.relationships+xml");
        def("xml", "application/xml");
        def("png", "image/png");
        const auto part = [&](const char* name, const char* type) {
            w.writeEmptyElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), QLatin1String(name));
            w.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        part("/word/document.xml", "application/vnd.openxmlformats-officedocument."
                                   "wordprocessingml.document.main+xml");
        part("/word/styles.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        part("/word/settings.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
        part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        w.writeEndElement();
    });
}

QByteArray packageRelsXml() {
    return xmlPart([](QXmlStreamWriter& w) {
        w.writeStartElement(QStringLiteral("Relationships"));
        w.writeDefaultNamespace(QLatin1String(pkgRelNs));
        relationship(w, QStringLiteral("rId1"), relType("/officeDocument"),
                     QStringLiteral("word/document.xml"));
        relationship(w, QStringLiteral("rId2"),
                     QStringLiteral("http://schemas.openxmlformats.org/package/2006/"
                                    "relationships/metadata/core-properties"),
                     QStringLiteral("docProps/core.xml"));
        w.writeEndElement();
    });
}

QByteArray documentRelsXml(int images) {
    return xmlPart([images](QXmlStreamWriter& w) {
        w.writeStartElement(QStringLiteral("Relationships"));
        w.writeDefaultNamespace(QLatin1String(pkgRelNs));
        relationship(w, QStringLiteral("rIdStyles"), relType("/styles"),
                     QStringLiteral("styles.xml"));
        relationship(w, QStringLiteral("rIdSettings"), relType("/settings"),
                     QStringLiteral("settings.xml"));
        for (int i = 1; i <= images; ++i)
            relationship(w, QStringLiteral("rIdImage%1").arg(i), relType("/image"),
                         QStringLiteral("media/image%1.png").arg(i));
        w.writeEndElement();
    });
}

QByteArray stylesXml() {
    static const StyleDef styles[] = {
        {"Normal", "Normal", "", -1, 22, false, false, 0, 0},
        {"Title", "Title", "Normal", -1, 52, true, false, 0, 0},
        {"Subtitle", "Subtitle", "Normal", -1, 26, false, true, 0, 0},
        {"Heading1", "heading 1", "Normal", 0, 32, true, false, 360, 0},
        {"Heading2", "heading 2", "Normal", 1, 26, true, false, 240, 0},
        {"Heading3", "heading 3", "Normal", 2, 23, true, true, 200, 0},
        {"Quote", "Quote", "Normal", -1, 0, false, true, 120, 720},
        {"Caption", "caption", "Normal", -1, 18, false, false, 0, 0},
        {"TOC1", "toc 1", "Normal", -1, 0, false, false, 60, 0},
        {"TOC2", "toc 2", "Normal", -1, 0, false, false, 0, 220},
        {"TOC3", "toc 3", "Normal", -1, 0, false, false, 0, 440},
    };
    return xmlPart([](QXmlStreamWriter& w) {
        w.writeStartElement(QStringLiteral("w:styles"));
        w.writeNamespace(QLatin1String(wordNs), QStringLiteral("w"));
        w.writeStartElement(QStringLiteral("w:docDefaults"));
        w.writeStartElement(QStringLiteral("w:rPrDefault"));
        w.writeStartElement(QStringLiteral("w:rPr"));
        w.writeEmptyElement(QStringLiteral("w:rFonts"));
        for (const char* a : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
            w.writeAttribute(QLatin1String(a), QStringLiteral("DejaVu Sans"));
        w.writeEmptyElement(QStringLiteral("w:lang"));
        w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("en-GB"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        for (const StyleDef& s : styles)
            paragraphStyle(w, s);
        w.writeStartElement(QStringLiteral("w:style"));
        w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("table"));
        w.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("TableGrid"));
        wVal(w, QStringLiteral("w:name"), QStringLiteral("Table Grid"));
        w.writeStartElement(QStringLiteral("w:tblPr"));
        w.writeStartElement(QStringLiteral("w:tblBorders"));
        for (const char* side :
             {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
            w.writeEmptyElement(QLatin1String(side));
            w.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
            w.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
            w.writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray settingsXml() {
    return xmlPart([](QXmlStreamWriter& w) {
        w.writeStartElement(QStringLiteral("w:settings"));
        w.writeNamespace(QLatin1String(wordNs), QStringLiteral("w"));
        // Word fills in the contents field when the document is opened.
        wVal(w, QStringLiteral("w:updateFields"), QStringLiteral("true"));
        w.writeEndElement();
    });
}

QByteArray corePropertiesXml(const QString& title) {
    return xmlPart([&title](QXmlStreamWriter& w) {
        w.writeStartElement(QStringLiteral("cp:coreProperties"));
        w.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/"
                                        "metadata/core-properties"),
                         QStringLiteral("cp"));
        w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
        w.writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms"));
        w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                         QStringLiteral("xsi"));
        w.writeTextElement(QStringLiteral("dc:title"), title);
        w.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("Situate"));
        w.writeStartElement(QStringLiteral("dcterms:created"));
        w.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        w.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        w.writeEndElement();
        w.writeEndElement();
    });
}

} // namespace situate::docx
