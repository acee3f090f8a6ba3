// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/captionimporter.h"

#include "core/import/importsupport.h"
#include "core/import/speakerturns.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>
#include <string_view>
#include <utility>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::import)
};
} // namespace

namespace situate {

namespace {

enum class Flavour { WebVtt, SubRip };

struct Cue {
    QString speaker;
    QString line; // the document line: "Speaker: text" or just the text
    qint64 startMs = 0;
    qint64 endMs = 0;
};

struct ParseError {
    QString message;
};

bool isBlank(QStringView line) {
    return line.trimmed().isEmpty();
}

bool allDigits(QStringView s) {
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// WebVTT: [h+:]mm:ss.ttt; SubRip: h+:mm:ss,ttt (a full stop is accepted too, as many tools
// write one). Returns the reason when the stamp is invalid.
std::optional<qint64> parseTimestamp(QStringView stamp, Flavour flavour, QString* why) {
    const QString expected = flavour == Flavour::WebVtt ? QStringLiteral("hh:mm:ss.ttt")
                                                        : QStringLiteral("hh:mm:ss,ttt");
    const qsizetype dot =
        flavour == Flavour::WebVtt
            ? stamp.lastIndexOf(QLatin1Char('.'))
            : std::max(stamp.lastIndexOf(QLatin1Char(',')), stamp.lastIndexOf(QLatin1Char('.')));
    if (dot < 0) {
        *why = QStringLiteral("expected %1").arg(expected);
        return std::nullopt;
    }
    const QStringView fraction = stamp.mid(dot + 1);
    const QList<QStringView> parts = stamp.left(dot).split(QLatin1Char(':'));
    const bool hoursOptional = flavour == Flavour::WebVtt;
    if (parts.size() != 3 && !(hoursOptional && parts.size() == 2)) {
        *why = QStringLiteral("expected %1").arg(expected);
        return std::nullopt;
    }
    const QStringView hours = parts.size() == 3 ? parts[0] : QStringView(u"0");
    const QStringView minutes = parts[parts.size() - 2];
    const QStringView seconds = parts[parts.size() - 1];
    if (!allDigits(hours) || hours.size() > 6 || !allDigits(minutes) || minutes.size() != 2 ||
        !allDigits(seconds) || seconds.size() != 2 || !allDigits(fraction) ||
        fraction.size() != 3) {
        *why = QStringLiteral("expected %1").arg(expected);
        return std::nullopt;
    }
    const qint64 m = minutes.toLongLong();
    const qint64 s = seconds.toLongLong();
    if (m > 59) {
        *why = Tr::tr("minutes must be 00 to 59");
        return std::nullopt;
    }
    if (s > 59) {
        *why = Tr::tr("seconds must be 00 to 59");
        return std::nullopt;
    }
    return ((hours.toLongLong() * 60 + m) * 60 + s) * 1000 + fraction.toLongLong();
}

QString formatMs(qint64 ms) {
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// Parses "start --> end [settings]" on 1-based line `lineNo`.
std::optional<ParseError> parseTiming(QStringView line, int lineNo, Flavour flavour, Cue* cue) {
    const qsizetype arrow = line.indexOf(u"-->");
    const QStringView startText = line.left(arrow).trimmed();
    QStringView rest = line.mid(arrow + 3).trimmed();
    qsizetype space = 0;
    while (space < rest.size() && !rest.at(space).isSpace())
        ++space;
    const QStringView endText = rest.left(space);
    const QStringView stamps[] = {startText, endText};
    qint64* targets[] = {&cue->startMs, &cue->endMs};
    for (int k = 0; k < 2; ++k) {
        QString why;
        const std::optional<qint64> ms = parseTimestamp(stamps[k], flavour, &why);
        if (!ms) {
            return ParseError{Tr::tr("line %1: invalid timestamp \"%2\" (%3)")
                                  .arg(lineNo)
                                  .arg(stamps[k].left(40).toString(), why)};
        }
        *targets[k] = *ms;
    }
    if (cue->endMs < cue->startMs) {
        return ParseError{Tr::tr("line %1: the cue ends (%2) before it starts (%3)")
                              .arg(lineNo)
                              .arg(formatMs(cue->endMs), formatMs(cue->startMs))};
    }
    return std::nullopt;
}

// Decodes the character references WebVTT allows in cue text; unknown ones stay as written.
QString decodeEntities(QStringView text) {
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const qsizetype semi = c == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i) : -1;
        if (semi < 0 || semi - i > 10) {
            out += c;
            ++i;
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        static constexpr std::pair<std::u16string_view, char32_t> entities[] = {
            {u"amp", U'&'},  {u"lt", U'<'},    {u"gt", U'>'},       {u"nbsp", U'\u00A0'},
            {u"quot", U'"'}, {u"apos", U'\''}, {u"lrm", U'\u200E'}, {u"rlm", U'\u200F'}};
        char32_t decoded = 0;
        for (const auto& [entity, character] : entities) {
            if (name == entity)
                decoded = character;
        }
        if (decoded == 0 && name.startsWith(u'#')) {
            bool ok = false;
            const uint value = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                                   ? name.mid(2).toUInt(&ok, 16)
                                   : name.mid(1).toUInt(&ok, 10);
            if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value < 0xE000))
                decoded = char32_t(value);
        }
        if (decoded == 0) {
            out += c;
            ++i;
            continue;
        }
        out += QString::fromUcs4(&decoded, 1);
        i = semi + 1;
    }
    return out;
}

// Removes cue markup and returns the first WebVTT voice (<v Name>) in `voice`.
QString stripMarkup(QStringView line, Flavour flavour, QString* voice) {
    QString out;
    qsizetype i = 0;
    qsizetype segmentStart = 0;
    auto flush = [&](qsizetype end) {
        const QStringView segment = line.mid(segmentStart, end - segmentStart);
        out += flavour == Flavour::WebVtt ? decodeEntities(segment) : segment.toString();
    };
    while (i < line.size()) {
        const QChar c = line.at(i);
        bool isTag = false;
        if (c == QLatin1Char('<')) {
            // WebVTT escapes a literal '<', so every '<' opens a tag; SubRip has no escaping,
            // so only something shaped like <i>, </font> or <font color=...> is markup there.
            const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
            isTag = flavour == Flavour::WebVtt || next.isLetter() || next == QLatin1Char('/');
        } else if (c == QLatin1Char('{') && flavour == Flavour::SubRip && i + 1 < line.size() &&
                   line.at(i + 1) == QLatin1Char('\\')) {
            isTag = true; // an ASS override such as {\an8}
        }
        if (!isTag) {
            ++i;
            continue;
        }
        flush(i);
        const QChar close = c == QLatin1Char('<') ? QLatin1Char('>') : QLatin1Char('}');
        qsizetype end = line.indexOf(close, i + 1);
        if (end < 0)
            end = line.size();
        const QStringView tag = line.mid(i + 1, end - i - 1);
        if (flavour == Flavour::WebVtt && voice->isEmpty() && tag.size() > 1 &&
            tag.at(0) == QLatin1Char('v') &&
            (tag.at(1).isSpace() || tag.at(1) == QLatin1Char('.'))) {
            qsizetype space = 1;
            while (space < tag.size() && !tag.at(space).isSpace())
                ++space;
            *voice = decodeEntities(tag.mid(space).trimmed());
        }
        i = std::min(end + 1, line.size());
        segmentStart = i;
    }
    flush(line.size());
    return out;
}

// Turns a cue's text lines into its document line and speaker.
void layoutCue(const QList<QStringView>& textLines, Flavour flavour, Cue* cue) {
    QString voice;
    QStringList parts;
    for (const QStringView line : textLines) {
        const QString plain = stripMarkup(line, flavour, &voice).trimmed();
        if (!plain.isEmpty())
            parts.append(plain);
    }
    // Captions break lines to fit the screen, not the sense, so a cue reads as one line.
    QString text = parts.join(QLatin1Char(' '));
    if (text.isEmpty())
        return;
    if (!voice.isEmpty()) {
        cue->speaker = voice;
        cue->line = voice + QLatin1String(": ") + text;
        return;
    }
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close > 1) {
            const QString name = text.mid(1, close - 1).trimmed();
            const QString rest = text.mid(close + 1).trimmed();
            if (!rest.isEmpty() && !leadingSpeakerName(name + QLatin1String(":")).isEmpty()) {
                cue->speaker = name;
                cue->line = name + QLatin1String(": ") + rest;
                return;
            }
        }
    }
    cue->speaker = leadingSpeakerName(text);
    cue->line = text;
}

