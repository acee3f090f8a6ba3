// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/import/ziphandle.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>
#include <QXmlStreamReader>

// The zip and XML reading that the .docx and .odt importers share.
namespace situate {

/// Reads parts of a zip-based office document (.docx, .odt) into memory within the import limits.
class OfficePackage {
public:
    /// Opens the archive at `path`; `kind` names the format in messages ("Word document").
    static Result<OfficePackage> open(const QString& path, const QString& kind);

    bool contains(const QString& entry) const;
    /// Reads one entry, refusing one that inflates past importlimits::maxZipEntryBytes. Failure
    /// messages name the file and the entry.
    Result<QByteArray> read(const QString& entry) const;
    /// Entries with absolute names or ".." segments. They are never read (entries are only
    /// looked up by their expected names and nothing is extracted), just reported.
    int unsafeEntryCount() const { return m_unsafeEntries; }
    /// Notes for the user about the archive (the unsafe entries), empty when there are none.
    QStringList warnings() const;

    QString fileName() const { return m_fileName; }
    QString kind() const { return m_kind; }

private:
    OfficePackage() = default;
    ZipHandle m_zip;
    QString m_fileName;
    QString m_kind;
    int m_unsafeEntries = 0;
};

/// Streams one XML part of an office document, refusing DTDs and bounding the nesting depth.
class OfficeXmlReader {
public:
    /// `part` names the entry ("word/document.xml") and `kind` the format in messages.
    OfficeXmlReader(const QByteArray& xml, const QString& part, const QString& kind);

    /// Moves to the next start element, end element or text; false at the end or on a problem.
    bool next();
    bool isStart() const { return m_xml.tokenType() == QXmlStreamReader::StartElement; }
    bool isEnd() const { return m_xml.tokenType() == QXmlStreamReader::EndElement; }
    bool isText() const { return m_xml.tokenType() == QXmlStreamReader::Characters; }
    /// True on a start or end element with this namespace and local name.
    bool is(QStringView namespaceUri, QLatin1String localName) const {
        return m_xml.name() == localName && m_xml.namespaceUri() == namespaceUri;
    }
    QStringView name() const { return m_xml.name(); }
    QStringView namespaceUri() const { return m_xml.namespaceUri(); }
    QStringView text() const { return m_xml.text(); }
    /// The attribute's value on the current start element, or an empty string.
    QString attribute(QStringView namespaceUri, QLatin1String localName) const {
        return m_xml.attributes().value(namespaceUri.toString(), localName).toString();
    }
    /// True when the element enclosing the current start element has this namespace and name.
    bool parentIs(QStringView namespaceUri, QLatin1String localName) const;
    /// Skips to the end of the current start element, still enforcing the limits.
    void skipElement();
    /// Why reading stopped early, in plain words naming the part; empty when all went well.
    QString problem() const { return m_problem; }

private:
    struct Element {
        QString namespaceUri;
        QString name;
    };
    QXmlStreamReader m_xml;
    QString m_part;
    QString m_kind;
    QVector<Element> m_stack;
    QString m_problem;
};

/// Lays out paragraphs, tables and notes as Situate's plain text: a paragraph per line, a table
/// row per line with its cells separated by tabs, notes collected apart from the body.
class OfficeTextBuilder {
public:
    struct Note {
        QString id;
        QString text;
        bool endnote = false;
    };

    OfficeTextBuilder();

    void beginParagraph();
    void endParagraph();
    /// Adds text to the open paragraph; text outside any paragraph is dropped.
    void appendText(QStringView text);
    void appendTab();
    void appendLineBreak();
    void beginRow();
    void endRow();
    void beginCell();
    void endCell();
    void beginNote(const QString& id, bool endnote);
    void endNote();
    /// A text box's paragraphs go into the paragraph that anchors it, on lines of their own.
    void beginTextBox();
    void endTextBox();

    QString body() const;
    const QVector<Note>& notes() const { return m_notes; }
    /// True once the text collected passed what importlimits::maxTextCodePoints can allow;
    /// the importer then stops instead of building an ever larger string.
    bool overflowed() const { return m_units > 2 * importlimits::maxTextCodePoints; }

private:
    enum class Kind { Root, Cell, Note, TextBox };
    struct Container {
        Kind kind = Kind::Root;
        QStringList blocks;
        QString noteId;
        bool endnote = false;
    };
    struct Paragraph {
        QString text;
        bool inCell = false;
        bool breakBeforeText = false;
    };
    void appendToParagraph(QStringView text);

    QVector<Container> m_containers;
    QVector<Paragraph> m_paragraphs;
    QVector<QStringList> m_rows;
    QVector<Note> m_notes;
    qint64 m_units = 0;
};

} // namespace situate
