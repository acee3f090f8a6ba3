// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text.h"

#include <catch2/catch.hpp>

using namespace situate;

TEST_CASE("normaliseText strips the BOM, unifies line ends and composes to NFC")
{
    const QString input = QStringLiteral("\uFEFFa\r\nb\rc\n  d  \n") + QStringLiteral("e\u0301");
    const QString out = normaliseText(input);
    CHECK(out == QStringLiteral("a\nb\nc\n  d  \n\u00E9"));
}

TEST_CASE("normaliseText keeps spaces, tabs and blank lines")
{
    const QString input = QStringLiteral("\t x \n\n\n y\t");
    CHECK(normaliseText(input) == input);
}

TEST_CASE("codePointCount counts a surrogate pair once")
{
    CHECK(codePointCount(QStringLiteral("abc")) == 3);
    CHECK(codePointCount(QString::fromUtf8("a\xF0\x9F\x98\x80" "b")) == 3); // a😀b
    CHECK(codePointCount(QString::fromUtf8("日本語")) == 3);
    CHECK(codePointCount(QString()) == 0);
}

TEST_CASE("OffsetMap converts code points and UTF-16 indices both ways")
{
    // "a😀b👍🏽c": code points a,😀,b,👍,🏽,c = 6; UTF-16 units 1+2+1+2+2+1 = 9.
    const QString text = QString::fromUtf8("a\xF0\x9F\x98\x80" "b\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD" "c");
    REQUIRE(text.size() == 9);
    const OffsetMap map(text);
    CHECK(map.length() == 6);
    const int expectedUtf16[] = {0, 1, 3, 4, 6, 8, 9};
    for (int cp = 0; cp <= 6; ++cp) {
        CAPTURE(cp);
        CHECK(map.toUtf16(cp) == expectedUtf16[cp]);
        CHECK(map.toCodePoint(expectedUtf16[cp]) == cp);
    }
    // A UTF-16 index on a low surrogate belongs to the code point its pair starts.
    CHECK(map.toCodePoint(2) == 1);
    CHECK(map.toCodePoint(5) == 3);
    CHECK(map.slice(text, 1, 2) == QString::fromUtf8("\xF0\x9F\x98\x80"));
    CHECK(map.slice(text, 3, 5) == QString::fromUtf8("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"));
    CHECK(map.slice(text, 5, 6) == QStringLiteral("c"));
    // Out-of-range values clamp instead of reading past the text.
    CHECK(map.toUtf16(-3) == 0);
    CHECK(map.toUtf16(100) == 9);
}

TEST_CASE("OffsetMap is the identity on BMP-only text, including non-Latin scripts")
{
    const QString text = QString::fromUtf8("Ηλίας: مرحبا 你好 Привет");
    const OffsetMap map(text);
    CHECK(map.length() == text.size());
    for (qsizetype i = 0; i <= text.size(); ++i) {
        CHECK(map.toUtf16(i) == i);
        CHECK(map.toCodePoint(i) == i);
    }
}
