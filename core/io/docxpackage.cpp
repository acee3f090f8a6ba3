// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/docxpackage.h"

#include "core/io/csv.h"
#include "core/io/docxparts.h"
#include "core/refi/refipackage.h"

#include <QXmlStreamWriter>

namespace situate {

namespace {

constexpr int emuPerPixel = 9525; // at 96 dpi
constexpr int textWidthTwips = 9000;

bool rightToLeft(char32_t c) {
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL;
}

bool strong(char32_t c) {
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirL || d == QChar::DirR || d == QChar::DirAL;
}

} // namespace

struct DocxDocument::Private {
    QByteArray body;
    QXmlStreamWriter w{&body};
    QVector<QByteArray> media;
    int columns = 0;
    QVector<int> widths; // twips, one per column
    bool lastWasTable = false;

    void start(const QString& element) { w.writeStartElement(element); }
    void end() { w.writeEndElement(); }
    void val(const QString& element, const QString& value) {
        w.writeEmptyElement(element);
        w.writeAttribute(QStringLiteral("w:val"), value);
    }
    void text(const QString& t) {
        w.writeStartElement(QStringLiteral("w:t"));
        w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        w.writeCharacters(t);
        w.writeEndElement();
    }

    // One w:r per stretch of one direction; '\n' and '\t' become w:br and w:tab.
    void runs(const Run& run) {
        const QString safe = xmlSafe(run.text);
        const QList<uint> cps = safe.toUcs4();
        qsizetype i = 0;
        while (i < cps.size()) {
            // A stretch runs to the next strong character of the other direction. Neutral
            // characters (spaces, digits, punctuation, emoji) between a right-to-left
            // stretch and what follows go with what follows, as the bidi algorithm
            // places them in a left-to-right paragraph.
            bool rtl = false;
            bool decided = false;
            qsizetype j = i;
            qsizetype lastStrong = i;
            for (; j < cps.size(); ++j) {
                const char32_t c = cps[j];
                if (!strong(c))
                    continue;
                if (!decided) {
                    rtl = rightToLeft(c);
                    decided = true;
                } else if (rightToLeft(c) != rtl) {
                    break;
                }
                lastStrong = j;
            }
            if (rtl && j < cps.size())
                j = lastStrong + 1;
            start(QStringLiteral("w:r"));
            if (run.bold || run.italic || rtl) {
                start(QStringLiteral("w:rPr"));
                if (run.bold)
                    w.writeEmptyElement(QStringLiteral("w:b"));
                if (run.italic)
                    w.writeEmptyElement(QStringLiteral("w:i"));
                if (rtl)
                    w.writeEmptyElement(QStringLiteral("w:rtl"));
                end();
            }
            QString piece;
            for (qsizetype k = i; k < j; ++k) {
                const char32_t c = cps[k];
                if (c == U'\n' || c == U'\t') {
                    if (!piece.isEmpty())
                        text(piece);
                    piece.clear();
                    w.writeEmptyElement(c == U'\n' ? QStringLiteral("w:br")
                                                   : QStringLiteral("w:tab"));
                } else if (c != U'\r') {
                    piece += QString::fromUcs4(&c, 1);
                }
            }
            if (!piece.isEmpty())
                text(piece);
            end();
            i = j;
        }
    }

    void paragraph(Style style, const QVector<Run>& rs, bool pageBreakBefore) {
        static const char* const ids[] = {"Normal",   "Title",    "Subtitle", "Heading1",
                                          "Heading2", "Heading3", "Quote",    "Caption"};
        start(QStringLiteral("w:p"));
        // A paragraph wholly in right-to-left script reads right to left; in a mixed one
        // (an English sentence quoting Arabic) only the runs are marked, as a browser shows
        // the HTML report.
        bool anyRtl = false;
        bool anyLtr = false;
        for (const Run& r : rs) {
            for (const uint c : r.text.toUcs4()) {
                if (strong(char32_t(c)))
                    (rightToLeft(char32_t(c)) ? anyRtl : anyLtr) = true;
            }
        }
        const bool rtlParagraph = anyRtl && !anyLtr;
        if (style != Style::Normal || pageBreakBefore || rtlParagraph) {
            start(QStringLiteral("w:pPr"));
            if (style != Style::Normal)
                val(QStringLiteral("w:pStyle"), QLatin1String(ids[int(style)]));
            if (pageBreakBefore)
                w.writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
            if (rtlParagraph)
                w.writeEmptyElement(QStringLiteral("w:bidi"));
            end();
        }
        for (const Run& r : rs)
            runs(r);
        end();
        lastWasTable = false;
    }
};

DocxDocument::DocxDocument()
    : d(std::make_unique<Private>()) {
    d->body.reserve(1 << 16);
}

DocxDocument::~DocxDocument() = default;

QString DocxDocument::xmlSafe(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        const ushort u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D)
            continue;
        out += c;
    }
    return out;
}

