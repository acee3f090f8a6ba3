// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace situate {

/// Normalises text the one way Situate stores it: no BOM, LF line ends (CRLF and lone CR
/// become LF), Unicode NFC. Nothing else changes: no trimming, no collapsing of spaces.
QString normaliseText(const QString& text);

/// Number of Unicode code points in a QString (a surrogate pair counts once).
qsizetype codePointCount(const QString& text);

/// Converts between Situate's stored offsets (Unicode code points into the normalised text)
/// and QString (UTF-16) indices. The one place that conversion lives; built once per text.
class OffsetMap {
public:
    OffsetMap() = default;
    explicit OffsetMap(const QString& text);

    /// Code points in the text.
    qsizetype length() const { return m_length; }
    /// UTF-16 index of code point `cp` (0..length()); clamps out-of-range values.
    qsizetype toUtf16(qsizetype cp) const;
    /// Code point index of UTF-16 index `u`; an index inside a surrogate pair maps to the
    /// code point it belongs to.
    qsizetype toCodePoint(qsizetype u) const;
    /// The substring [startCp, endCp) of `text` (which must be the text this map was built on).
    QString slice(const QString& text, qsizetype startCp, qsizetype endCp) const;

private:
    // UTF-16 indices of the high surrogate of each pair, ascending. Empty for BMP-only text,
    // which keeps the common case an identity mapping.
    QVector<qsizetype> m_pairs;
    qsizetype m_utf16Length = 0;
    qsizetype m_length = 0;
};

} // namespace situate
