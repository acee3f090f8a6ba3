// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Word document (.docx) built block by block: paragraphs in Word's own built-in styles
// (Title, Heading 1-3, Quote, Caption, Table Grid), so a team's template restyles them; a
// contents field; tables with a repeating header row; PNG images. Every text is written as
// text (escaped by the XML writer, never markup), exactly as given, except the characters
// XML 1.0 forbids, which are dropped; runs of right-to-left script are marked as such.

#include "core/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace situate {

class DocxDocument {
public:
    enum class Style { Normal, Title, Subtitle, Heading1, Heading2, Heading3, Quote, Caption };
    /// A stretch of text with one look; '\n' becomes a line break, '\t' a tab.
    struct Run {
        QString text;
        bool bold = false;
        bool italic = false;
    };

    DocxDocument();
    ~DocxDocument();
    DocxDocument(const DocxDocument&) = delete;
    DocxDocument& operator=(const DocxDocument&) = delete;

    void paragraph(Style style, const QVector<Run>& runs, bool pageBreakBefore = false);
    void paragraph(Style style, const QString& text, bool pageBreakBefore = false) {
        paragraph(style, QVector<Run>{Run{text}}, pageBreakBefore);
    }
    /// A table of contents field over Heading 1-3 that Word fills in when the document is
    /// opened; until then (and in readers that do not update fields) it shows `entries`.
    void contents(const QStringList& entries);
    void pageBreak();
    /// A table in the Table Grid style; rows marked `header` repeat on every page. Columns
    /// share the text width in proportion to `weights` (equal when empty).
    void beginTable(int columns, const QVector<int>& weights = {});
    void row(const QVector<QVector<Run>>& cells, bool header = false);
    void endTable();
    /// A PNG image of `pixels` as its own paragraph, `widthPx` wide at 96 dpi (height in
    /// proportion). PNG bytes, not a QImage, so core needs no Qt Gui for a Word file.
    void image(const QByteArray& png, QSize pixels, int widthPx, const QString& description);

    /// The whole package: [Content_Types].xml, relationships, word/document.xml,
    /// word/styles.xml, word/settings.xml, word/media/*.png, docProps/core.xml.
    Result<QByteArray> package(const QString& title) const;
    /// The package written atomically (complete or untouched).
    Status save(const QString& path, const QString& title) const;

    /// `text` without the code points XML 1.0 forbids (controls but tab, line feed and
    /// carriage return; U+FFFE, U+FFFF; unpaired surrogates).
    static QString xmlSafe(const QString& text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace situate
