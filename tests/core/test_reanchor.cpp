// SPDX-License-Identifier: GPL-3.0-or-later
// The re-anchoring rule, branch by branch, on hand-computed cases.
#include "core/text.h"
#include "core/text/reanchor.h"
#include "tests/core/texttest.h"

#include <catch2/catch.hpp>

using namespace situate;

namespace {

Replacement replace(qint64 start, qint64 end, const char* text) {
    return {start, end, QString::fromUtf8(text)};
}

// The one anchor through reanchorAll, to check the set path gives the single rule's answer
// and to read its outcome.
Reanchored throughSet(const Anchor& a, const Replacement& r) {
    const QVector<Reanchored> out = reanchorAll({a}, {r});
    REQUIRE(out.size() == 1);
    CHECK(out[0].anchor == reanchor(a, r));
    return out[0];
}

} // namespace

TEST_CASE("reanchor: every branch of the rule for a coding from 10 to 20") {
    const Anchor coding{10, 20};
    struct Case {
        const char* what;
        Replacement edit;
        std::optional<Anchor> expected;
        EditOutcome outcome;
    };
    // Δ = L - (b - a) in each comment; the expected values are worked out by hand.
    const Case cases[] = {
        // s >= b and e > b: both move by Δ = 2 - 3 = -1.
        {"before", replace(2, 5, "ab"), Anchor{9, 19}, EditOutcome::Moved},
        // s < a and e <= a: both stay.
        {"after", replace(25, 30, "x"), Anchor{10, 20}, EditOutcome::Unchanged},
        // s < a stays; e > b moves by Δ = 6 - 3 = 3.
        {"inside", replace(12, 15, "abcdef"), Anchor{10, 23}, EditOutcome::Changed},
        // a <= s < b gives a = 8; a < e <= b gives a + L = 11.
        {"around", replace(8, 22, "xyz"), Anchor{8, 11}, EditOutcome::Changed},
        // s = 10 in [5, 15) gives 5; e = 20 > 15 moves by Δ = 2 - 10 = -8.
        {"straddling the start", replace(5, 15, "ab"), Anchor{5, 12}, EditOutcome::Changed},
        // s stays; e = 20 in (15, 25] gives 15 + 3.
        {"straddling the end", replace(15, 25, "abc"), Anchor{10, 18}, EditOutcome::Changed},
        // s = b = 10 moves by Δ = 2 - 5 = -3, so does e.
        {"touching the start from before", replace(5, 10, "ab"), Anchor{7, 17}, EditOutcome::Moved},
        // e = a = 20 stays.
        {"touching the end from after", replace(20, 25, "a"), Anchor{10, 20},
         EditOutcome::Unchanged},
        // a = b = s: s >= b moves by L = 3; text inserted at a start goes before it.
        {"insertion at the start", replace(10, 10, "abc"), Anchor{13, 23}, EditOutcome::Moved},
        // a = b = e: e <= a stays; text inserted at an end goes after it.
        {"insertion at the end", replace(20, 20, "abc"), Anchor{10, 20}, EditOutcome::Unchanged},
        {"insertion inside", replace(15, 15, "abc"), Anchor{10, 23}, EditOutcome::Changed},
        // a <= s < b gives 10; a < e <= b gives a + 0: the new end is not after the start.
        {"deletion of the whole coding", replace(10, 20, ""), std::nullopt, EditOutcome::Removed},
        {"deletion around the coding", replace(5, 25, ""), std::nullopt, EditOutcome::Removed},
        // The same range replaced by 2 code points: [a, a + L).
        {"replacement of the whole coding", replace(10, 20, "xy"), Anchor{10, 12},
         EditOutcome::Changed},
        {"deletion from the start", replace(10, 15, ""), Anchor{10, 15}, EditOutcome::Changed},
        {"deletion to the end", replace(15, 20, ""), Anchor{10, 15}, EditOutcome::Changed},
        // e = 20 in (5, 20] gives 5 + 0 while s = 10 gives 5: removed.
        {"deletion straddling the start up to the end", replace(5, 20, ""), std::nullopt,
         EditOutcome::Removed},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what, c.edit);
        CHECK(reanchor(coding, c.edit) == c.expected);
        CHECK(throughSet(coding, c.edit).outcome == c.outcome);
    }
}

