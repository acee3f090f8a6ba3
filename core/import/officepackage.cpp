// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/officepackage.h"

#include "core/import/importsupport.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

#include <utility>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::import)
};
} // namespace

namespace situate {

namespace {

bool isUnsafeEntryName(const QString& name) {
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) ||
        (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return true;
    const QStringList segments =
        QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    return segments.contains(QLatin1String(".."));
}

// The first bytes say what the file really is, which lets the message tell a damaged archive
// from a file that never was one.
QByteArray fileStart(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
}

} // namespace

Result<OfficePackage> OfficePackage::open(const QString& path, const QString& kind) {
    const QString name = importsupport::displayName(path);
    const Status checked = importsupport::checkInputFile(path);
    if (!checked)
        return checked;

    int error = 0;
    ::zip* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        const QByteArray start = fileStart(path);
        QString problem;
        if (start.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
            // Office wraps password-protected documents in an OLE container, the same
            // container old binary .doc files use.
            problem = Tr::tr("is password-protected or an old binary format, not a %1; "
                             "remove the password or save it again as .docx or .odt")
                          .arg(kind);
        } else if (error == ZIP_ER_OPEN || error == ZIP_ER_READ) {
            problem = Tr::tr("could not be opened for reading");
        } else if (start.startsWith("PK")) {
            problem = Tr::tr("not a valid %1 (the zip archive is damaged or truncated)").arg(kind);
        } else if (start.isEmpty()) {
            problem = Tr::tr("not a valid %1 (the file is empty)").arg(kind);
        } else {
            problem = Tr::tr("not a valid %1 (it is not a zip archive)").arg(kind);
        }
        return Result<OfficePackage>::failure(name + QLatin1String(": ") + problem);
    }

    OfficePackage package;
    package.m_zip.reset(archive);
    package.m_fileName = name;
    package.m_kind = kind;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* entry = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (entry && isUnsafeEntryName(QString::fromUtf8(entry)))
            ++package.m_unsafeEntries;
    }
    return Result<OfficePackage>(std::move(package));
}

QStringList OfficePackage::warnings() const {
    if (m_unsafeEntries == 0)
        return {};
    return {Tr::tr("The archive lists %1 item(s) with unsafe names (absolute or "
                   "containing \"..\"); they were not read.")
                .arg(m_unsafeEntries)};
}

bool OfficePackage::contains(const QString& entry) const {
    return m_zip && zip_name_locate(m_zip.get(), entry.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> OfficePackage::read(const QString& entry) const {
    auto fail = [&](const QString& problem) {
        return Result<QByteArray>::failure(m_fileName + QLatin1String(": ") + problem);
    };
    const QString bomb = Tr::tr("a part of the file inflates past the %1 limit "
                                "(possible zip bomb)")
                             .arg(importsupport::formatMegabytes(importlimits::maxZipEntryBytes));
    if (!m_zip)
        return fail(Tr::tr("not a valid %1 (the zip archive is damaged)").arg(m_kind));
    const QByteArray entryName = entry.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip.get(), entryName.constData(), 0, &stat) != 0)
        return fail(Tr::tr("not a valid %1 (%2 is missing)").arg(m_kind, entry));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return fail(Tr::tr("is password-protected; remove the password and import it "
                           "again"));
    // The size in the archive's directory is only a claim: check it here to fail fast, and
    // count what actually inflates below.
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(importlimits::maxZipEntryBytes))
        return fail(bomb);

    zip_file_t* file = zip_fopen(m_zip.get(), entryName.constData(), 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(m_zip.get()));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            return fail(Tr::tr("is password-protected; remove the password and import "
                               "it again"));
        if (code == ZIP_ER_COMPNOTSUPP)
            return fail(Tr::tr("not a valid %1 (%2 uses an unsupported compression "
                               "method)")
                            .arg(m_kind, entry));
        return fail(Tr::tr("not a valid %1 (%2 cannot be read: %3)")
                        .arg(m_kind, entry, QString::fromUtf8(zip_strerror(m_zip.get()))));
    }
    InflatedEntry read = inflateEntry(file, (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0,
                                      importlimits::maxZipEntryBytes);
    if (read.tooLarge)
        return fail(bomb);
    if (read.readFailed)
        return fail(
            Tr::tr("not a valid %1 (%2 is damaged: %3)").arg(m_kind, entry, read.readError));
    read.data.squeeze();
    return read.data;
}

OfficeXmlReader::OfficeXmlReader(const QByteArray& xml, const QString& part, const QString& kind)
    : m_xml(xml)
    , m_part(part)
    , m_kind(kind) {}

