// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A document's text as a query reads it: the UTF-8 bytes as stored, addressed by code point,
// and the words in it for `near`: a word is a maximal run of letters, digits, combining marks
// and underscores (core/query/README.md).

#include <QByteArray>
#include <QString>

#include <vector>

namespace situate::query {

/// Whether a code point belongs to a word.
bool isWordCodePoint(char32_t c);

/// A text kept as UTF-8 (as SQLite stores it), addressed by code point. Only the pieces a
/// result shows become QStrings: a query over every document never converts a whole text to
/// UTF-16, and keeps half the bytes when it keeps one.
class Utf8Text {
public:
    Utf8Text() = default;
    explicit Utf8Text(QByteArray utf8);
    explicit Utf8Text(const QString& text);
    /// Replaces the text by a copy of `size` bytes at `utf8`, reusing this one's memory.
    void assign(const char* utf8, qsizetype size);

    /// Code points in the text.
    qint64 length() const { return m_length; }
    const QByteArray& bytes() const { return m_bytes; }
    /// The byte offset of code point `cp` (clamped to 0..length()).
    qsizetype byteOf(qint64 cp) const;
    /// The code points [a, b) (clamped).
    QString slice(qint64 a, qint64 b) const;
    /// The whole text.
    QString toString() const { return QString::fromUtf8(m_bytes); }

    /// The words lying wholly inside the code points [a, b): a word the range cuts (with a
    /// character just outside it) is not counted. Stops counting at `limit`.
    qint64 words(qint64 a, qint64 b, qint64 limit) const;

private:
    void index();
    /// The code point whose first byte is at `at`, and its length in bytes.
    char32_t decode(qsizetype at, int* size) const;
    bool wordAt(qint64 cp) const;

    QByteArray m_bytes;
    qint64 m_length = 0;
    // For each block of kBlock bytes, the code points that begin before it. Empty when every
    // byte is ASCII: then code point and byte offsets are the same.
    std::vector<qint64> m_blocks;
};

/// A text's words for `near`, from a QString (Utf8Text::words).
class TextWords {
public:
    explicit TextWords(const QString& text)
        : m_text(text) {}
    qint64 count(qint64 a, qint64 b, qint64 limit) const { return m_text.words(a, b, limit); }

private:
    Utf8Text m_text;
};

} // namespace situate::query
