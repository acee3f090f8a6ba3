// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/docximporter.h"

#include "core/import/importsupport.h"
#include "core/import/officepackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::import)
};
} // namespace

namespace situate {

namespace {

const QString kind = QStringLiteral("Word document");

// Transitional OOXML (what Word writes by default) and Strict OOXML name the same elements in
// different namespaces.
bool isWordNamespace(QStringView ns) {
    return ns == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
           ns == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
}

constexpr QStringView markupCompatibilityNs =
    u"http://schemas.openxmlformats.org/markup-compatibility/2006";

struct NoteRefs {
    QStringList footnotes;
    QStringList endnotes;
};

enum class Part { Document, Footnotes, Endnotes };

// Reads one WordprocessingML part into the builder. For the notes parts every w:footnote or
// w:endnote becomes one note; the body part records the order notes are referenced in.
QString readPart(const QByteArray& xml, const QString& partName, Part part,
                 OfficeTextBuilder& builder, NoteRefs* refs) {
    OfficeXmlReader r(xml, partName, kind);
    int textDepth = 0; // inside w:t: only w:t holds visible text (not w:delText, w:instrText)
    while (r.next()) {
        if (r.isText()) {
            if (textDepth > 0)
                builder.appendText(r.text());
            continue;
        }
        const QStringView name = r.name();
        if (r.isStart() && r.namespaceUri() == markupCompatibilityNs) {
            // mc:AlternateContent offers a modern rendering (mc:Choice) and a fallback with the
            // same text; reading both would duplicate text boxes.
            if (name == u"Fallback")
                r.skipElement();
            continue;
        }
        if (!isWordNamespace(r.namespaceUri()))
            continue;
        if (r.isStart()) {
            if (name == u"p") {
                builder.beginParagraph();
            } else if (name == u"t") {
                ++textDepth;
            } else if (name == u"tab" || name == u"ptab") {
                // w:tab also defines tab stops inside w:pPr; only a tab in a run is text.
                if (r.parentIs(r.namespaceUri(), QLatin1String("r")))
                    builder.appendTab();
            } else if (name == u"br" || name == u"cr") {
                builder.appendLineBreak();
            } else if (name == u"noBreakHyphen") {
                builder.appendText(u"\u2011");
            } else if (name == u"tr") {
                builder.beginRow();
            } else if (name == u"tc") {
                builder.beginCell();
            } else if (name == u"txbxContent") {
                builder.beginTextBox();
            } else if (name == u"footnoteReference" || name == u"endnoteReference") {
                if (refs && part == Part::Document) {
                    const QString id = r.attribute(r.namespaceUri(), QLatin1String("id"));
                    (name == u"footnoteReference" ? refs->footnotes : refs->endnotes).append(id);
                }
            } else if ((name == u"footnote" && part == Part::Footnotes) ||
                       (name == u"endnote" && part == Part::Endnotes)) {
                // Separator and continuation notes (w:type set) are drawing rules, not text.
                const QString type = r.attribute(r.namespaceUri(), QLatin1String("type"));
                if (!type.isEmpty() && type != u"normal") {
                    r.skipElement();
                    continue;
                }
                builder.beginNote(r.attribute(r.namespaceUri(), QLatin1String("id")),
                                  part == Part::Endnotes);
            } else if (name == u"pPr" || name == u"rPr" || name == u"tblPr" || name == u"trPr" ||
                       name == u"tcPr" || name == u"sectPr" || name == u"sdtPr" ||
                       name == u"moveFrom" || name == u"del") {
                // Properties hold no text, and moved-away or deleted runs are not in the
                // document as it reads now.
                r.skipElement();
            }
        } else if (r.isEnd()) {
            if (name == u"p") {
                builder.endParagraph();
            } else if (name == u"t") {
                --textDepth;
            } else if (name == u"tr") {
                builder.endRow();
            } else if (name == u"tc") {
                builder.endCell();
            } else if (name == u"txbxContent") {
                builder.endTextBox();
            } else if ((name == u"footnote" && part == Part::Footnotes) ||
                       (name == u"endnote" && part == Part::Endnotes)) {
                builder.endNote();
            }
        }
        if (builder.overflowed())
            return Tr::tr("the text is longer than the %1-character limit")
                .arg(importsupport::formatCount(importlimits::maxTextCodePoints));
    }
    return r.problem();
}

// Notes in the order the body refers to them (Word keeps notes.xml in creation order, not
// reading order), then any note the body never refers to, so that no text is lost.
QStringList orderNotes(const QVector<OfficeTextBuilder::Note>& notes, bool endnotes,
                       const QStringList& order) {
    QHash<QString, QString> byId;
    QStringList ids;
    for (const OfficeTextBuilder::Note& note : notes) {
        if (note.endnote != endnotes || byId.contains(note.id))
            continue;
        byId.insert(note.id, note.text);
        ids.append(note.id);
    }
    QStringList out;
    QSet<QString> used;
    for (const QString& id : order) {
        if (byId.contains(id) && !used.contains(id)) {
            out.append(byId.value(id));
            used.insert(id);
        }
    }
    for (const QString& id : ids) {
        if (!used.contains(id))
            out.append(byId.value(id));
    }
    return out;
}

} // namespace

QStringList DocxImporter::suffixes() const {
    return {QStringLiteral("docx")};
}

Result<ImportedDocument> DocxImporter::read(const QString& path) const {
    Result<OfficePackage> package = OfficePackage::open(path, kind);
    if (!package)
        return Status::from(package);

    const QString documentPart = QStringLiteral("word/document.xml");
    OfficeTextBuilder body;
    NoteRefs refs;
    {
        const Result<QByteArray> xml = package->read(documentPart);
        if (!xml)
            return Status::from(xml);
        const QString problem = readPart(*xml, documentPart, Part::Document, body, &refs);
        if (!problem.isEmpty())
            return importsupport::failure(path, problem);
    }

    OfficeTextBuilder notes;
    const struct {
        QString name;
        Part part;
    } noteParts[] = {{QStringLiteral("word/footnotes.xml"), Part::Footnotes},
                     {QStringLiteral("word/endnotes.xml"), Part::Endnotes}};
    for (const auto& notePart : noteParts) {
        if (!package->contains(notePart.name))
            continue;
        const Result<QByteArray> xml = package->read(notePart.name);
        if (!xml)
            return Status::from(xml);
        const QString problem = readPart(*xml, notePart.name, notePart.part, notes, nullptr);
        if (!problem.isEmpty())
            return importsupport::failure(path, problem);
    }

    QStringList allNotes = orderNotes(notes.notes(), false, refs.footnotes);
    allNotes += orderNotes(notes.notes(), true, refs.endnotes);
    return importsupport::finishDocument(path, QStringLiteral("docx"), body.body(), allNotes,
                                         package->warnings());
}

} // namespace situate