TEST_CASE("reanchor: a point follows the start rule") {
    const Replacement r = replace(10, 20, "abc"); // Δ = -7
    CHECK(reanchorPoint(9, r) == 9);
    CHECK(reanchorPoint(10, r) == 10);
    CHECK(reanchorPoint(15, r) == 10);
    CHECK(reanchorPoint(19, r) == 10);
    CHECK(reanchorPoint(20, r) == 13);
    CHECK(reanchorPoint(30, r) == 23);
    const Replacement insertion = replace(10, 10, "ab");
    CHECK(reanchorPoint(9, insertion) == 9);
    CHECK(reanchorPoint(10, insertion) == 12);
    CHECK(reanchorEnd(10, insertion) == 10);
    CHECK(reanchorPoints({0, 10, 15, 20, 30}, {r}) == QVector<qint64>{0, 10, 10, 13, 23});
}

TEST_CASE("reanchor: emoji and combining marks at the edges of a coding") {
    // 👍 🏽 A m a ␠ x ◌́ 😀 ␠ e n d: 13 code points, 17 UTF-16 units; "Ama x́" is [2,
    // 8).
    const QString text = QString::fromUtf8("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"
                                           "Ama x\xCC\x81\xF0\x9F\x98\x80 end");
    REQUIRE(codePointCount(text) == 13);
    const Anchor coding{2, 8};
    const auto codedText = [](const QString& t, const Anchor& a) {
        return OffsetMap(t).slice(t, a.start, a.end);
    };
    REQUIRE(codedText(text, coding) == QString::fromUtf8("Ama x\xCC\x81"));

    SECTION("the coded word replaced by two emoji") {
        const Replacement r = replace(2, 5, "\xF0\x9F\x98\x80\xF0\x9F\x98\x80");
        REQUIRE(r.length() == 2);
        const QString after = applyReplacements(text, {r});
        CHECK(after == QString::fromUtf8("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD\xF0\x9F\x98\x80"
                                         "\xF0\x9F\x98\x80 x\xCC\x81\xF0\x9F\x98\x80 end"));
        const auto moved = reanchor(coding, r);
        REQUIRE(moved == Anchor{2, 7});
        CHECK(codedText(after, *moved) ==
              QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80 x\xCC\x81"));
    }
    SECTION("an emoji inserted right after the combining mark that ends the coding") {
        const Replacement r = replace(8, 8, "\xF0\x9F\x8F\xBD");
        const QString after = applyReplacements(text, {r});
        const auto moved = reanchor(coding, r);
        REQUIRE(moved == coding);
        CHECK(codedText(after, *moved) == QString::fromUtf8("Ama x\xCC\x81"));
        CHECK(codedText(after, {8, 10}) == QString::fromUtf8("\xF0\x9F\x8F\xBD\xF0\x9F\x98\x80"));
    }
    SECTION("the combining mark at the end deleted") {
        const Replacement r = replace(7, 8, "");
        const auto moved = reanchor(coding, r);
        REQUIRE(moved == Anchor{2, 7});
        CHECK(codedText(applyReplacements(text, {r}), *moved) == QStringLiteral("Ama x"));
    }
    SECTION("a title and an emoji inserted at the start, right after a skin-tone modifier") {
        const Replacement r = replace(2, 2, "Dr \xF0\x9F\x98\x80 ");
        REQUIRE(r.length() == 5);
        const QString after = applyReplacements(text, {r});
        const auto moved = reanchor(coding, r);
        REQUIRE(moved == Anchor{7, 13});
        CHECK(codedText(after, *moved) == QString::fromUtf8("Ama x\xCC\x81"));
        CHECK(codedText(after, {0, 7}) == QString::fromUtf8("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"
                                                            "Dr \xF0\x9F\x98\x80 "));
    }
}

TEST_CASE("reanchor: several replacements at once, worked by hand") {
    // "The cat sat on the mat." with codings on "cat sat" [4, 11) and "mat" [19, 22).
    const QString text = QStringLiteral("The cat sat on the mat.");
    const QVector<Replacement> edits = {replace(5, 7, "og"), replace(9, 11, "it"),
                                        replace(20, 22, "")};
    REQUIRE(checkReplacements(edits, 23).ok());
    CHECK(applyReplacements(text, edits) == QStringLiteral("The cog sit on the m."));
    const QVector<Reanchored> out = reanchorAll({{4, 11}, {19, 22}, {0, 3}, {12, 14}}, edits);
    CHECK(out[0].anchor == Anchor{4, 11});
    CHECK(out[0].outcome == EditOutcome::Changed);
    CHECK(out[1].anchor == Anchor{19, 20}); // e = 22 in (20, 22] gives 20 + 0
    CHECK(out[1].outcome == EditOutcome::Changed);
    CHECK(out[2].outcome == EditOutcome::Unchanged);
    CHECK(out[3].anchor == Anchor{12, 14});
    CHECK(out[3].outcome == EditOutcome::Unchanged);

    const EditCounts counts = countOutcomes(out);
    CHECK(counts.unchanged == 2);
    CHECK(counts.changed == 2);
    CHECK(counts.moved == 0);
    CHECK(counts.removed == 0);
}

TEST_CASE("reanchor: an end collapsing onto an insertion stays before the inserted text") {
    // "XY" inserted at 5 and [5, 8) deleted in one set. One at a time from the end: the
    // deletion takes the end 7 to 5; the insertion at 5 then keeps an end at 5 where it is.
    const QString text = QStringLiteral("0123456789");
    const QVector<Replacement> edits = {replace(5, 5, "XY"), replace(5, 8, "")};
    REQUIRE(checkReplacements(edits, 10).ok());
    CHECK(applyReplacements(text, edits) == QStringLiteral("01234XY89"));
    const QVector<Reanchored> out = reanchorAll({{2, 7}, {6, 9}, {5, 8}}, edits);
    CHECK(out[0].anchor == Anchor{2, 5}); // "234", not "234XY"
    CHECK(out[1].anchor == Anchor{7, 8}); // s = 6 in [5, 8) gives 5, after "XY"; e = 9 - 1
    CHECK(out[2].outcome == EditOutcome::Removed);
    // A chain: an insertion, then two deletions touching each other and it.
    const QVector<Replacement> chain = {replace(3, 3, "X"), replace(3, 5, ""), replace(5, 7, "")};
    CHECK(reanchorAll({{1, 6}}, chain)[0].anchor == Anchor{1, 3});
    CHECK(applyReplacements(text, chain) == QStringLiteral("012X789"));
}

TEST_CASE("reanchor: several insertions at one point land in list order") {
    const QVector<Replacement> edits = {replace(2, 2, "ab"), replace(2, 2, "cd")};
    REQUIRE(checkReplacements(edits, 4).ok());
    CHECK(applyReplacements(QStringLiteral("0123"), edits) == QStringLiteral("01abcd23"));
    CHECK(reanchorAll({{0, 2}, {2, 3}}, edits)[0].anchor == Anchor{0, 2});
    CHECK(reanchorAll({{0, 2}, {2, 3}}, edits)[1].anchor == Anchor{6, 7});
}

TEST_CASE("reanchor: a list out of range, overlapping or out of order is refused") {
    CHECK(checkReplacements({}, 0).ok());
    CHECK(checkReplacements({replace(0, 4, "")}, 4).ok());
    const Status outside = checkReplacements({replace(3, 5, "x")}, 4);
    CHECK(!outside.ok());
    CHECK(outside.kind() == ErrorKind::Invalid);
    CHECK(outside.error() ==
          QStringLiteral("The range 3-5 is not within the text (4 characters)."));
    CHECK(!checkReplacements({replace(-1, 1, "")}, 4).ok());
    CHECK(!checkReplacements({replace(3, 2, "")}, 4).ok());
    const Status overlap = checkReplacements({replace(0, 3, ""), replace(2, 4, "")}, 4);
    CHECK(overlap.error() ==
          QStringLiteral("The replacements of 0-3 and 2-4 overlap or are out of order."));
    CHECK(!checkReplacements({replace(2, 3, ""), replace(0, 1, "")}, 4).ok());
    CHECK(!checkReplacements({replace(1, 3, ""), replace(1, 1, "x")}, 4).ok());
    CHECK(checkReplacements({replace(1, 1, "x"), replace(1, 3, "")}, 4).ok());
}

TEST_CASE("reanchor: the inverse turns the edited text back, surrogate pairs included") {
    const QString text = QString::fromUtf8("a\xF0\x9F\x98\x80"
                                           "bc\xF0\x9F\x91\x8D"
                                           "d");
    const QVector<Replacement> edits = {replace(0, 2,
                                                "\xF0\x9F\x8F\xBD\xF0\x9F\x8F\xBD"
                                                "x"),
                                        replace(3, 3, "yz"), replace(4, 5, "")};
    REQUIRE(checkReplacements(edits, 6).ok());
    const QString after = applyReplacements(text, edits);
    CHECK(after == QString::fromUtf8("\xF0\x9F\x8F\xBD\xF0\x9F\x8F\xBD"
                                     "xbyzc"
                                     "d"));
    const QVector<Replacement> inverse = invertReplacements(text, edits);
    CHECK(inverse == QVector<Replacement>{replace(0, 3, "a\xF0\x9F\x98\x80"), replace(4, 6, ""),
                                          replace(7, 7, "\xF0\x9F\x91\x8D")});
    REQUIRE(checkReplacements(inverse, codePointCount(after)).ok());
    CHECK(applyReplacements(after, inverse) == text);
}