void DocxDocument::paragraph(Style style, const QVector<Run>& runs, bool pageBreakBefore) {
    d->paragraph(style, runs, pageBreakBefore);
}

void DocxDocument::contents(const QStringList& entries) {
    auto& w = d->w;
    const auto field = [&](const char* type) {
        d->start(QStringLiteral("w:r"));
        w.writeEmptyElement(QStringLiteral("w:fldChar"));
        w.writeAttribute(QStringLiteral("w:fldCharType"), QLatin1String(type));
        if (qstrcmp(type, "begin") == 0)
            w.writeAttribute(QStringLiteral("w:dirty"), QStringLiteral("true"));
        d->end();
    };
    const qsizetype n = qMax<qsizetype>(1, entries.size());
    for (qsizetype i = 0; i < n; ++i) {
        d->start(QStringLiteral("w:p"));
        d->start(QStringLiteral("w:pPr"));
        d->val(QStringLiteral("w:pStyle"), QStringLiteral("TOC1"));
        d->end();
        if (i == 0) {
            field("begin");
            d->start(QStringLiteral("w:r"));
            w.writeStartElement(QStringLiteral("w:instrText"));
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(QStringLiteral(" TOC \\o \"1-3\" \\h \\z \\u "));
            w.writeEndElement();
            d->end();
            field("separate");
        }
        d->runs(Run{entries.value(i)});
        if (i == n - 1)
            field("end");
        d->end();
    }
    d->lastWasTable = false;
}

void DocxDocument::pageBreak() {
    d->start(QStringLiteral("w:p"));
    d->start(QStringLiteral("w:r"));
    d->w.writeEmptyElement(QStringLiteral("w:br"));
    d->w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("page"));
    d->end();
    d->end();
    d->lastWasTable = false;
}

void DocxDocument::beginTable(int columns, const QVector<int>& weights) {
    d->columns = qMax(1, columns);
    qint64 total = 0;
    for (int c = 0; c < d->columns; ++c)
        total += qMax(1, weights.value(c, 1));
    d->widths.clear();
    for (int c = 0; c < d->columns; ++c)
        d->widths << int(textWidthTwips * qMax(1, weights.value(c, 1)) / total);
    d->start(QStringLiteral("w:tbl"));
    d->start(QStringLiteral("w:tblPr"));
    d->val(QStringLiteral("w:tblStyle"), QStringLiteral("TableGrid"));
    d->w.writeEmptyElement(QStringLiteral("w:tblW"));
    d->w.writeAttribute(QStringLiteral("w:w"), QStringLiteral("5000"));
    d->w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("pct"));
    d->end();
    d->start(QStringLiteral("w:tblGrid"));
    for (int c = 0; c < d->columns; ++c) {
        d->w.writeEmptyElement(QStringLiteral("w:gridCol"));
        d->w.writeAttribute(QStringLiteral("w:w"), QString::number(d->widths[c]));
    }
    d->end();
}

void DocxDocument::row(const QVector<QVector<Run>>& cells, bool header) {
    d->start(QStringLiteral("w:tr"));
    if (header) {
        d->start(QStringLiteral("w:trPr"));
        d->w.writeEmptyElement(QStringLiteral("w:tblHeader"));
        d->end();
    }
    for (int c = 0; c < d->columns; ++c) {
        d->start(QStringLiteral("w:tc"));
        d->start(QStringLiteral("w:tcPr"));
        d->w.writeEmptyElement(QStringLiteral("w:tcW"));
        d->w.writeAttribute(QStringLiteral("w:w"), QString::number(d->widths[c]));
        d->w.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        d->end();
        d->paragraph(Style::Normal, cells.value(c), false);
        d->end();
    }
    d->end();
}

