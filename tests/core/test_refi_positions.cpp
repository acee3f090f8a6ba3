// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/refi/refitext.h"
#include "core/refi/sourcetext.h"

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::refi;

namespace {

QString s(const char* utf8) {
    return QString::fromUtf8(utf8);
}

QString slice(const SourceText& t, const Placement& p) {
    const QVector<uint> ucs4 = t.normalised().toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData() + p.start),
                             p.end - p.start);
}

} // namespace

TEST_CASE("refi positions: NVivo's UTF-16 offsets over BOM-less CRLF text are detected and "
          "converted") {
    // As NVivo writes it: after the BOM, UTF-16 units, CRLF counted as two.
    //   "Interviewer: Hi 😀\r\nP1: Yes, über\r\nEnd"
    // UTF-16: "Interviewer: " 0-13, "Hi" 13-15, space 15, 😀 16-18, CRLF 18-20, "P1: " 20-24,
    //         "Yes" 24-27, ", " 27-29, "über" 29-33, CRLF 33-35, "End" 35-38.
    // Situate (code points, LF): 😀 is one, CRLF is one: "Yes" 22-25, "über" 27-31, "End" 32-35.
    const SourceText text(s("\xEF\xBB\xBFInterviewer: Hi \xF0\x9F\x98\x80\r\nP1: Yes, \xC3\xBC"
                            "ber\r\nEnd"));
    CHECK(text.normalised() == s("Interviewer: Hi \xF0\x9F\x98\x80\nP1: Yes, \xC3\xBC"
                                 "ber\nEnd"));
    const QVector<SelectionInput> sel = {{24, 27, {}, {}}, {29, 33, {}, {}}, {35, 38, {}, {}}};
    // Read as code points, 24-27 would be "es," (mid-word), so UTF-16 wins even when the
    // origin suggested the standard's code points.
    const OffsetConvention c = text.detect(sel, OffsetConvention{false, true});
    CHECK(c.utf16);
    CHECK(c.crlfCountsTwo);
    const QVector<Placement> placed = text.place(sel, c);
    REQUIRE(placed.size() == 3);
    for (const Placement& p : placed)
        REQUIRE(p.placed);
    CHECK(placed[0].start == 22);
    CHECK(placed[0].end == 25);
    CHECK(slice(text, placed[0]) == s("Yes"));
    CHECK(placed[1].start == 27);
    CHECK(placed[1].end == 31);
    CHECK(slice(text, placed[1]) == s("\xC3\xBC"
                                      "ber"));
    CHECK(placed[2].start == 32);
    CHECK(placed[2].end == 35);
    CHECK(slice(text, placed[2]) == s("End"));
}

TEST_CASE("refi positions: code points over decomposed (NFD) text land on the composed text") {
    // "Cafe\u0301 au lait\nbon": the tool counts e and U+0301 apart; Situate stores NFC "é".
    // Raw code points: "Cafe" 0-4, U+0301 4, space 5, "au" 6-8. Normalised: "Café" 0-4, "au" 5-7.
    const SourceText text(s("Cafe\xCC\x81 au lait\nbon"));
    CHECK(text.normalised() == s("Caf\xC3\xA9 au lait\nbon"));
    const QVector<SelectionInput> sel = {{6, 8, {}, {}}, {0, 5, {}, {}}, {0, 4, {}, {}}};
    const QVector<Placement> placed = text.place(sel, OffsetConvention{});
    REQUIRE(placed[0].placed);
    CHECK(placed[0].start == 5);
    CHECK(placed[0].end == 7);
    REQUIRE(placed[1].placed);
    CHECK(placed[1].start == 0);
    CHECK(placed[1].end == 4);
    CHECK(slice(text, placed[1]) == s("Caf\xC3\xA9"));
    // 0-4 is "Cafe" without its accent: no range of the normalised text is that text.
    CHECK_FALSE(placed[2].placed);
    CHECK(placed[2].problem.contains(QStringLiteral("combined character")));
}

TEST_CASE("refi positions: qc's line labels verify whole-line codings, trailing LF included") {
    // Lines: "line zero\n" 0-10, "line one\n" 10-19, "line two\n" 19-28.
    const SourceText text(QStringLiteral("line zero\nline one\nline two\n"));
    const QVector<SelectionInput> sel = {{10, 19, QStringLiteral("line:1"), {}},
                                         {19, 28, QStringLiteral("line:1"), {}}};
    const QVector<Placement> placed = text.place(sel, OffsetConvention{});
    REQUIRE(placed[0].placed);
    CHECK(placed[0].verified);
    CHECK(slice(text, placed[0]) == QStringLiteral("line one\n"));
    CHECK_FALSE(placed[1].placed);
    CHECK(placed[1].problem.contains(QStringLiteral("line 1")));
    CHECK(placed[1].problem.contains(QStringLiteral("line 2")));
}

TEST_CASE("refi positions: a name that copies the coded text verifies it, and a copy that does "
          "not match stops the coding") {
    const SourceText text(QStringLiteral("We meet monthly. The facilitator books rooms.\n"
                                         "Funding ended in March."));
    // "We meet monthly." 0-16, "The facilitator books rooms." 17-45, "Funding ended" 46-59.
    const QVector<SelectionInput> sel = {
        {0, 16, QStringLiteral("We meet monthly."), {}},
        {17, 45, QStringLiteral("The facilitator\u2026"), {}}, // shortened with an ellipsis
        {46, 59, QStringLiteral("The facilitator books"), {}}, // offsets and copy disagree
        {0, 7, QStringLiteral("Quotation 1:4"), QStringLiteral("We meet")}};
    const QVector<Placement> placed = text.place(sel, OffsetConvention{});
    CHECK(placed[0].verified);
    CHECK(placed[1].verified);
    CHECK_FALSE(placed[2].placed);
    CHECK(placed[2].problem.contains(QStringLiteral("The facilitator books")));
    CHECK(placed[2].problem.contains(QStringLiteral("Funding ended")));
    // A label that occurs nowhere in the text is a name, not a copy; the description that
    // equals the coded text verifies it.
    REQUIRE(placed[3].placed);
    CHECK(placed[3].verified);
    CHECK(placed[3].descriptionIsText);
}

