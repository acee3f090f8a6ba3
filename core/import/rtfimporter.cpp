// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/rtfimporter.h"

#include "core/import/importsupport.h"
#include "core/import/rtftables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <optional>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::import)
};
} // namespace

namespace situate {

namespace {

using namespace rtftables;

enum class Destination { Text, FontTable, Skip };

struct Group {
    Destination destination = Destination::Text;
    int note = -1;        // index of the note this group's text belongs to; -1 for the body
    int ucSkip = 1;       // fallback characters that follow each \uN
    int font = -1;        // current font, for its code page
    bool deleted = false; // tracked deletion
    bool hidden = false;
    bool inTable = false;
    bool fresh = true;    // no control word seen yet: the next one may name a destination
    bool starred = false; // "\*" seen: an unknown destination may be skipped
    bool upr = false;     // \upr group: only its \ud part is read
    Destination uprDestination = Destination::Text;
};

struct Note {
    QString text;
    bool endnote = false;
};

class RtfReader {
public:
    explicit RtfReader(const QByteArray& data)
        : m_data(data) {}

    // Returns a problem in plain words, or nothing when the document was read.
    std::optional<QString> run();

    QString body;
    QVector<Note> notes;
    QStringList warnings;

private:
    Group& top() { return m_groups.last(); }
    bool emitting() const {
        const Group& g = m_groups.last();
        return g.destination == Destination::Text && !g.deleted && !g.hidden;
    }
    QString& target() { return top().note >= 0 ? notes[top().note].text : body; }
    void put(QStringView text);
    void emitByte(char byte);
    void flushBytes();
    // True when a fallback character after \uN was consumed instead of read.
    bool consumeFallback();
    std::optional<QString> openGroup();
    void closeGroup();
    void controlWord(QLatin1String word, bool hasParam, qint64 param);
    void controlSymbol(char symbol);
    int fontCodePage() const;
    void endRow();

