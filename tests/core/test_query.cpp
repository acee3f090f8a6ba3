// SPDX-License-Identifier: GPL-3.0-or-later
// The coding-query language without a project: parsing (precedence, parentheses, escapes,
// every syntax error with its column), the set operators and the words `near` counts, each
// against results worked out by hand.
#include "core/query/queryintervals.h"
#include "core/query/queryparser.h"
#include "core/query/querytext.h"
#include "core/text.h"
#include "tests/support/catchqt.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <random>

using namespace situate;
using namespace situate::query;
using test::s;

namespace {

/// A parsed query written back fully parenthesised, to check how it grouped.
QString shape(const Node& n) {
    switch (n.kind) {
    case NodeKind::Code:
    case NodeKind::Tree:
        return (n.kind == NodeKind::Code ? s("code:") : s("tree:")) + n.name +
               (n.coder.isEmpty() ? QString() : s("@") + n.coder);
    case NodeKind::Speaker:
        return s("speaker:") + n.name;
    case NodeKind::Document:
        return s("document:") + n.name;
    case NodeKind::Case:
        return s("case:") + n.name;
    case NodeKind::Attribute:
        return s("attribute:") + n.name + s("=") + n.value;
    case NodeKind::All:
        return s("all");
    default:
        break;
    }
    static const QHash<NodeKind, QString> ops = {
        {NodeKind::Or, s("or")},          {NodeKind::And, s("and")},
        {NodeKind::AndNot, s("and not")}, {NodeKind::Near, s("near")},
        {NodeKind::InTurn, s("in turn")}, {NodeKind::InParagraph, s("in paragraph")}};
    QString op = ops.value(n.kind);
    if (n.kind == NodeKind::Near)
        op += s(" ") + QString::number(n.words);
    return s("(") + shape(*n.left) + s(" ") + op + s(" ") + shape(*n.right) + s(")");
}

QString parsed(const QString& text) {
    Result<NodePtr> r = parse(text);
    return r ? shape(**r) : s("error: ") + r.error();
}

QString runs(const Runs& r) {
    QStringList out;
    for (const Interval& i : r)
        out << QStringLiteral("[%1,%2)").arg(i.start).arg(i.end);
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("query parser: operands, coders, attributes and escapes") {
    CHECK(parsed(s("code \"Barrier\"")) == s("code:Barrier"));
    CHECK(parsed(s("tree \"Barrier/Funding\" by \"Aisha\"")) == s("tree:Barrier/Funding@Aisha"));
    CHECK(parsed(s("speaker \"Ann\"")) == s("speaker:Ann"));
    CHECK(parsed(s("document \"Interview 1\"")) == s("document:Interview 1"));
    CHECK(parsed(s("case \"North\"")) == s("case:North"));
    CHECK(parsed(s("attribute \"region\" = \"coastal\"")) == s("attribute:region=coastal"));
    CHECK(parsed(s("all")) == s("all"));
    CHECK(parsed(s("code \"say \\\"hi\\\" \\\\ now\"")) == s("code:say \"hi\" \\ now"));
    CHECK(parsed(s("code \"Café 😀\"")) == s("code:Café 😀"));
    // Keywords in any case, and no spaces needed around parentheses or "=".
    CHECK(parsed(s("(CODE \"A\")AND Not(speaker\"B\")")) == s("(code:A and not speaker:B)"));
    CHECK(parsed(s("attribute\"a\"=\"b\"")) == s("attribute:a=b"));
}

TEST_CASE("query parser: or loosest, then and, then the context operators") {
    CHECK(parsed(s("all or all and all")) == s("(all or (all and all))"));
    CHECK(parsed(s("all and all or all")) == s("((all and all) or all)"));
    CHECK(parsed(s("code \"A\" and code \"B\" near 3 code \"C\"")) ==
          s("(code:A and (code:B near 3 code:C))"));
    CHECK(parsed(s("code \"A\" near 3 code \"B\" or code \"C\" in turn code \"D\"")) ==
          s("((code:A near 3 code:B) or (code:C in turn code:D))"));
    CHECK(parsed(s("code \"A\" and not code \"B\" in paragraph code \"C\"")) ==
          s("(code:A and not (code:B in paragraph code:C))"));
    // Left to right within a level.
    CHECK(parsed(s("all and not all and all")) == s("((all and not all) and all)"));
    CHECK(parsed(s("all or all or all")) == s("((all or all) or all)"));
    CHECK(parsed(s("all near 0 all in turn all")) == s("((all near 0 all) in turn all)"));
    // Parentheses group.
    CHECK(parsed(s("(all or all) and all")) == s("((all or all) and all)"));
    CHECK(parsed(s("all near 2 (all and all)")) == s("(all near 2 (all and all))"));
    CHECK(parsed(s("((all))")) == s("all"));
}

TEST_CASE("query parser: every syntax error names its column and what was expected") {
    const QString operand =
        s("expected code, tree, speaker, document, case, attribute, all or \"(\"");
    CHECK(parsed(s("")) == s("error: column 1: ") + operand + s(", found the end of the query"));
    CHECK(parsed(s("not code \"A\"")) == s("error: column 1: ") + operand + s(", found \"not\""));
    CHECK(parsed(s("code \"A\" or # ")) == s("error: column 13: ") + operand + s(", found \"#\""));
    CHECK(parsed(s("code")) == s("error: column 5: expected a quoted name after \"code\", found "
                                 "the end of the query"));
    CHECK(parsed(s("code Barrier")) ==
          s("error: column 6: expected a quoted name after \"code\", found \"Barrier\""));
    CHECK(parsed(s("code \"A\" by 7")) ==
          s("error: column 13: expected a quoted name after \"by\", found the number 7"));
    CHECK(parsed(s("code \"A\" near code \"B\"")) ==
          s("error: column 15: expected a whole number of words after \"near\", found "
            "\"code\""));
    CHECK(parsed(s("code \"A\" in room code \"B\"")) ==
          s("error: column 13: expected \"turn\" or \"paragraph\" after \"in\", found \"room\""));
    CHECK(parsed(s("(code \"A\"")) ==
          s("error: column 10: expected \")\" or an operator, found the end of the query"));
    CHECK(parsed(s("code \"A\" code \"B\"")) ==
          s("error: column 10: expected \"and\", \"or\", \"near\", \"in\" or the end of the "
            "query, found \"code\""));
    CHECK(parsed(s("all)")) == s("error: column 4: expected \"and\", \"or\", \"near\", \"in\" "
                                 "or the end of the query, found \")\""));
    CHECK(parsed(s("attribute \"a\" \"b\"")) ==
          s("error: column 15: expected \"=\" after the attribute's name, found the name "
            "\"b\""));
    CHECK(parsed(s("attribute \"a\" =")) ==
          s("error: column 16: expected a quoted name after \"=\", found the end of the query"));
    CHECK(parsed(s("code \"A")) == s("error: column 6: expected a closing \" for the name that "
                                     "starts here, found the end of the query"));
    CHECK(parsed(s("code \"A\\x\"")) ==
          s("error: column 8: expected \\\" or \\\\ after a backslash in a name (a backslash "
            "only escapes a quote or itself)"));
    CHECK(parsed(s("all near 99999999999999999999 all")) ==
          s("error: column 10: expected a number of words up to 9223372036854775807"));
    // Columns count code points: the emoji is one.
    CHECK(parsed(s("code \"😀\" xx")) == s("error: column 10: expected \"and\", \"or\", "
                                          "\"near\", \"in\" or the end of the query, found "
                                          "\"xx\""));
}

TEST_CASE("query sets: union, intersection and difference of runs") {
    const Runs a = runsOf({{0, 5}, {3, 8}, {8, 10}, {20, 25}}); // overlapping and adjacent
    CHECK(runs(a) == s("[0,10) [20,25)"));
    const Runs b = runsOf({{10, 12}, {22, 30}});
    CHECK(runs(unite(a, b)) == s("[0,12) [20,30)")); // touching runs merge
    CHECK(runs(intersect(a, b)) == s("[22,25)"));
    CHECK(runs(subtract(a, b)) == s("[0,10) [20,22)"));
    CHECK(runs(subtract(b, a)) == s("[10,12) [25,30)"));
    CHECK(runs(subtract(runsOf({{0, 30}}), runsOf({{2, 4}, {6, 8}}))) == s("[0,2) [4,6) [8,30)"));
    CHECK(runs(intersect(runsOf({{0, 5}}), runsOf({{5, 9}}))).isEmpty()); // touching: none
    CHECK(runs(runsOf({{4, 4}, {7, 6}})).isEmpty());
    CHECK(characters(a) == 15);
}

TEST_CASE("query words: letters, digits, marks and underscores, never a word cut by the edge") {
    // a l p h a _ b e t a ␠ 4 2 ␠ 😀 ␠ x ◌́ y ␠ e n d
    const TextWords w(s("alpha_beta 42 😀 x\u0301y end"));
    CHECK(w.count(0, 24, 100) == 4);  // alpha_beta, 42, x́y, end: the emoji is no word
    CHECK(w.count(10, 21, 100) == 2); // 42 and x́y
    CHECK(w.count(3, 13, 100) == 1);  // "ha_beta" is cut at the start: only 42
    CHECK(w.count(10, 18, 100) == 1); // "x" of x́y is cut at the end: only 42
    CHECK(w.count(18, 20, 100) == 0); // y, cut at the start: x́y began before it
    CHECK(w.count(11, 13, 100) == 1); // exactly "42"
    CHECK(w.count(0, 24, 2) == 2);    // counts no further than the limit
    CHECK(w.count(5, 5, 100) == 0);
}

TEST_CASE("query texts as UTF-8: code point slices and lengths as the UTF-16 text gives them") {
    // A text of many index blocks mixing one-, two-, three- and four-byte code points and
    // combining marks, drawn from a seeded generator; every slice is checked against the
    // same slice of the QString.
    const QStringList pieces = {s("word "),
                                s("caf\u00e9 "),
                                s("\u4e2d\u6587 "),
                                s("\U0001F600"),
                                s("x\u0301y "),
                                s("\n"),
                                s("long-enough-ascii-stretch ")};
    std::mt19937 random(7);
    QString text;
    while (text.size() < 5000)
        text += pieces[int(random() % pieces.size())];
    const Utf8Text utf8(text);
    const OffsetMap map(text);
    REQUIRE(utf8.length() == map.length());
    REQUIRE(utf8.length() > 2000);
    CHECK(utf8.toString() == text);
    for (int i = 0; i < 2000; ++i) {
        const qint64 a = qint64(random() % std::uint32_t(map.length() + 1));
        const qint64 b = a + qint64(random() % 300);
        CHECK(utf8.slice(a, b) == map.slice(text, a, b));
    }
    CHECK(utf8.slice(-5, 3) == map.slice(text, 0, 3)); // clamped
    CHECK(utf8.slice(map.length() - 2, map.length() + 9) ==
          map.slice(text, map.length() - 2, map.length()));
    CHECK(utf8.slice(10, 4).isEmpty());
    // ASCII only: offsets are bytes.
    const Utf8Text plain(s("plain text"));
    CHECK(plain.length() == 10);
    CHECK(plain.slice(6, 10) == s("text"));
    // A text replaced in place reads as the new one.
    Utf8Text reused(s("\U0001F600 first"));
    const QByteArray second = s("second \u00e9t\u00e9").toUtf8();
    reused.assign(second.constData(), second.size());
    CHECK(reused.length() == 10);
    CHECK(reused.slice(7, 10) == s("\u00e9t\u00e9"));
    CHECK(reused.words(0, 10, 100) == 2);
}

TEST_CASE("query near: touching, overlapping and distant runs") {
    // alpha 0-5, beta 6-10, gamma 11-16, delta 17-22, epsilon 23-30
    const TextWords w(s("alpha beta gamma delta epsilon"));
    const WordCount count = [&](qint64 a, qint64 b, qint64 limit) {
        return w.count(a, b, limit);
    };
    const Runs alpha = {{0, 5}}, beta = {{6, 10}}, epsilon = {{23, 30}};
    CHECK(runs(near(alpha, epsilon, 3, count)) == s("[0,5)"));
    CHECK(runs(near(alpha, epsilon, 2, count)).isEmpty());
    CHECK(runs(near(epsilon, alpha, 3, count)) == s("[23,30)")); // to the left as well
    CHECK(runs(near(alpha, beta, 0, count)) == s("[0,5)"));      // only a space between
    CHECK(runs(near(alpha, {{5, 6}}, 0, count)) == s("[0,5)"));  // touching
    CHECK(runs(near(alpha, {{2, 12}}, 0, count)) == s("[0,5)")); // overlapping
    // Runs cutting words: "alp|ha be|ta" leaves no whole word between.
    CHECK(runs(near({{0, 3}}, {{8, 10}}, 0, count)) == s("[0,3)"));
    // Each run of x is judged by itself, against the nearest run of y on either side.
    CHECK(runs(near({{0, 5}, {11, 16}, {23, 30}}, {{17, 22}}, 0, count)) == s("[11,16) [23,30)"));
    CHECK(runs(near({{0, 5}, {11, 16}, {23, 30}}, {{17, 22}}, 2, count)) ==
          s("[0,5) [11,16) [23,30)"));
    CHECK(runs(near(alpha, {}, 100, count)).isEmpty());
    // Emoji inside the gap are no words; offsets are code points.
    const TextWords e(s("I 😀 love 😀 it"));
    const WordCount countE = [&](qint64 a, qint64 b, qint64 l) {
        return e.count(a, b, l);
    };
    CHECK(runs(near({{0, 1}}, {{11, 13}}, 1, countE)) == s("[0,1)"));
    CHECK(runs(near({{0, 1}}, {{11, 13}}, 0, countE)).isEmpty());
    CHECK(runs(near({{0, 1}}, {{4, 8}}, 0, countE)) == s("[0,1)"));
}

TEST_CASE("query in turn and in paragraph: runs of x sharing a unit with y, and widening") {
    const std::vector<Interval> units = {{0, 10}, {11, 20}, {21, 30}};
    CHECK(runs(inUnits({{2, 4}, {12, 14}, {22, 24}}, {{15, 16}}, units)) == s("[12,14)"));
    // A run crossing into a unit that holds y is kept; y touching a unit's end is not in it.
    CHECK(runs(inUnits({{8, 12}}, {{25, 26}}, units)).isEmpty());
    CHECK(runs(inUnits({{8, 12}}, {{19, 21}}, units)) == s("[8,12)"));
    CHECK(runs(inUnits({{8, 12}}, {{20, 21}}, units)).isEmpty()); // the gap between turns
    CHECK(runs(inUnits({{2, 4}}, {{2, 4}}, {})).isEmpty());       // no turns at all
    CHECK(runs(widen({{2, 4}, {8, 12}, {40, 42}}, units)) == s("[0,20) [40,42)"));
    CHECK(runs(widen({{9, 11}}, units)) == s("[0,11)")); // the gap itself stays
}
