// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textmatch.h"

#include "core/text.h"

#include <QChar>
#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::text)
};
} // namespace

namespace situate {

std::u32string toCodePoints(const QString& text) {
    const QList<uint> ucs4 = text.toUcs4();
    return std::u32string(ucs4.cbegin(), ucs4.cend());
}

bool isWordCodePoint(char32_t c) {
    return c == U'_' || QChar::isLetter(c) || QChar::isDigit(c) || QChar::isMark(c);
}

namespace {

constexpr std::size_t filterSize = 1u << 16;

std::size_t pairSlot(char32_t first, char32_t second) {
    return ((std::size_t(first) * 0x9E3779B1u) ^ std::size_t(second)) & (filterSize - 1);
}

quint64 pairKey(char32_t first, char32_t second) {
    return (quint64(first) << 32) | second;
}

std::u32string folded(std::u32string text) {
    for (char32_t& c : text)
        c = QChar::toCaseFolded(c);
    return text;
}

} // namespace

TextMatcher::TextMatcher(const QVector<FindEntry>& entries) {
    for (qsizetype i = 0; i < entries.size(); ++i)
        add(entries[i].find, i, entries[i].wholeWord, entries[i].caseSensitive);
    // Longest first, then the earlier entry: the first pattern of a bucket that matches is the
    // best one that bucket has.
    const auto longestFirst = [this](int x, int y) {
        const Pattern& a = m_patterns[std::size_t(x)];
        const Pattern& b = m_patterns[std::size_t(y)];
        if (a.codePoints.size() != b.codePoints.size())
            return a.codePoints.size() > b.codePoints.size();
        return a.entry < b.entry;
    };
    for (PatternSet& set : m_sets) {
        for (QVector<int>& bucket : set.byFirstTwo)
            std::sort(bucket.begin(), bucket.end(), longestFirst);
        for (QVector<int>& bucket : set.singleChars)
            std::sort(bucket.begin(), bucket.end(), longestFirst);
    }
}

TextMatcher::PatternSet& TextMatcher::setFor(bool wholeWord, bool caseSensitive) {
    for (PatternSet& set : m_sets) {
        if (set.wholeWord == wholeWord && set.folded == !caseSensitive)
            return set;
    }
    PatternSet set;
    set.wholeWord = wholeWord;
    set.folded = !caseSensitive;
    set.pairFilter.assign(filterSize, false);
    m_sets.push_back(std::move(set));
    return m_sets.back();
}

void TextMatcher::add(const QString& find, qsizetype entry, bool wholeWord, bool caseSensitive) {
    std::u32string codePoints = toCodePoints(normaliseText(find));
    if (codePoints.empty())
        return;
    if (!caseSensitive) {
        codePoints = folded(std::move(codePoints));
        m_anyFolded = true;
    }
    PatternSet& set = setFor(wholeWord, caseSensitive);
    const int index = int(m_patterns.size());
    if (codePoints.size() == 1) {
        set.singleChars[codePoints[0]].append(index);
    } else {
        set.pairFilter[pairSlot(codePoints[0], codePoints[1])] = true;
        set.byFirstTwo[pairKey(codePoints[0], codePoints[1])].append(index);
    }
    m_patterns.push_back({std::move(codePoints), entry});
}

QVector<TextMatch> TextMatcher::matches(const QString& text) const {
    QVector<TextMatch> found;
    if (m_patterns.empty())
        return found;
    const std::u32string raw = toCodePoints(text);
    const std::u32string caseless = m_anyFolded ? folded(raw) : std::u32string();
    const std::size_t n = raw.size();

    std::size_t i = 0;
    while (i < n) {
        const bool wordBefore = i > 0 && isWordCodePoint(raw[i - 1]);
        const Pattern* best = nullptr;
        const auto consider = [&](const QVector<int>& bucket, const std::u32string& seq,
                                  bool wholeWord) {
            for (const int index : bucket) {
                const Pattern& p = m_patterns[std::size_t(index)];
                const std::size_t len = p.codePoints.size();
                if (best && (len < best->codePoints.size() ||
                             (len == best->codePoints.size() && p.entry > best->entry)))
                    return; // the rest of the bucket is no better
                if (len > n - i || seq.compare(i, len, p.codePoints) != 0)
                    continue;
                if (wholeWord && i + len < n && isWordCodePoint(raw[i + len]))
                    continue;
                best = &p;
                return;
            }
        };
        for (const PatternSet& set : m_sets) {
            if (set.wholeWord && wordBefore)
                continue;
            const std::u32string& seq = set.folded ? caseless : raw;
            const char32_t first = seq[i];
            if (i + 1 < n && set.pairFilter[pairSlot(first, seq[i + 1])]) {
                const auto it = set.byFirstTwo.constFind(pairKey(first, seq[i + 1]));
                if (it != set.byFirstTwo.cend())
                    consider(*it, seq, set.wholeWord);
            }
            if (!set.singleChars.isEmpty()) {
                const auto it = set.singleChars.constFind(first);
                if (it != set.singleChars.cend())
                    consider(*it, seq, set.wholeWord);
            }
        }
        if (!best) {
            ++i;
            continue;
        }
        const std::size_t len = best->codePoints.size();
        found.append({qint64(i), qint64(i + len), best->entry});
        i += len;
    }
    return found;
}

QVector<TextMatch> findMatches(const QString& text, const QString& find, FindOptions options) {
    return TextMatcher({{find, options.wholeWord, options.caseSensitive}}).matches(text);
}

QVector<Replacement> replaceAll(const QString& text, const QString& find, const QString& with,
                                FindOptions options) {
    const QString replacement = normaliseText(with);
    QVector<Replacement> out;
    for (const TextMatch& m : findMatches(text, find, options))
        out.append({m.start, m.end, replacement});
    return out;
}

Status checkPseudonymEntries(const QVector<PseudonymEntry>& entries) {
    QHash<QString, qsizetype> seen; // the options and normalised find of each entry
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PseudonymEntry& e = entries[i];
        const QString find = normaliseText(e.find);
        if (find.isEmpty())
            return Status::failure(Tr::tr("Entry %1 has nothing to find.").arg(i + 1),
                                   ErrorKind::Invalid);
        std::u32string compared = toCodePoints(find);
        if (!e.caseSensitive)
            compared = folded(std::move(compared));
        const QString key = QString::number(int(e.wholeWord) * 2 + int(e.caseSensitive)) +
                            QString::fromUcs4(compared.data(), qsizetype(compared.size()));
        const auto previous = seen.constFind(key);
        if (previous != seen.cend())
            return Status::failure(Tr::tr("Entry %1 (“%2”) repeats entry %3.")
                                       .arg(i + 1)
                                       .arg(e.find)
                                       .arg(*previous + 1),
                                   ErrorKind::Invalid);
        seen.insert(key, i);
    }
    return {};
}

namespace {

QVector<FindEntry> findEntries(const QVector<PseudonymEntry>& entries) {
    QVector<FindEntry> out;
    out.reserve(entries.size());
    for (const PseudonymEntry& e : entries)
        out.append({e.find, e.wholeWord, e.caseSensitive});
    return out;
}

} // namespace

Pseudonymiser::Pseudonymiser(const QVector<PseudonymEntry>& entries)
    : m_matcher(findEntries(entries)) {
    m_replacements.reserve(entries.size());
    for (const PseudonymEntry& e : entries)
        m_replacements.append(normaliseText(e.replace));
}

PseudonymMatches Pseudonymiser::apply(const QString& text) const {
    PseudonymMatches out;
    out.counts.fill(0, m_replacements.size());
    for (const TextMatch& m : m_matcher.matches(text)) {
        out.replacements.append({m.start, m.end, m_replacements[m.entry]});
        out.entries.append(m.entry);
        ++out.counts[m.entry];
    }
    return out;
}

} // namespace situate
