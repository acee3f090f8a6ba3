// SPDX-License-Identifier: GPL-3.0-or-later
// Finding text for find and replace and pseudonymisation: whole words across scripts, case,
// longest first, no overlaps, left to right.
#include "core/text.h"
#include "core/text/reanchor.h"
#include "core/text/textmatch.h"
#include "tests/core/texttest.h"

#include <catch2/catch.hpp>

#include <random>

using namespace situate;

namespace {

QString u(const char* utf8) {
    return QString::fromUtf8(utf8);
}

// The [start, end) of each match, for comparing with hand-computed offsets.
QVector<Anchor> ranges(const QVector<TextMatch>& matches) {
    QVector<Anchor> out;
    for (const TextMatch& m : matches)
        out.append({m.start, m.end});
    return out;
}

QVector<Anchor> find(const char* text, const char* what, bool wholeWord, bool caseSensitive) {
    return ranges(findMatches(u(text), u(what), {wholeWord, caseSensitive}));
}

} // namespace

TEST_CASE("textmatch: whole word or anywhere, case sensitive or not") {
    // O k a f o r ␠ m e t ␠ o(11) k a f o r ␠ a n d ␠ O(22) k a f o r s .
    const char* text = "Okafor met okafor and Okafors.";
    CHECK(find(text, "Okafor", false, true) == QVector<Anchor>{{0, 6}, {22, 28}});
    CHECK(find(text, "Okafor", true, true) == QVector<Anchor>{{0, 6}});
    CHECK(find(text, "Okafor", false, false) == QVector<Anchor>{{0, 6}, {11, 17}, {22, 28}});
    CHECK(find(text, "OKAFOR", true, false) == QVector<Anchor>{{0, 6}, {11, 17}});
    CHECK(find(text, "", false, true).isEmpty());
    CHECK(find("", "Okafor", false, true).isEmpty());
}

TEST_CASE("textmatch: matches do not overlap and go left to right") {
    CHECK(find("aaaa", "aa", false, true) == QVector<Anchor>{{0, 2}, {2, 4}});
    CHECK(find("aaa", "aa", false, true) == QVector<Anchor>{{0, 2}});
    CHECK(find("abab ab", "ab", true, true) == QVector<Anchor>{{5, 7}});
}

TEST_CASE(
    "textmatch: a whole word has no letter, digit, mark or underscore beside it in any script") {
    // Latin with accents: "José" is one word, so is "jose_".
    CHECK(find("José Josef jose_ Jos", "Jos", true, true) == QVector<Anchor>{{17, 20}});
    CHECK(find("José Josef jose_ Jos", "José", true, true) == QVector<Anchor>{{0, 4}});
    // A combining mark (U+0331, which composes with nothing) belongs to the word before it.
    CHECK(find("Ama\xCC\xB1 Ama", "Ama", true, true) == QVector<Anchor>{{5, 8}});
    CHECK(find("Ama\xCC\xB1 Ama", "Ama", false, true) == QVector<Anchor>{{0, 3}, {5, 8}});
    CHECK(find("x\xCC\x81"
               "Ama",
               "Ama", true, true)
              .isEmpty());
    // Greek.
    CHECK(find("Ο Νίκος και ο Νίκο.", "Νίκο", true, true) == QVector<Anchor>{{14, 18}});
    // Arabic: a prefixed conjunction joins the word; a vowel mark (damma) follows it.
    CHECK(find("قال أحمد وأحمد أحمدُ", "أحمد", true, true) == QVector<Anchor>{{4, 8}});
    CHECK(find("قال أحمد وأحمد أحمدُ", "أحمد", false, true) ==
          QVector<Anchor>{{4, 8}, {10, 14}, {15, 19}});
    // Chinese has no spaces: only a match beside punctuation or a space is a whole word.
    CHECK(find("我住在北京市。北京 好", "北京", true, true) == QVector<Anchor>{{7, 9}});
    CHECK(find("我住在北京市。北京 好", "北京", false, true) == QVector<Anchor>{{3, 5}, {7, 9}});
    // Emoji and skin-tone modifiers are symbols, not word characters; offsets are code points.
    CHECK(find("😀Ama😀 Ama_x 👍🏽Ama", "Ama", true, true) ==
          QVector<Anchor>{{1, 4}, {14, 17}});
    // Decimal digits of any script; a footnote mark is no digit.
    CHECK(find("P3 P33 3P3 ٣P3 P3", "P3", true, true) == QVector<Anchor>{{0, 2}, {15, 17}});
    CHECK(find("Okafor¹ said", "Okafor", true, true) == QVector<Anchor>{{0, 6}});
}

