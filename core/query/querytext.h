// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of a document's text for `near`: a word is a maximal run of letters, digits,
// combining marks and underscores (core/query/README.md).

#include "core/text.h"

#include <QString>

namespace situate::query {

/// Whether a code point belongs to a word.
bool isWordCodePoint(char32_t c);

/// A document's text, ready to count the words between two places.
class TextWords {
public:
    explicit TextWords(QString text);
    /// The same with the text's offsets already built.
    TextWords(QString text, OffsetMap offsets);

    /// The words lying wholly inside the code points [a, b): a word the range cuts (with a
    /// character just outside it) is not counted. Stops counting at `limit`.
    qint64 count(qint64 a, qint64 b, qint64 limit) const;

private:
    /// The code point at UTF-16 index `u`, and its length in UTF-16 units.
    char32_t at(qsizetype u, int* units) const;
    bool wordAt(qint64 cp) const;

    QString m_text;
    OffsetMap m_map;
};

} // namespace situate::query
