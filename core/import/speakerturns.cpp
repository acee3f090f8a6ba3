// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/speakerturns.h"

#include "core/text.h"

#include <algorithm>

namespace situate {

namespace {

constexpr int maxNameCodePoints = 40;
constexpr int maxNameWords = 5;

// Characters a name may hold besides letters, marks and digits: enough for "Dr O'Neil-Smith",
// "Participant (P3)" and "Speaker_2", while sentence punctuation (. , ; ! ?) marks prose such
// as "Note, however: ..." that merely contains a colon.
bool isNameSymbol(char32_t c) {
    switch (c) {
    case U'-':
    case U'\'':
    case U'\u2019': // typographic apostrophe
    case U'_':
    case U'(':
    case U')':
    case U'#':
        return true;
    default:
        return false;
    }
}

bool isLetterOrMark(char32_t c) {
    return QChar::isLetter(c) || QChar::isMark(c);
}

} // namespace

QString leadingSpeakerName(QStringView line, qsizetype* afterColon) {
    qsizetype i = 0;
    int codePoints = 0;
    int words = 1;
    bool previousSpace = false;
    const qsizetype size = line.size();
    while (i < size) {
        char32_t c = line.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && line.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(line.at(i), line.at(i + 1));
            width = 2;
        }
        if (c == U':' || c == U'\uFF1A') {
            if (codePoints == 0 || previousSpace)
                return {};
            const qsizetype after = i + 1;
            // An ASCII colon glued to the next word is a time, a URL or a ratio, not a turn;
            // Chinese and Japanese write no space after the full-width colon.
            if (c == U':' && after < size) {
                const QChar next = line.at(after);
                if (next != QLatin1Char(' ') && next != QLatin1Char('\t') &&
                    next != QChar(0x00A0) && next != QLatin1Char('\n'))
                    return {};
            }
            if (afterColon)
                *afterColon = after;
            return line.left(i).toString();
        }
        if (++codePoints > maxNameCodePoints)
            return {};
        if (codePoints == 1) {
            if (!QChar::isLetter(c))
                return {};
        } else if (c == U' ') {
            if (previousSpace || ++words > maxNameWords)
                return {};
        } else if (!isLetterOrMark(c) && !QChar::isDigit(c) && !isNameSymbol(c)) {
            return {};
        }
        previousSpace = c == U' ';
        i += width;
    }
    return {};
}

QVector<SpeakerTurn> detectSpeakerTurns(const QString& normalisedText) {
    struct Start {
        qsizetype index;
        QString speaker;
    };
    QVector<Start> starts;
    const qsizetype size = normalisedText.size();
    qsizetype lineStart = 0;
    while (lineStart < size) {
        qsizetype lineEnd = normalisedText.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = size;
        // A name and its colon fit in the first ~82 UTF-16 units; looking no further keeps
        // the scan linear even for a text that is one enormous line.
        const QStringView head =
            QStringView(normalisedText)
                .mid(lineStart,
                     std::min<qsizetype>(lineEnd - lineStart, 2 * maxNameCodePoints + 2));
        QString name = leadingSpeakerName(head);
        if (!name.isEmpty())
            starts.append({lineStart, std::move(name)});
        lineStart = lineEnd + 1;
    }

    QVector<SpeakerTurn> turns;
    if (starts.isEmpty())
        return turns;
    const OffsetMap map(normalisedText);
    turns.reserve(starts.size());
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype begin = starts[k].index;
        qsizetype end = k + 1 < starts.size() ? starts[k + 1].index : size;
        while (end > begin && normalisedText.at(end - 1) == QLatin1Char('\n'))
            --end;
        SpeakerTurn turn;
        turn.speaker = starts[k].speaker;
        turn.start = map.toCodePoint(begin);
        turn.end = map.toCodePoint(end);
        turns.append(turn);
    }
    return turns;
}

} // namespace situate