TEST_CASE("textmatch: ignoring case folds one code point to one, so offsets stay the text's") {
    // ß folds to itself and does not match "ss"; ẞ (capital sharp s) folds to ß.
    CHECK(find("Straße STRASSE strasse", "straße", false, false) == QVector<Anchor>{{0, 6}});
    CHECK(find("Straße STRASSE strasse", "STRASSE", false, false) ==
          QVector<Anchor>{{7, 14}, {15, 22}});
    CHECK(find("STRAẞE", "straße", true, false) == QVector<Anchor>{{0, 6}});
    // Greek final sigma, capital and small sigma match each other; tonos letters fold.
    CHECK(find("ΝΊΚΟΣ Νίκος", "νίκοσ", true, false) == QVector<Anchor>{{0, 5}, {6, 11}});
    // After a surrogate pair.
    CHECK(find("😀ÉCOLE école", "école", true, false) == QVector<Anchor>{{1, 6}, {7, 12}});
    // The find is normalised: a decomposed é finds the composed one.
    CHECK(find("école",
               "e\xCC\x81"
               "cole",
               true, true) == QVector<Anchor>{{0, 5}});
}

TEST_CASE("textmatch: replace all gives a checked list of replacements") {
    const QString text = u("Ama met ama. Ama!");
    const QVector<Replacement> all = replaceAll(text, u("ama"), u("Bea"), {true, false});
    REQUIRE(checkReplacements(all, codePointCount(text)).ok());
    CHECK(applyReplacements(text, all) == u("Bea met Bea. Bea!"));
    // The replacement text is normalised like the stored text.
    const QVector<Replacement> decomposed = replaceAll(text, u("met"), u("e\xCC\x81t"), {});
    CHECK(decomposed == QVector<Replacement>{{4, 7, u("ét")}});
}

TEST_CASE("textmatch: where two entries match at one position the longer wins") {
    const QVector<PseudonymEntry> list = {{u("Okafor"), u("Mensah")},
                                          {u("Dr Okafor"), u("Dr Mensah")},
                                          {u("Ama Owusu"), u("Efua Boateng")},
                                          {u("Ama"), u("Efua")},
                                          {u("Owusu"), u("Boateng")}};
    REQUIRE(checkPseudonymEntries(list).ok());
    const Pseudonymiser p(list);
    // "Dr Okafor" before "Okafor"; "Ama Owusus" is not the whole word "Ama Owusu", so "Ama"
    // matches there; "Owusu" inside a match of "Ama Owusu" is not matched again.
    const QString text = u("Dr Okafor and Okafor. Ama Owusus met Ama Owusu.");
    const PseudonymMatches m = p.apply(text);
    CHECK(m.entries == QVector<qsizetype>{1, 0, 3, 2});
    CHECK(m.counts == QVector<qint64>{1, 1, 1, 1, 0});
    REQUIRE(checkReplacements(m.replacements, codePointCount(text)).ok());
    CHECK(applyReplacements(text, m.replacements) ==
          u("Dr Mensah and Mensah. Efua Owusus met Efua Boateng."));
}

TEST_CASE("textmatch: matches are found in the original text, never in what replaced it") {
    const Pseudonymiser p({{u("Ama"), u("Bea")}, {u("Bea"), u("Cy")}});
    const QString text = u("Ama Bea");
    CHECK(applyReplacements(text, p.apply(text).replacements) == u("Bea Cy"));
}

TEST_CASE("textmatch: on equal length the earlier entry wins") {
    const PseudonymEntry sensitive{u("Okafor"), u("P1")};
    const PseudonymEntry ignoring{u("okafor"), u("P2"), true, false};
    CHECK(Pseudonymiser({sensitive, ignoring}).apply(u("Okafor okafor")).entries ==
          QVector<qsizetype>{0, 1});
    CHECK(Pseudonymiser({ignoring, sensitive}).apply(u("Okafor okafor")).entries ==
          QVector<qsizetype>{0, 0});
}

TEST_CASE("textmatch: a pseudonymisation list is checked before use") {
    CHECK(checkPseudonymEntries({}).ok());
    const Status empty = checkPseudonymEntries({{u("Ama"), u("Bea")}, {u(""), u("x")}});
    CHECK(empty.kind() == ErrorKind::Invalid);
    CHECK(empty.error() == u("Entry 2 has nothing to find."));
    const Status repeated =
        checkPseudonymEntries({{u("Okafor"), u("A")}, {u("Ama"), u("B")}, {u("Okafor"), u("C")}});
    CHECK(repeated.error() == u("Entry 3 (\u201COkafor\u201D) repeats entry 1."));
    // The same after normalisation, or after folding when both ignore case.
    CHECK(!checkPseudonymEntries({{u("José"), u("A")}, {u("Jose\xCC\x81"), u("B")}}).ok());
    CHECK(!checkPseudonymEntries(
               {{u("okafor"), u("A"), true, false}, {u("OKAFOR"), u("B"), true, false}})
               .ok());
    // Different options are different entries.
    CHECK(checkPseudonymEntries({{u("Okafor"), u("A")}, {u("Okafor"), u("B"), false}}).ok());
    CHECK(checkPseudonymEntries({{u("Okafor"), u("A")}, {u("okafor"), u("B"), true, false}}).ok());
}

