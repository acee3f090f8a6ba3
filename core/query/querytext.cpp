// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/querytext.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace situate::query {

namespace {

// Bytes per entry of the code point index: a lookup walks at most this many bytes.
constexpr qsizetype kBlock = 256;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::uint64_t word8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// The code points that begin in [p, p + n): every byte that is no continuation byte
// (10xxxxxx) begins one; eight bytes at a time.
qint64 codePointsIn(const char* p, qsizetype n) {
    qint64 count = n;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        const std::uint64_t w = word8(p + i);
        // Bit 7 set and bit 6 clear marks a continuation byte; the multiplication adds the
        // eight bytes' marks into the top byte (a popcount without the instruction).
        const std::uint64_t marks = (w & ~(w << 1) & kHighBits) >> 7;
        count -= qint64((marks * 0x0101010101010101ULL) >> 56);
    }
    for (; i < n; ++i)
        count -= continuation(p[i]);
    return count;
}

bool ascii(const char* p, qsizetype n) {
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8)
        if (word8(p + i) & kHighBits)
            return false;
    for (; i < n; ++i)
        if (static_cast<unsigned char>(p[i]) & 0x80)
            return false;
    return true;
}

} // namespace

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

Utf8Text::Utf8Text(QByteArray utf8)
    : m_bytes(std::move(utf8)) {
    index();
}

Utf8Text::Utf8Text(const QString& text)
    : Utf8Text(text.toUtf8()) {}

void Utf8Text::assign(const char* utf8, qsizetype size) {
    m_bytes.resize(size);
    if (size > 0)
        std::memcpy(m_bytes.data(), utf8, std::size_t(size));
    index();
}

void Utf8Text::index() {
    m_blocks.clear();
    const char* p = m_bytes.constData();
    const qsizetype n = m_bytes.size();
    if (ascii(p, n)) {
        m_length = n;
        return;
    }
    m_blocks.reserve(std::size_t(n / kBlock + 1));
    qint64 before = 0;
    for (qsizetype at = 0; at < n; at += kBlock) {
        m_blocks.push_back(before);
        before += codePointsIn(p + at, std::min(kBlock, n - at));
    }
    m_length = before;
}

qsizetype Utf8Text::byteOf(qint64 cp) const {
    cp = std::clamp<qint64>(cp, 0, m_length);
    if (m_blocks.empty())
        return qsizetype(cp);
    // The last block that begins with no more than cp code points before it: code point cp
    // begins in it or after it.
    const auto block = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), cp) - 1;
    const char* p = m_bytes.constData();
    const qsizetype n = m_bytes.size();
    qsizetype at = qsizetype(block - m_blocks.cbegin()) * kBlock;
    for (qint64 seen = *block; at < n; ++at) {
        if (continuation(p[at]))
            continue;
        if (seen == cp)
            return at;
        ++seen;
    }
    return n;
}

QString Utf8Text::slice(qint64 a, qint64 b) const {
    const qsizetype from = byteOf(a);
    const qsizetype to = byteOf(std::max(a, b));
    return QString::fromUtf8(m_bytes.constData() + from, to - from);
}

char32_t Utf8Text::decode(qsizetype at, int* size) const {
    const char* p = m_bytes.constData();
    const qsizetype n = m_bytes.size();
    const auto lead = static_cast<unsigned char>(p[at]);
    int follow = 0;
    while (at + 1 + follow < n && continuation(p[at + 1 + follow]))
        ++follow;
    *size = 1 + follow;
    if (lead < 0x80 && follow == 0)
        return lead;
    // A well-formed sequence; anything else counts as one replacement character, as Qt's
    // decoder would make of it.
    const int expected = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (expected != follow)
        return 0xFFFD;
    char32_t c = lead & (0x3F >> expected);
    for (int i = 1; i <= follow; ++i)
        c = (c << 6) | (static_cast<unsigned char>(p[at + i]) & 0x3F);
    return c;
}

bool Utf8Text::wordAt(qint64 cp) const {
    if (cp < 0 || cp >= m_length)
        return false;
    int size = 0;
    return isWordCodePoint(decode(byteOf(cp), &size));
}

qint64 Utf8Text::words(qint64 a, qint64 b, qint64 limit) const {
    a = std::max<qint64>(a, 0);
    b = std::min<qint64>(b, m_length);
    if (b <= a)
        return 0;
    // A word running into the range from before a, or on past b, is cut: not between.
    bool skipping = wordAt(a - 1) && wordAt(a);
    const bool cutAtEnd = wordAt(b - 1) && wordAt(b);
    qint64 words = 0;
    bool inWord = false;
    const qsizetype end = byteOf(b);
    qsizetype at = byteOf(a);
    while (at < end && words <= limit) {
        int size = 0;
        const bool word = isWordCodePoint(decode(at, &size));
        if (word && !inWord && !skipping)
            ++words;
        if (!word)
            skipping = false;
        inWord = word;
        at += size;
    }
    if (at >= end && cutAtEnd && inWord && !skipping)
        --words; // the last word started inside but runs on past b
    return std::min(words, limit);
}

} // namespace situate::query