    const QByteArray& m_data;
    qsizetype m_pos = 0;
    QVector<Group> m_groups;
    int m_skipFallback = 0;
    int m_ansiCodePage = 1252;
    int m_defaultFont = -1;
    int m_fontTableCurrent = -1;
    QHash<int, int> m_fontCodePages;
    QByteArray m_bytes; // \'hh bytes awaiting decoding: a multi-byte code page needs them together
    int m_bytesCodePage = 1252;
    QSet<int> m_warnedCodePages;
};

int RtfReader::fontCodePage() const {
    const int font = m_groups.last().font >= 0 ? m_groups.last().font : m_defaultFont;
    return m_fontCodePages.value(font, m_ansiCodePage);
}

void RtfReader::put(QStringView text) {
    flushBytes();
    if (emitting())
        target() += text;
}

void RtfReader::emitByte(char byte) {
    if (!emitting())
        return;
    const int codePage = fontCodePage();
    if (!m_bytes.isEmpty() && codePage != m_bytesCodePage)
        flushBytes();
    m_bytesCodePage = codePage;
    m_bytes.append(byte);
}

void RtfReader::flushBytes() {
    if (m_bytes.isEmpty())
        return;
    QString text;
    if (m_bytesCodePage == 1252) {
        text = importsupport::decodeWindows1252(m_bytes);
    } else {
        QStringDecoder decoder(codecName(m_bytesCodePage).constData());
        if (decoder.isValid()) {
            text = decoder.decode(m_bytes);
        } else {
            text = importsupport::decodeWindows1252(m_bytes);
            if (!m_warnedCodePages.contains(m_bytesCodePage)) {
                m_warnedCodePages.insert(m_bytesCodePage);
                warnings.append(Tr::tr("Code page %1 is not available; its characters "
                                       "were read as Windows-1252.")
                                    .arg(m_bytesCodePage));
            }
        }
    }
    m_bytes.clear();
    if (emitting())
        target() += text;
}

bool RtfReader::consumeFallback() {
    if (m_skipFallback <= 0)
        return false;
    --m_skipFallback;
    return true;
}

std::optional<QString> RtfReader::openGroup() {
    flushBytes();
    m_skipFallback = 0;
    if (m_groups.size() >= importlimits::maxXmlDepth) {
        return Tr::tr("groups nest more than %1 levels deep, which no real document "
                      "does; it was refused")
            .arg(importlimits::maxXmlDepth);
    }
    Group child = m_groups.last();
    child.fresh = true;
    child.starred = false;
    child.upr = false;
    m_groups.append(child);
    return std::nullopt;
}

void RtfReader::closeGroup() {
    flushBytes();
    m_skipFallback = 0;
    if (m_groups.size() > 1)
        m_groups.removeLast();
}

void RtfReader::endRow() {
    QString& t = target();
    if (t.endsWith(QLatin1Char('\t')))
        t.chop(1);
    t += QLatin1Char('\n');
}

void RtfReader::controlWord(QLatin1String word, bool hasParam, qint64 param) {
    Group& g = top();
    if (g.fresh) {
        g.fresh = false;
        const Group* parent = m_groups.size() > 1 ? &m_groups.at(m_groups.size() - 2) : nullptr;
        if (word == QLatin1String("ud") && parent && parent->upr) {
            g.destination = parent->uprDestination;
            return;
        }
        if (g.destination == Destination::Skip)
            return;
        if (word == QLatin1String("footnote")) {
            flushBytes();
            notes.append(Note{});
            g.note = int(notes.size() - 1);
            g.destination = Destination::Text;
            return;
        }
        if (word == QLatin1String("fonttbl")) {
            g.destination = Destination::FontTable;
            return;
        }
        if (g.starred || isSkippedDestination(word)) {
            flushBytes();
            g.destination = Destination::Skip;
            return;
        }
    }
    if (g.destination == Destination::Skip)
        return;
    if (g.destination == Destination::FontTable) {
        if (word == QLatin1String("f") && hasParam)
            m_fontTableCurrent = int(param);
        else if (word == QLatin1String("fcharset") && hasParam)
            m_fontCodePages.insert(m_fontTableCurrent,
                                   codePageForCharset(int(param), m_ansiCodePage));
        else if (word == QLatin1String("cpg") && hasParam)
            m_fontCodePages.insert(m_fontTableCurrent, int(param));
        return;
    }
    // A control word may itself be the fallback that follows \uN (as \ldblquote can be).
    if (word != QLatin1String("u") && consumeFallback())
        return;

    auto is = [&](const char* w) {
        return word == QLatin1String(w);
    };
    const bool on = !hasParam || param != 0;
    if (is("par") || is("line")) {
        // A table cell's paragraphs share its line, so the row stays one line.
        put(g.inTable ? u" " : u"\n");
    } else if (is("tab")) {
        put(g.inTable ? u" " : u"\t");
    } else if (is("cell") || is("nestcell")) {
        put(u"\t");
    } else if (is("row") || is("nestrow")) {
        flushBytes();
        if (emitting())
            endRow();
    } else if (is("intbl")) {
        g.inTable = true;
    } else if (is("pard")) {
        g.inTable = false;
    } else if (is("plain")) {
        g.deleted = false;
        g.hidden = false;
    } else if (is("deleted")) {
        g.deleted = on;
    } else if (is("v")) {
        g.hidden = on;
    } else if (is("u") && hasParam) {
        // \uN is a signed 16-bit value; surrogate pairs arrive as two \u words.
        // It is never itself a fallback, so it ends any fallback still being skipped.
        const char16_t unit = char16_t(param < 0 ? param + 65536 : param);
        put(QStringView(&unit, 1));
        m_skipFallback = g.ucSkip;
    } else if (is("uc") && hasParam) {
        g.ucSkip = int(std::clamp<qint64>(param, 0, 16));
    } else if (is("f") && hasParam) {
        g.font = int(param);
    } else if (is("deff") && hasParam) {
        m_defaultFont = int(param);
    } else if (is("ansicpg") && hasParam) {
        m_ansiCodePage = int(param);
    } else if (is("mac")) {
        m_ansiCodePage = 10000;
    } else if (is("pc")) {
        m_ansiCodePage = 437;
    } else if (is("pca")) {
        m_ansiCodePage = 850;
    } else if (is("ftnalt")) {
        if (g.note >= 0)
            notes[g.note].endnote = true;
    } else if (is("upr")) {
        g.upr = true;
        g.uprDestination = g.destination;
        g.destination = Destination::Skip;
    } else if (is("emdash")) {
        put(u"\u2014");
    } else if (is("endash")) {
        put(u"\u2013");
    } else if (is("bullet")) {
        put(u"\u2022");
    } else if (is("lquote")) {
        put(u"\u2018");
    } else if (is("rquote")) {
        put(u"\u2019");
    } else if (is("ldblquote")) {
        put(u"\u201C");
    } else if (is("rdblquote")) {
        put(u"\u201D");
    } else if (is("emspace")) {
        put(u"\u2003");
    } else if (is("enspace")) {
        put(u"\u2002");
    } else if (is("qmspace")) {
        put(u"\u2005");
    } else if (is("zwj")) {
        put(u"\u200D");
    } else if (is("zwnj")) {
        put(u"\u200C");
    } else if (is("ltrmark")) {
        put(u"\u200E");
    } else if (is("rtlmark")) {
        put(u"\u200F");
    }
}

void RtfReader::controlSymbol(char symbol) {
    Group& g = top();
    if (symbol == '*') {
        g.starred = true;
        return;
    }
    g.fresh = false;
    if (g.destination != Destination::Text)
        return;
    if (consumeFallback())
        return;
    switch (symbol) {
    case '\\':
    case '{':
    case '}': {
        const char16_t c = char16_t(symbol);
        put(QStringView(&c, 1));
        break;
    }
    case '~':
        put(u"\u00A0");
        break;
    case '_':
        put(u"\u2011");
        break;
    case '\n':
    case '\r':
        put(g.inTable ? u" " : u"\n"); // a backslash before a line end means \par
        break;
    default:
        break; // \- optional hyphen, \: index entry and the like add no text
    }
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::optional<QString> RtfReader::run() {
    qsizetype start = 0;
    while (start < m_data.size() && QChar::isSpace(uchar(m_data.at(start))))
        ++start;
    if (!m_data.mid(start, 5).startsWith("{\\rtf"))
        return Tr::tr("not an RTF document (it does not start with {\\rtf)");
    m_pos = start + 1;
    m_groups.append(Group{});
    const qsizetype size = m_data.size();
    while (m_pos < size) {
        const char c = m_data.at(m_pos);
        if (c == '{') {
            ++m_pos;
            if (auto problem = openGroup())
                return problem;
        } else if (c == '}') {
            ++m_pos;
            if (m_groups.size() == 1) {
                flushBytes();
                return std::nullopt; // the document's closing brace
            }
            closeGroup();
        } else if (c == '\\') {
            ++m_pos;
            if (m_pos >= size)
                break;
            const char next = m_data.at(m_pos);
            if (isAsciiLetter(next)) {
                const qsizetype wordStart = m_pos;
                while (m_pos < size && m_pos - wordStart < 32 && isAsciiLetter(m_data.at(m_pos)))
                    ++m_pos;
                const QLatin1String word(m_data.constData() + wordStart, m_pos - wordStart);
                bool hasParam = false;
                bool negative = false;
                qint64 param = 0;
                if (m_pos < size && m_data.at(m_pos) == '-') {
                    negative = true;
                    ++m_pos;
                }
                int digits = 0;
                while (m_pos < size && m_data.at(m_pos) >= '0' && m_data.at(m_pos) <= '9') {
                    if (digits++ < 10)
                        param = param * 10 + (m_data.at(m_pos) - '0');
                    hasParam = true;
                    ++m_pos;
                }
                if (negative)
                    param = -param;
                if (m_pos < size && m_data.at(m_pos) == ' ')
                    ++m_pos; // the space that ends a control word belongs to it
                if (word == QLatin1String("bin")) {
                    // Raw binary data follows; it must not be read as RTF.
                    flushBytes();
                    m_pos += std::clamp<qint64>(param, 0, size - m_pos);
                    continue;
                }
                flushBytes();
                controlWord(word, hasParam, param);
            } else if (next == '\'') {
                ++m_pos;
                const int hi = m_pos < size ? hexValue(m_data.at(m_pos)) : -1;
                const int lo = m_pos + 1 < size ? hexValue(m_data.at(m_pos + 1)) : -1;
                if (hi < 0 || lo < 0)
                    continue; // a broken escape: drop it rather than guess
                m_pos += 2;
                top().fresh = false;
                if (top().destination != Destination::Text || consumeFallback())
                    continue;
                emitByte(char(hi * 16 + lo));
            } else {
                ++m_pos;
                flushBytes();
                controlSymbol(next);
            }
        } else {
            ++m_pos;
            if (c == '\r' || c == '\n')
                continue; // line ends in RTF source are not text
            top().fresh = false;
            if (top().destination != Destination::Text)
                continue;
            if (consumeFallback())
                continue;
            if (c == '\t') {
                put(top().inTable ? u" " : u"\t");
            } else if (static_cast<unsigned char>(c) >= 0x80) {
                emitByte(c);
            } else if (static_cast<unsigned char>(c) >= 0x20) {
                flushBytes();
                const char16_t unit = char16_t(c);
                put(QStringView(&unit, 1));
            }
        }
    }
    flushBytes();
    warnings.append(Tr::tr("The file ends before its last group closes; it may be "
                           "truncated."));
    return std::nullopt;
}

void trimNote(QString& text) {
    qsizetype lead = 0;
    while (lead < text.size() &&
           (text.at(lead) == QLatin1Char(' ') || text.at(lead) == QLatin1Char('\t')))
        ++lead;
    text.remove(0, lead);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
}

} // namespace

QStringList RtfImporter::suffixes() const {
    return {QStringLiteral("rtf")};
}

Result<ImportedDocument> RtfImporter::read(const QString& path) const {
    const Result<QByteArray> bytes = importsupport::readInputFile(path);
    if (!bytes)
        return Status::from(bytes);
    RtfReader reader(*bytes);
    if (const std::optional<QString> problem = reader.run())
        return importsupport::failure(path, *problem);

    // Every paragraph ends with \par, the last one included; the layout joins paragraphs with
    // a newline instead, as for the other formats.
    QString body = reader.body;
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    QStringList notes;
    for (const bool endnotes : {false, true}) {
        for (Note note : reader.notes) {
            if (note.endnote != endnotes)
                continue;
            trimNote(note.text);
            notes.append(note.text);
        }
    }
    return importsupport::finishDocument(path, QStringLiteral("rtf"), body, notes, reader.warnings);
}

} // namespace situate
