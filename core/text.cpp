// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text.h"

#include <algorithm>

namespace situate {

QString normaliseText(const QString& input) {
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text.normalized(QString::NormalizationForm_C);
}

qsizetype codePointCount(const QString& text) {
    qsizetype n = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

OffsetMap::OffsetMap(const QString& text)
    : m_utf16Length(text.size()) {
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            m_pairs.append(i);
            ++i;
        }
    }
    m_length = m_utf16Length - m_pairs.size();
}

qsizetype OffsetMap::toUtf16(qsizetype cp) const {
    cp = std::clamp<qsizetype>(cp, 0, m_length);
    // The k-th pair starts at UTF-16 index m_pairs[k], which is code point m_pairs[k] - k.
    // Count the pairs that start before code point cp.
    qsizetype lo = 0, hi = m_pairs.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairs[mid] - mid < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp + lo;
}

qsizetype OffsetMap::toCodePoint(qsizetype u) const {
    u = std::clamp<qsizetype>(u, 0, m_utf16Length);
    // Each pair whose high surrogate lies before u shrinks the index by one; an index on a
    // low surrogate belongs to the code point its high surrogate starts.
    const auto it = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), u);
    const qsizetype before = it - m_pairs.cbegin();
    if (before > 0 && m_pairs[before - 1] + 1 == u)
        return m_pairs[before - 1] - (before - 1);
    return u - before;
}

QString OffsetMap::slice(const QString& text, qsizetype startCp, qsizetype endCp) const {
    const qsizetype a = toUtf16(startCp);
    const qsizetype b = toUtf16(std::max(startCp, endCp));
    return text.mid(a, b - a);
}

} // namespace situate