struct Parsed {
    QVector<Cue> cues;
    QStringList warnings;
};

bool startsWithKeyword(QStringView line, QLatin1String keyword) {
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line.at(keyword.size()) == QLatin1Char(' ') ||
            line.at(keyword.size()) == QLatin1Char('\t'));
}

std::optional<ParseError> parseCaptions(const QList<QStringView>& lines, Flavour flavour,
                                        Parsed* parsed) {
    qsizetype i = 0;
    if (flavour == Flavour::WebVtt) {
        if (lines.isEmpty() || !startsWithKeyword(lines.first(), QLatin1String("WEBVTT")))
            return ParseError{Tr::tr("not a WebVTT file (the first line must be "
                                     "\"WEBVTT\")")};
        while (i < lines.size() && !isBlank(lines[i]))
            ++i; // the header block
    }
    while (i < lines.size()) {
        if (isBlank(lines[i])) {
            ++i;
            continue;
        }
        const qsizetype first = i;
        qsizetype blockEnd = i;
        while (blockEnd < lines.size() && !isBlank(lines[blockEnd]))
            ++blockEnd;
        i = blockEnd;
        if (flavour == Flavour::WebVtt &&
            (startsWithKeyword(lines[first], QLatin1String("NOTE")) ||
             startsWithKeyword(lines[first], QLatin1String("STYLE")) ||
             startsWithKeyword(lines[first], QLatin1String("REGION"))))
            continue;
        // The timing line comes first, or second after a cue identifier (WebVTT) or the cue
        // number (SubRip).
        qsizetype timing = -1;
        for (qsizetype k = first; k < std::min(first + 2, blockEnd); ++k) {
            if (lines[k].contains(u"-->")) {
                timing = k;
                break;
            }
        }
        if (timing < 0) {
            parsed->warnings.append(
                Tr::tr("Line %1: text without a cue timing line was skipped.").arg(first + 1));
            continue;
        }
        // Cue text never holds "-->", so another timing line means the blank line between two
        // cues is missing (a common slip in hand-edited files): the next cue starts there,
        // with its number if it has one.
        qsizetype textEnd = timing + 1;
        while (textEnd < blockEnd && !lines[textEnd].contains(u"-->"))
            ++textEnd;
        if (textEnd < blockEnd) {
            if (textEnd - 1 > timing && allDigits(lines[textEnd - 1].trimmed()))
                --textEnd;
            i = textEnd;
        }
        Cue cue;
        if (auto error = parseTiming(lines[timing], int(timing + 1), flavour, &cue))
            return error;
        layoutCue(lines.mid(timing + 1, textEnd - timing - 1), flavour, &cue);
        if (!cue.line.isEmpty())
            parsed->cues.append(cue);
    }
    return std::nullopt;
}

} // namespace

