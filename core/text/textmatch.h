// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding strings in a text for find and replace and for pseudonymisation: whole word or
// anywhere, case sensitive or not, many strings at once, left to right without overlaps.
// Offsets are code points into the normalised text, end exclusive (core/text/README.md).

#include "core/result.h"
#include "core/text/reanchor.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <string>
#include <vector>

namespace situate {

/// The code points of `text`, one per element, so that an index is a code-point offset (a
/// lone surrogate becomes one U+FFFD, as codePointCount counts it).
std::u32string toCodePoints(const QString& text);

/// Whether a code point is part of a word for whole-word matching: a letter or a decimal digit
/// in any script, a combining mark (a letter with a mark that has no precomposed form, such as
/// x + U+0301, is one word), or '_'. Other numbers are not: "Okafor¹" holds the word "Okafor".
bool isWordCodePoint(char32_t c);

/// One string to look for.
struct FindEntry {
    QString find;
    /// The match must not be preceded or followed by a word code point (isWordCodePoint).
    bool wholeWord = false;
    /// Otherwise code points compare by their simple case folding (QChar::toCaseFolded, as
    /// QString::compare with Qt::CaseInsensitive): one code point for one, so a match has the
    /// length of its entry, "ß" does not match "ss" and "Σ", "σ" and "ς" match each other.
    bool caseSensitive = true;
};

/// A match of entry `entry` at the code points [start, end).
struct TextMatch {
    qint64 start = 0;
    qint64 end = 0;
    qsizetype entry = 0;
    friend bool operator==(const TextMatch&, const TextMatch&) = default;
};

/// Finds many entries at once. Built once (entries NFC-normalised and bucketed by their first
/// two code points), then used on as many texts as needed; a text is read once, so a
/// project-wide run costs about the size of the texts, not entries times texts.
class TextMatcher {
public:
    explicit TextMatcher(const QVector<FindEntry>& entries);

    /// Matches in `text`, found left to right without overlaps: at each position the longest
    /// entry that matches there (with its whole-word condition) wins, on equal length the
    /// earlier entry; the search goes on after the match. Entries with an empty find never
    /// match.
    QVector<TextMatch> matches(const QString& text) const;

private:
    struct Pattern {
        std::u32string codePoints; // folded when the entry ignores case
        qsizetype entry = 0;
    };
    // The patterns that share how they compare (case) and where they may start (whole word).
    struct PatternSet {
        bool folded = false;
        bool wholeWord = false;
        std::vector<bool> pairFilter;              // by a hash of the first two code points
        QHash<quint64, QVector<int>> byFirstTwo;   // longest first, then by entry
        QHash<char32_t, QVector<int>> singleChars; // patterns of one code point
    };
    void add(const QString& find, qsizetype entry, bool wholeWord, bool caseSensitive);
    PatternSet& setFor(bool wholeWord, bool caseSensitive);

    std::vector<Pattern> m_patterns;
    std::vector<PatternSet> m_sets;
    bool m_anyFolded = false;
};

/// Options of a single find: anywhere and case sensitive unless asked.
struct FindOptions {
    bool wholeWord = false;
    bool caseSensitive = true;
};

/// The matches of `find` in `text` (TextMatcher with one entry); none for an empty `find`.
QVector<TextMatch> findMatches(const QString& text, const QString& find, FindOptions options);

/// Replacing every match of `find` by `with` (NFC-normalised), as a checked list of
/// replacements for applyReplacements and reanchorAll.
QVector<Replacement> replaceAll(const QString& text, const QString& find, const QString& with,
                                FindOptions options);

/// One row of a pseudonymisation list: `find` is replaced by `replace`, whole words and case
/// sensitive unless the list says otherwise.
struct PseudonymEntry {
    QString find;
    QString replace;
    bool wholeWord = true;
    bool caseSensitive = true;
};

/// Checks a list before use: every entry has something to find, and no entry repeats another
/// (same find after normalisation, same options). Messages name entries from 1.
Status checkPseudonymEntries(const QVector<PseudonymEntry>& entries);

/// What a pseudonymisation list does to one text.
struct PseudonymMatches {
    QVector<Replacement> replacements; ///< in order, ready for applyReplacements
    QVector<qsizetype> entries;        ///< the entry of each replacement
    QVector<qint64> counts;            ///< matches per entry, in list order
};

/// Applies a checked pseudonymisation list to any text: document texts (speaker labels
/// included), memos, summaries, rationales, attribute values, names. Matches are found in the
/// original text as TextMatcher finds them (left to right, no overlaps, longest first, so
/// "Dr Okafor" wins over "Okafor" where both start), never in text a replacement wrote.
class Pseudonymiser {
public:
    explicit Pseudonymiser(const QVector<PseudonymEntry>& entries);
    PseudonymMatches apply(const QString& text) const;

private:
    TextMatcher m_matcher;
    QVector<QString> m_replacements; // normalised
};

} // namespace situate