TEST_CASE("textmatch: a realistic transcript, speaker labels included") {
    const QString text = u("Interviewer: Tell me about Dr Okafor.\n"
                           "Dr Okafor: I run Ward 7 at St Mary's Hospital with Ama Owusu.\n"
                           "Ama Owusu: Okafor's team is great.");
    const QVector<PseudonymEntry> list = {{u("Dr Okafor"), u("Dr Mensah")},
                                          {u("Okafor"), u("Mensah")},
                                          {u("Ama Owusu"), u("Participant 2")},
                                          {u("St Mary's Hospital"), u("Hospital A")},
                                          {u("ward 7"), u("Ward X"), true, false}};
    const PseudonymMatches m = Pseudonymiser(list).apply(text);
    CHECK(m.counts == QVector<qint64>{2, 1, 2, 1, 1});
    CHECK(applyReplacements(text, m.replacements) ==
          u("Interviewer: Tell me about Dr Mensah.\n"
            "Dr Mensah: I run Ward X at Hospital A with Participant 2.\n"
            "Participant 2: Mensah's team is great."));
}

namespace {

bool referenceWordChar(char32_t c) {
    return c == U'_' || QChar::isLetter(c) || QChar::isDigit(c) || QChar::isMark(c);
}

// Every position left to right, every entry at it: the longest match (earliest entry on a tie)
// wins and the search goes on after it.
QVector<TextMatch> referenceMatches(const std::u32string& text, const QVector<FindEntry>& entries) {
    QVector<TextMatch> out;
    std::size_t i = 0;
    while (i < text.size()) {
        qsizetype best = -1;
        std::size_t bestLength = 0;
        for (qsizetype k = 0; k < entries.size(); ++k) {
            const std::u32string f = toCodePoints(normaliseText(entries[k].find));
            if (f.empty() || f.size() > text.size() - i || f.size() <= bestLength)
                continue;
            bool same = true;
            for (std::size_t j = 0; j < f.size() && same; ++j) {
                same = entries[k].caseSensitive
                           ? text[i + j] == f[j]
                           : QChar::toCaseFolded(text[i + j]) == QChar::toCaseFolded(f[j]);
            }
            if (!same)
                continue;
            if (entries[k].wholeWord &&
                ((i > 0 && referenceWordChar(text[i - 1])) ||
                 (i + f.size() < text.size() && referenceWordChar(text[i + f.size()]))))
                continue;
            best = k;
            bestLength = f.size();
        }
        if (best < 0) {
            ++i;
            continue;
        }
        out.append({qint64(i), qint64(i + bestLength), best});
        i += bestLength;
    }
    return out;
}

} // namespace

TEST_CASE("textmatch: random lists on random texts agree with a naive scan") {
    // Latin, Greek sigmas, ß, a CJK ideograph, an Arabic-Indic digit, combining marks (the
    // acute composes with a and A, so finds are normalised), an emoji, space and punctuation.
    const char32_t alphabet[] = {U'a',      U'A',          U'b',      U' ',      U'_',
                                 U'\u03C3', U'\u03A3',     U'\u03C2', U'1',      U'.',
                                 U'\u00DF', U'\u4EAC',     U'\u0663', U'\u0301', U'\u0331',
                                 U'\u00E1', U'\U0001F600', U'\u00B9'};
    for (unsigned seed = 1; seed <= 400; ++seed) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        const auto pick = [&](int lo, int hi) {
            return std::uniform_int_distribution<int>(lo, hi)(rng);
        };
        const auto randomText = [&](int maxLength) {
            std::u32string t;
            for (int n = pick(0, maxLength); n > 0; --n)
                t.push_back(alphabet[pick(0, int(std::size(alphabet)) - 1)]);
            return t;
        };
        const std::u32string text = randomText(200);
        QVector<FindEntry> entries;
        for (int n = pick(1, 8); n > 0; --n) {
            const std::u32string f = randomText(4);
            entries.append({QString::fromUcs4(f.data(), qsizetype(f.size())), pick(0, 1) == 1,
                            pick(0, 1) == 1});
        }
        const QString qtext = QString::fromUcs4(text.data(), qsizetype(text.size()));
        CAPTURE(qtext);
        CHECK(TextMatcher(entries).matches(qtext) == referenceMatches(text, entries));
    }
}
