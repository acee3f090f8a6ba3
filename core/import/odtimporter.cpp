// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/odtimporter.h"

#include "core/import/importsupport.h"
#include "core/import/officepackage.h"
#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::import)
};
} // namespace

namespace situate {

namespace {

const QString kind = QStringLiteral("OpenDocument text document");

constexpr QStringView textNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView tableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr QStringView officeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView drawNs = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr QStringView svgNs = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

// A single text:s may ask for any number of spaces; more than this is an attack, not layout.
constexpr int maxSpaceRun = 1000;

bool isSkippedTextElement(QStringView name) {
    // Declarations, index templates, note numbers and ruby annotations hold text that is not
    // part of the running text; tracked-changes holds the deleted text.
    return name == u"tracked-changes" || name == u"note-citation" || name == u"sequence-decls" ||
           name == u"variable-decls" || name == u"user-field-decls" ||
           name == u"dde-connection-decls" || name == u"ruby-text" ||
           name.endsWith(u"-source"); // text:table-of-content-source and the other index sources
}

bool isParagraph(QStringView name) {
    return name == u"p" || name == u"h";
}

// ODF collapses white space in paragraph text the way XML tools do: runs of space, tab and
// line end become one space and leading white space is dropped; text:s, text:tab and
// text:line-break carry the spacing that must survive.
class Collapser {
public:
    void beginParagraph() { m_afterSpace.append(true); }
    void endParagraph() {
        if (!m_afterSpace.isEmpty())
            m_afterSpace.removeLast();
    }
    void explicitSpacing() {
        if (!m_afterSpace.isEmpty())
            m_afterSpace.last() = false;
    }
    QString collapse(QStringView text) {
        QString out;
        if (m_afterSpace.isEmpty())
            return out;
        bool& afterSpace = m_afterSpace.last();
        out.reserve(text.size());
        for (const QChar c : text) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
                c == QLatin1Char('\r')) {
                if (!afterSpace)
                    out += QLatin1Char(' ');
                afterSpace = true;
            } else {
                out += c;
                afterSpace = false;
            }
        }
        return out;
    }

private:
    QVector<bool> m_afterSpace; // one per open paragraph: notes nest paragraphs
};

QString readContent(const QByteArray& xml, OfficeTextBuilder& builder) {
    OfficeXmlReader r(xml, QStringLiteral("content.xml"), kind);
    Collapser spaces;
    int bodyDepth = 0; // inside office:text, where the document's text lives
    while (r.next()) {
        if (r.isText()) {
            if (bodyDepth > 0)
                builder.appendText(spaces.collapse(r.text()));
            continue;
        }
        const QStringView ns = r.namespaceUri();
        const QStringView name = r.name();
        if (ns == officeNs && name == u"text") {
            bodyDepth += r.isStart() ? 1 : -1;
            continue;
        }
        if (bodyDepth <= 0)
            continue;
        if (r.isStart()) {
            if (ns == officeNs && (name == u"annotation" || name == u"forms")) {
                r.skipElement();
            } else if ((ns == svgNs && (name == u"title" || name == u"desc")) ||
                       (ns == tableNs && name == u"covered-table-cell")) {
                // Image descriptions are not running text; a covered cell is the hidden part of
                // a merged cell.
                r.skipElement();
            } else if (ns == drawNs && name == u"text-box") {
                builder.beginTextBox();
            } else if (ns == tableNs && name == u"table-row") {
                builder.beginRow();
            } else if (ns == tableNs && name == u"table-cell") {
                builder.beginCell();
            } else if (ns != textNs) {
                continue;
            } else if (isSkippedTextElement(name)) {
                r.skipElement();
            } else if (isParagraph(name)) {
                builder.beginParagraph();
                spaces.beginParagraph();
            } else if (name == u"s") {
                bool ok = false;
                int count = r.attribute(textNs, QLatin1String("c")).toInt(&ok);
                if (!ok || count < 1)
                    count = 1;
                builder.appendText(QString(std::min(count, maxSpaceRun), QLatin1Char(' ')));
                spaces.explicitSpacing();
            } else if (name == u"tab") {
                builder.appendTab();
                spaces.explicitSpacing();
            } else if (name == u"line-break") {
                builder.appendLineBreak();
                spaces.explicitSpacing();
            } else if (name == u"note") {
                const bool endnote = r.attribute(textNs, QLatin1String("note-class")) == u"endnote";
                builder.beginNote(r.attribute(textNs, QLatin1String("id")), endnote);
            }
        } else if (r.isEnd()) {
            if (ns == drawNs && name == u"text-box") {
                builder.endTextBox();
            } else if (ns == tableNs && name == u"table-row") {
                builder.endRow();
            } else if (ns == tableNs && name == u"table-cell") {
                builder.endCell();
            } else if (ns == textNs && isParagraph(name)) {
                builder.endParagraph();
                spaces.endParagraph();
            } else if (ns == textNs && name == u"note") {
                builder.endNote();
            }
        }
        if (builder.overflowed())
            return Tr::tr("the text is longer than the %1-character limit")
                .arg(importsupport::formatCount(importlimits::maxTextCodePoints));
    }
    return r.problem();
}

} // namespace

QStringList OdtImporter::suffixes() const {
    return {QStringLiteral("odt")};
}

Result<ImportedDocument> OdtImporter::read(const QString& path) const {
    Result<OfficePackage> package = OfficePackage::open(path, kind);
    if (!package)
        return Status::from(package);

    const QString mimetypeEntry = QStringLiteral("mimetype");
    if (package->contains(mimetypeEntry)) {
        const Result<QByteArray> mimetype = package->read(mimetypeEntry);
        if (!mimetype)
            return Status::from(mimetype);
        const QByteArray type = mimetype->trimmed();
        // Text, text templates and master documents all keep their text in content.xml.
        if (!type.startsWith("application/vnd.oasis.opendocument.text")) {
            return importsupport::failure(path,
                                          Tr::tr("not an OpenDocument text document (it is %1)")
                                              .arg(QString::fromUtf8(type.left(100))));
        }
    }
    const QString manifestEntry = QStringLiteral("META-INF/manifest.xml");
    if (package->contains(manifestEntry)) {
        const Result<QByteArray> manifest = package->read(manifestEntry);
        if (!manifest)
            return Status::from(manifest);
        // An encrypted package keeps its parts in the zip as ciphertext and says so here.
        if (manifest->contains("encryption-data")) {
            return importsupport::failure(
                path, Tr::tr("is password-protected; remove the password and import it "
                             "again"));
        }
    }

    const Result<QByteArray> xml = package->read(QStringLiteral("content.xml"));
    if (!xml)
        return Status::from(xml);
    OfficeTextBuilder builder;
    const QString problem = readContent(*xml, builder);
    if (!problem.isEmpty())
        return importsupport::failure(path, problem);

    QStringList notes;
    for (const bool endnotes : {false, true}) {
        for (const OfficeTextBuilder::Note& note : builder.notes()) {
            if (note.endnote == endnotes)
                notes.append(note.text);
        }
    }
    return importsupport::finishDocument(path, QStringLiteral("odt"), builder.body(), notes,
                                         package->warnings());
}

} // namespace situate
