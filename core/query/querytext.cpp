// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/querytext.h"

namespace situate::query {

bool isWordCodePoint(char32_t c) {
    if (c == U'_')
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

TextWords::TextWords(QString text)
    : m_text(std::move(text))
    , m_map(m_text) {}

TextWords::TextWords(QString text, OffsetMap offsets)
    : m_text(std::move(text))
    , m_map(std::move(offsets)) {}

char32_t TextWords::at(qsizetype u, int* units) const {
    const QChar c = m_text[u];
    if (c.isHighSurrogate() && u + 1 < m_text.size() && m_text[u + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, m_text[u + 1]);
    }
    *units = 1;
    return c.unicode();
}

bool TextWords::wordAt(qint64 cp) const {
    if (cp < 0 || cp >= m_map.length())
        return false;
    int units = 0;
    return isWordCodePoint(at(m_map.toUtf16(cp), &units));
}

qint64 TextWords::count(qint64 a, qint64 b, qint64 limit) const {
    a = std::max<qint64>(a, 0);
    b = std::min<qint64>(b, m_map.length());
    if (b <= a)
        return 0;
    // A word running into the range from before a, or on past b, is cut: not between.
    bool skipping = wordAt(a - 1) && wordAt(a);
    const bool cutAtEnd = wordAt(b - 1) && wordAt(b);
    qint64 words = 0;
    bool inWord = false;
    const qsizetype end = m_map.toUtf16(b);
    qsizetype u = m_map.toUtf16(a);
    while (u < end && words <= limit) {
        int units = 0;
        const bool word = isWordCodePoint(at(u, &units));
        if (word && !inWord && !skipping)
            ++words;
        if (!word)
            skipping = false;
        inWord = word;
        u += units;
    }
    if (u >= end && cutAtEnd && inWord && !skipping)
        --words; // the last word started inside but runs on past b
    return std::min(words, limit);
}

} // namespace situate::query