bool OfficeXmlReader::next() {
    if (!m_problem.isEmpty())
        return false;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (m_stack.size() >= importlimits::maxXmlDepth) {
                m_problem = Tr::tr("%1 nests elements more than %2 levels deep, which no "
                                   "real document does; it was refused")
                                .arg(m_part)
                                .arg(importlimits::maxXmlDepth);
                return false;
            }
            m_stack.append({m_xml.namespaceUri().toString(), m_xml.name().toString()});
            return true;
        case QXmlStreamReader::EndElement:
            if (!m_stack.isEmpty())
                m_stack.removeLast();
            return true;
        case QXmlStreamReader::Characters:
            return true;
        case QXmlStreamReader::DTD:
            // Qt never fetches external entities, but it does expand internal ones, which is
            // how "billion laughs" files exhaust memory. Office writers never emit a DTD.
            m_problem = Tr::tr("%1 contains a document type declaration (DTD), which "
                               "Word and LibreOffice never write; it was refused as "
                               "unsafe")
                            .arg(m_part);
            return false;
        case QXmlStreamReader::Invalid:
            m_problem = Tr::tr("not a valid %1 (%2 is not well-formed XML: %3 at line "
                               "%4)")
                            .arg(m_kind, m_part, m_xml.errorString())
                            .arg(m_xml.lineNumber());
            return false;
        default:
            break; // comments, processing instructions, the XML declaration
        }
    }
    return false;
}

bool OfficeXmlReader::parentIs(QStringView namespaceUri, QLatin1String localName) const {
    // The stack holds the current element last; its parent sits just before it.
    if (m_stack.size() < 2)
        return false;
    const Element& parent = m_stack.at(m_stack.size() - 2);
    return parent.name == localName && parent.namespaceUri == namespaceUri;
}

void OfficeXmlReader::skipElement() {
    const qsizetype depth = m_stack.size();
    while (m_stack.size() >= depth && next()) {
    }
}

OfficeTextBuilder::OfficeTextBuilder() {
    m_containers.append(Container{});
}

void OfficeTextBuilder::beginParagraph() {
    Paragraph p;
    p.inCell = m_containers.last().kind == Kind::Cell;
    m_paragraphs.append(p);
}

void OfficeTextBuilder::endParagraph() {
    if (m_paragraphs.isEmpty())
        return;
    m_containers.last().blocks.append(m_paragraphs.takeLast().text);
}

void OfficeTextBuilder::appendToParagraph(QStringView text) {
    if (m_paragraphs.isEmpty() || text.isEmpty())
        return;
    Paragraph& p = m_paragraphs.last();
    if (p.breakBeforeText) {
        p.text += QLatin1Char('\n');
        p.breakBeforeText = false;
        ++m_units;
    }
    p.text += text;
    m_units += text.size();
}

void OfficeTextBuilder::appendText(QStringView text) {
    appendToParagraph(text);
}

void OfficeTextBuilder::appendTab() {
    // Inside a cell a tab or a break would split the row's line, so it becomes a space.
    const bool inCell = !m_paragraphs.isEmpty() && m_paragraphs.last().inCell;
    appendToParagraph(inCell ? u" " : u"\t");
}

void OfficeTextBuilder::appendLineBreak() {
    const bool inCell = !m_paragraphs.isEmpty() && m_paragraphs.last().inCell;
    appendToParagraph(inCell ? u" " : u"\n");
}

void OfficeTextBuilder::beginRow() {
    m_rows.append(QStringList());
}

void OfficeTextBuilder::endRow() {
    if (m_rows.isEmpty())
        return;
    const QString line = m_rows.takeLast().join(QLatin1Char('\t'));
    m_units += line.size();
    m_containers.last().blocks.append(line);
}

void OfficeTextBuilder::beginCell() {
    m_containers.append(Container{Kind::Cell, {}, {}, false});
}

void OfficeTextBuilder::endCell() {
    if (m_containers.size() < 2 || m_containers.last().kind != Kind::Cell)
        return;
    // A cell's paragraphs share its line so that each row stays one line.
    const QString text = m_containers.takeLast().blocks.join(QLatin1Char(' '));
    if (m_rows.isEmpty())
        m_containers.last().blocks.append(text);
    else
        m_rows.last().append(text);
}

void OfficeTextBuilder::beginNote(const QString& id, bool endnote) {
    m_containers.append(Container{Kind::Note, {}, id, endnote});
}

void OfficeTextBuilder::endNote() {
    if (m_containers.size() < 2 || m_containers.last().kind != Kind::Note)
        return;
    Container note = m_containers.takeLast();
    QString text = note.blocks.join(QLatin1Char('\n'));
    // Writers put a space or tab after the note's number; the number is not part of the
    // text, so neither is the gap that followed it.
    qsizetype lead = 0;
    while (lead < text.size() &&
           (text.at(lead) == QLatin1Char(' ') || text.at(lead) == QLatin1Char('\t')))
        ++lead;
    text.remove(0, lead);
    m_notes.append(Note{note.noteId, text, note.endnote});
}

void OfficeTextBuilder::beginTextBox() {
    m_containers.append(Container{Kind::TextBox, {}, {}, false});
}

void OfficeTextBuilder::endTextBox() {
    if (m_containers.size() < 2 || m_containers.last().kind != Kind::TextBox)
        return;
    const QString text = m_containers.takeLast().blocks.join(QLatin1Char('\n'));
    if (text.isEmpty())
        return;
    if (m_paragraphs.isEmpty()) {
        m_containers.last().blocks.append(text);
        return;
    }
    Paragraph& p = m_paragraphs.last();
    if (!p.text.isEmpty() && !p.text.endsWith(QLatin1Char('\n')))
        p.text += QLatin1Char('\n');
    p.text += text;
    p.breakBeforeText = true;
}

QString OfficeTextBuilder::body() const {
    return m_containers.first().blocks.join(QLatin1Char('\n'));
}

} // namespace situate