TEST_CASE("refi positions: ranges past the end, inside a surrogate pair or reversed are "
          "reported") {
    const SourceText text(s("ab \xF0\x9F\x98\x80 cd\r\nef"));
    // UTF-16: "ab " 0-3, 😀 3-5, " cd" 5-8, CRLF 8-10, "ef" 10-12.
    const QVector<SelectionInput> sel = {
        {0, 40, {}, {}}, {4, 8, {}, {}}, {6, 6, {}, {}}, {0, 9, {}, {}}};
    const QVector<Placement> placed = text.place(sel, OffsetConvention{true, true});
    CHECK(placed[0].problem.contains(QStringLiteral("past the end")));
    CHECK(placed[1].problem.contains(QStringLiteral("surrogate pair")));
    CHECK(placed[2].problem.contains(QStringLiteral("empty or reversed")));
    // 0-9 ends between CR and LF: the tool coded the CR, so the line break is included.
    REQUIRE(placed[3].placed);
    CHECK(placed[3].end == 8); // "ab 😀 cd\n": 3 + 1 + 3 + 1 code points
    CHECK(slice(text, placed[3]) == s("ab \xF0\x9F\x98\x80 cd\n"));
}

TEST_CASE("refi text: descriptions carry criteria and the ToC element and read back") {
    Code c;
    c.definition = QStringLiteral("Peer learning between members.");
    c.inclusion = QStringLiteral("Members teaching members.\n\nAlso informal advice.");
    c.exclusion = QStringLiteral("Formal training.");
    c.example = QStringLiteral("She showed me the checklist.");
    c.toc = TocElement::Mechanism;
    const QString d = codeDescription(c);
    CHECK(d.contains(QStringLiteral("\n\nInclusion: Members teaching members.")));
    CHECK(d.endsWith(QStringLiteral("Theory of change: mechanism")));
    Code back;
    readCodeDescription(d, &back);
    CHECK(back.definition == c.definition);
    CHECK(back.inclusion == c.inclusion);
    CHECK(back.exclusion == c.exclusion);
    CHECK(back.example == c.example);
    CHECK(back.toc == TocElement::Mechanism);
    // Another tool's free text is the definition, CRLF and all normalised.
    Code other;
    readCodeDescription(QStringLiteral("Line one\r\nLine two\r\n"), &other);
    CHECK(other.definition == QStringLiteral("Line one\nLine two"));
    CHECK(other.inclusion.isEmpty());
    CHECK(other.toc == TocElement::None);
}

TEST_CASE("refi text: code names, set names, GUIDs and colours from other tools") {
    CHECK(splitCodeName(QStringLiteral("Coke::diet Coke"), false).levels ==
          QStringList{QStringLiteral("Coke"), QStringLiteral("diet Coke")});
    CHECK(splitCodeName(QStringLiteral("interesting\\places"), true).levels ==
          QStringList{QStringLiteral("interesting"), QStringLiteral("places")});
    CHECK(splitCodeName(QStringLiteral("a / b"), true).levels ==
          QStringList{QStringLiteral("a"), QStringLiteral("b")});
    const CodeNameParts yesNo = splitCodeName(QStringLiteral("Yes/No"), false);
    CHECK(yesNo.levels == QStringList{QStringLiteral("Yes\u2215No")});
    CHECK(yesNo.slashReplaced);
    CHECK(splitCodeName(QStringLiteral("  "), true).levels.isEmpty());

    QString code, title;
    readQuestionSetName(QStringLiteral("RQ1: How the CoPs operate"), {}, &code, &title);
    CHECK(code == QStringLiteral("RQ1"));
    CHECK(title == QStringLiteral("How the CoPs operate"));
    readQuestionSetName(QStringLiteral("gender: female"), {QStringLiteral("gender")}, &code,
                        &title);
    CHECK(code == QStringLiteral("gender: female"));
    CHECK(title.isEmpty());
    readQuestionSetName(QStringLiteral("negative feelings"), {}, &code, &title);
    CHECK(code == QStringLiteral("negative feelings"));

    CHECK(cleanGuid(QStringLiteral("{85D17F60-7BB0-481E-B742-B4861DD669DF}")) ==
          QStringLiteral("85d17f60-7bb0-481e-b742-b4861dd669df"));
    CHECK(cleanGuid(QStringLiteral("line:6")).isEmpty());
    CHECK(derivedGuid(QStringLiteral("x"), QLatin1String("memo")) ==
          derivedGuid(QStringLiteral("x"), QLatin1String("memo")));
    CHECK(derivedGuid(QStringLiteral("x"), QLatin1String("memo")) !=
          derivedGuid(QStringLiteral("x"), QLatin1String("selection")));
    CHECK(cleanColour(QStringLiteral("#F00082")) == QStringLiteral("#f00082"));
    CHECK(cleanColour(QStringLiteral("#abc")) == QStringLiteral("#aabbcc"));
    CHECK(cleanColour(QStringLiteral("red")).isEmpty());
    CHECK(refiColour(QStringLiteral("#8c6d4f")) == QStringLiteral("#8C6D4F"));
    CHECK(
        readChoicesDescription(choicesDescription({QStringLiteral("yes"), QStringLiteral("no")})) ==
        QStringList{QStringLiteral("yes"), QStringLiteral("no")});
}