void DocxDocument::endTable() {
    d->end();
    d->lastWasTable = true;
}

void DocxDocument::image(const QByteArray& png, QSize pixels, int widthPx,
                         const QString& description) {
    d->media << png;
    const int n = int(d->media.size());
    const qint64 cx = qint64(widthPx) * emuPerPixel;
    const qint64 cy = cx * pixels.height() / qMax(1, pixels.width());
    auto& w = d->w;
    const QString safe = xmlSafe(description);
    d->start(QStringLiteral("w:p"));
    d->start(QStringLiteral("w:r"));
    d->start(QStringLiteral("w:drawing"));
    d->start(QStringLiteral("wp:inline"));
    w.writeEmptyElement(QStringLiteral("wp:extent"));
    w.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    w.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    w.writeEmptyElement(QStringLiteral("wp:docPr"));
    w.writeAttribute(QStringLiteral("id"), QString::number(n));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("Picture %1").arg(n));
    w.writeAttribute(QStringLiteral("descr"), safe);
    d->start(QStringLiteral("a:graphic"));
    d->start(QStringLiteral("a:graphicData"));
    w.writeAttribute(QStringLiteral("uri"),
                     QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    d->start(QStringLiteral("pic:pic"));
    d->start(QStringLiteral("pic:nvPicPr"));
    w.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    w.writeAttribute(QStringLiteral("id"), QString::number(n));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("image%1.png").arg(n));
    w.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    d->end();
    d->start(QStringLiteral("pic:blipFill"));
    w.writeEmptyElement(QStringLiteral("a:blip"));
    w.writeAttribute(QStringLiteral("r:embed"), QStringLiteral("rIdImage%1").arg(n));
    d->start(QStringLiteral("a:stretch"));
    w.writeEmptyElement(QStringLiteral("a:fillRect"));
    d->end();
    d->end();
    d->start(QStringLiteral("pic:spPr"));
    d->start(QStringLiteral("a:xfrm"));
    w.writeEmptyElement(QStringLiteral("a:off"));
    w.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("a:ext"));
    w.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    w.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    d->end();
    d->start(QStringLiteral("a:prstGeom"));
    w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    d->end();
    d->end(); // spPr
    d->end(); // pic
    d->end(); // graphicData
    d->end(); // graphic
    d->end(); // inline
    d->end(); // drawing
    d->end(); // r
    d->end(); // p
    d->lastWasTable = false;
}

Result<QByteArray> DocxDocument::package(const QString& title) const {
    QByteArray document = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                          "\n";
    document += "<w:document xmlns:w=\"";
    document += docx::wordNs;
    document += "\" xmlns:r=\"";
    document += docx::relNs;
    document +=
        "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>";
    document += d->body;
    // A table may not be the last thing before the section properties.
    if (d->lastWasTable || d->body.isEmpty())
        document += "<w:p/>";
    document += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" "
                "w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" "
                "w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
    QVector<QPair<QString, QByteArray>> files = {
        {QStringLiteral("[Content_Types].xml"), docx::contentTypesXml()},
        {QStringLiteral("_rels/.rels"), docx::packageRelsXml()},
        {QStringLiteral("docProps/core.xml"), docx::corePropertiesXml(xmlSafe(title))},
        {QStringLiteral("word/_rels/document.xml.rels"),
         docx::documentRelsXml(int(d->media.size()))},
        {QStringLiteral("word/styles.xml"), docx::stylesXml()},
        {QStringLiteral("word/settings.xml"), docx::settingsXml()},
        {QStringLiteral("word/document.xml"), document}};
    for (qsizetype i = 0; i < d->media.size(); ++i)
        files.append({QStringLiteral("word/media/image%1.png").arg(i + 1), d->media[i]});
    return refi::zipArchive(files);
}

Status DocxDocument::save(const QString& path, const QString& title) const {
    Result<QByteArray> bytes = package(title);
    if (!bytes)
        return Status::from(bytes);
    return csv::saveFile(path, *bytes);
}

} // namespace situate
