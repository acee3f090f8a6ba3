// SPDX-License-Identifier: GPL-3.0-or-later
// The one replacement that turns the text before an editor's change into the text after it,
// placed where the user made it (core/text/localedit.h).
#include "core/text.h"
#include "core/text/localedit.h"
#include "tests/support/testsupport.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

TEST_CASE("localEdit: typing, deleting and replacing give one replacement in code points") {
    CHECK_FALSE(localEdit(s("same"), s("same"), 2));
    CHECK(localEdit(s("Hello world"), s("Hello, world"), 6) == Replacement{5, 5, s(",")});
    CHECK(localEdit(s("Hello, world"), s("Hello world"), 5) == Replacement{5, 6, {}});
    CHECK(localEdit(s("the cat sat"), s("the dog sat"), 7) == Replacement{4, 7, s("dog")});
    CHECK(localEdit(s("abc"), s(""), 0) == Replacement{0, 3, {}});
    CHECK(localEdit(s(""), s("abc"), 3) == Replacement{0, 0, s("abc")});
}

TEST_CASE("localEdit: where a change could sit at several places, the cursor places it") {
    // "a" typed into "aa": before the first, between, or after the last a.
    CHECK(localEdit(s("xaay"), s("xaaay"), 2) == Replacement{1, 1, s("a")});
    CHECK(localEdit(s("xaay"), s("xaaay"), 3) == Replacement{2, 2, s("a")});
    CHECK(localEdit(s("xaay"), s("xaaay"), 4) == Replacement{3, 3, s("a")});
    // Backspace in a run of spaces: the cursor is where the deleted one was.
    CHECK(localEdit(s("a   b"), s("a  b"), 1) == Replacement{1, 2, {}});
    CHECK(localEdit(s("a   b"), s("a  b"), 3) == Replacement{3, 4, {}});
    // A cursor the text does not allow is ignored: the shortest region stands.
    CHECK(localEdit(s("xaay"), s("xaaay"), 0) == Replacement{3, 3, s("a")});
}

TEST_CASE("localEdit: never splits a surrogate pair, and counts code points") {
    const QString grin = QString::fromUtf8("\xF0\x9F\x98\x80");   // U+1F600
    const QString smiley = QString::fromUtf8("\xF0\x9F\x98\x83"); // U+1F603 (same high half)
    // One emoji replaced by another that shares its high surrogate.
    CHECK(localEdit(s("x") + grin + s("y"), s("x") + smiley + s("y"), 3) ==
          Replacement{1, 2, smiley});
    // An emoji typed before another with the same high surrogate.
    CHECK(localEdit(s("x") + smiley, s("x") + grin + smiley, 3) == Replacement{1, 1, grin});
    // After an emoji, offsets are code points: "z" typed after it is at code point 2.
    CHECK(localEdit(s("x") + grin + s("y"), s("x") + grin + s("zy"), 4) ==
          Replacement{2, 2, s("z")});
}

TEST_CASE("localEdit: random edits are found back exactly, wherever the cursor is") {
    QRandomGenerator rnd(17);
    const QString alphabet = s("aab ") + QString::fromUtf8("\xF0\x9F\x98\x80\xC3\xA9");
    const auto randomText = [&](int n) {
        QString t;
        while (codePointCount(t) < n) {
            const qsizetype at = rnd.bounded(int(alphabet.size()));
            if (alphabet[at].isLowSurrogate())
                continue;
            t += alphabet[at].isHighSurrogate() ? alphabet.mid(at, 2) : QString(alphabet[at]);
        }
        return t;
    };
    for (int round = 0; round < 2000; ++round) {
        CAPTURE(round);
        const QString before = randomText(int(rnd.bounded(12)));
        const qint64 length = codePointCount(before);
        const qint64 a = rnd.bounded(int(length) + 1);
        const qint64 b = a + rnd.bounded(int(length - a) + 1);
        const Replacement made{a, b, randomText(int(rnd.bounded(4)))};
        const QString after = applyReplacements(before, {made});
        const OffsetMap map(after);
        const std::optional<Replacement> found =
            localEdit(before, after, map.toUtf16(a + made.length()));
        if (before == after) {
            CHECK_FALSE(found);
            continue;
        }
        REQUIRE(found);
        CAPTURE(before, after, made, *found);
        CHECK(applyReplacements(before, {*found}) == after);
        // Where the cursor is the end of what the user typed, the region found is the one made
        // or a shorter one inside it (equal text trimmed off its ends).
        CHECK(found->start >= made.start);
        CHECK(found->end <= made.end);
    }
}