QStringList CaptionImporter::suffixes() const {
    return {QStringLiteral("vtt"), QStringLiteral("srt")};
}

Result<ImportedDocument> CaptionImporter::read(const QString& path) const {
    const bool vtt = QFileInfo(path).suffix().toLower() == QLatin1String("vtt");
    const Flavour flavour = vtt ? Flavour::WebVtt : Flavour::SubRip;
    Result<importsupport::DecodedText> decoded = importsupport::readTextFile(path);
    if (!decoded)
        return Status::from(decoded);

    // Normalising first makes every line end a LF, so line numbers match a text editor's.
    const QString source = normaliseText(importsupport::repairSurrogates(decoded->text));
    const QList<QStringView> lines = QStringView(source).split(QLatin1Char('\n'));
    Parsed parsed;
    parsed.warnings = decoded->warnings;
    if (auto error = parseCaptions(lines, flavour, &parsed))
        return importsupport::failure(path, error->message);
    if (parsed.cues.isEmpty())
        return importsupport::failure(path, Tr::tr("contains no caption cues"));

    ImportedDocument doc;
    doc.format = vtt ? QStringLiteral("vtt") : QStringLiteral("srt");
    doc.warnings = parsed.warnings;
    qint64 offset = 0;
    for (const Cue& cue : parsed.cues) {
        // Decoded entities can form new combining sequences, so each line is normalised
        // again; a line joined by a newline stays normalised.
        const QString line = normaliseText(cue.line);
        if (!doc.text.isEmpty()) {
            doc.text += QLatin1Char('\n');
            ++offset;
        }
        SpeakerTurn turn;
        turn.speaker = cue.speaker;
        turn.start = offset;
        offset += codePointCount(line);
        turn.end = offset;
        turn.timeStartMs = cue.startMs;
        turn.timeEndMs = cue.endMs;
        doc.text += line;
        doc.turns.append(turn);
        if (offset > importlimits::maxTextCodePoints)
            break;
    }
    const Status length = importsupport::checkTextLength(offset, path);
    if (!length)
        return length;
    return doc;
}

} // namespace situate
