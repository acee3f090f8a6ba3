// SPDX-License-Identifier: GPL-3.0-or-later
// The character and segment units as interval sweeps, checked against hand-drawn codings and
// against a per-character recount through the categorical coefficients.
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/spanagreement.h"

#include "tests/core/agreementtest.h"

#include <catch2/catch.hpp>

using namespace situate;
using test::value;

namespace {

// The independent route: one 0/1 unit per character, through the categorical coefficients.
ReliabilityData perCharacter(const QVector<Span>& first, const QVector<Span>& second,
                             qint64 length) {
    ReliabilityData d{2, 2, {}};
    const auto in = [](const QVector<Span>& spans, qint64 i) {
        for (const Span& s : spans)
            if (s.start <= i && i < s.end)
                return 1;
        return 0;
    };
    for (qint64 i = 0; i < length; ++i)
        d.units << QVector<int>{in(first, i), in(second, i)};
    return d;
}

} // namespace

TEST_CASE("A coder's overlapping codings of a code are a union, touching ones stay apart") {
    CHECK(mergedSpans({{5, 8}, {0, 10}, {20, 25}}) == QVector<Span>{{0, 10}, {20, 25}});
    CHECK(mergedSpans({{0, 5}, {5, 9}}) == QVector<Span>{{0, 5}, {5, 9}});
    CHECK(mergedSpans({{3, 7}, {6, 12}, {4, 4}}) == QVector<Span>{{3, 12}});
    CHECK(sharedLength({{0, 10}, {20, 25}}, {{5, 15}, {22, 26}}) == 8);
}

TEST_CASE("Character unit: a hand-drawn 30-character document") {
    //            0         1         2
    //            012345678901234567890123456789
    // first      ##########          #####        [0,10) [5,8) [20,25)
    // second          ##########       ####       [5,15) [22,26)
    // both: 5-9 and 22-24 = 8; only first: 0-4 and 20-21 = 7; only second: 10-14 and 25 = 6;
    // neither: 30 - (15 + 14 - 8) = 9.
    const QVector<Span> first = mergedSpans({{0, 10}, {5, 8}, {20, 25}});
    const QVector<Span> second = mergedSpans({{5, 15}, {22, 26}});
    const BinaryCounts c = characterCounts(first, second, 30);
    CHECK(c == BinaryCounts{8, 7, 6, 9});
    // Percent: (8 + 9) / 30. Kappa: 2(8*9 - 7*6) / ((8+7)(7+9) + (8+6)(6+9)) = 60/450.
    // Alpha: n1 = 2*8 + 13 = 29, n0 = 2*9 + 13 = 31, 1 - 59 * 13 / (29 * 31) = 132/899.
    CHECK(value(percentAgreement(c)) == Approx(1700.0 / 30));
    CHECK(value(cohenKappa(c)) == Approx(60.0 / 450));
    CHECK(value(krippendorffAlpha(c)) == Approx(132.0 / 899));
    // The same through one unit per character.
    const ReliabilityData d = perCharacter(first, second, 30);
    CHECK(value(cohenKappa(d)) == Approx(60.0 / 450));
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Nominal)) == Approx(132.0 / 899));
    CHECK(value(percentAgreement(d)) == Approx(1700.0 / 30));
}

TEST_CASE("Character counts agree with a per-character recount on irregular spans") {
    // Deterministic pseudo-random spans over 500 characters, many overlapping.
    quint32 x = 12345;
    const auto next = [&x](quint32 n) {
        x = x * 1103515245u + 12345u;
        return (x >> 8) % n;
    };
    for (int round = 0; round < 20; ++round) {
        QVector<Span> raw[2];
        for (auto& list : raw)
            for (int i = 0; i < 12; ++i) {
                const qint64 s = next(480);
                list.append({s, s + 1 + next(60)});
            }
        const QVector<Span> a = mergedSpans(raw[0]), b = mergedSpans(raw[1]);
        const BinaryCounts c = characterCounts(a, b, 560);
        BinaryCounts brute;
        for (const QVector<int>& u : perCharacter(a, b, 560).units) {
            if (u[0] && u[1])
                ++brute.both;
            else if (u[0])
                ++brute.onlyFirst;
            else if (u[1])
                ++brute.onlySecond;
            else
                ++brute.neither;
        }
        CHECK(c == brute);
    }
}

TEST_CASE("Segment unit: overlap of at least the threshold share of the longer segment") {
    // first  [0,100) [200,250) [400,410)
    // second [5,100) [200,260) [500,520)
    // [0,100)~[5,100): 95 >= 0.9 * 100 agree; [200,250)~[200,260): 50 < 0.9 * 60 = 54 do not.
    const QVector<Span> first{{0, 100}, {200, 250}, {400, 410}};
    const QVector<Span> second{{5, 100}, {200, 260}, {500, 520}};
    QVector<SegmentPair> pairs;
    const SegmentCounts c = segmentCounts(first, second, 0.9, &pairs);
    CHECK(c == SegmentCounts{1, 2, 2});
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].first == 0);
    CHECK(pairs[0].second == 0);
    CHECK(pairs[0].overlap == 95);
    // 1 of 5 segments: 20%; BP with k = 3 codes: (0.2 - 1/3) / (2/3) = -0.2.
    CHECK(value(percentAgreement(c)) == Approx(20.0));
    CHECK(value(brennanPredigerKappa(c, 3)) == Approx(-0.2));
    // At 0.8, 50 >= 48: two pairs, one segment left on each side: 2 of 4.
    CHECK(segmentCounts(first, second, 0.8) == SegmentCounts{2, 1, 1});

    // 27 of 30 is 90% exactly; 26 of 30 is not.
    CHECK(segmentsAgree({0, 30}, {3, 30}, 0.9));
    CHECK_FALSE(segmentsAgree({0, 30}, {4, 30}, 0.9));
    // The share is of the longer segment: a segment inside a ten times longer one is 10%.
    CHECK_FALSE(segmentsAgree({0, 10}, {0, 100}, 0.9));
    CHECK(segmentsAgree({0, 10}, {0, 100}, 0.1));
}

TEST_CASE("Segment matching is one to one, largest overlap first") {
    // At 0.3 both [0,4) (4 >= 3) and [5,10) (5 >= 3) agree with [0,10); [5,10) overlaps more
    // and takes it, [0,4) is left unmatched.
    QVector<SegmentPair> pairs;
    const SegmentCounts c = segmentCounts({{0, 10}}, {{0, 4}, {5, 10}}, 0.3, &pairs);
    CHECK(c == SegmentCounts{1, 0, 1});
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].second == 1);
    CHECK_FALSE(percentAgreement(SegmentCounts{}).defined());
    CHECK(brennanPredigerKappa(c, 1).undefinedReason ==
          QStringLiteral("only one code compared: chance agreement 1/k is 1"));
}

TEST_CASE("Count tables cover every (document, code) pair, coded or not") {
    // Two documents (10 and 40 characters), three codes. Code 1 is coded in document 1 only.
    const QVector<SpanCoding> codings{
        {1, 1, 0, 0, 10}, {1, 1, 1, 5, 10}, {1, 1, 0, 8, 12}, {0, 0, 0, 0, 4}, {1, 2, 1, 30, 40}};
    const QVector<BinaryCounts> t = characterCountsTable({10, 40}, 3, codings);
    REQUIRE(t.size() == 6);
    CHECK(t[0] == BinaryCounts{0, 4, 0, 6});   // doc 0, code 0
    CHECK(t[1] == BinaryCounts{0, 0, 0, 10});  // doc 0, code 1: nobody
    CHECK(t[2] == BinaryCounts{0, 0, 0, 10});  // doc 0, code 2: nobody
    CHECK(t[3] == BinaryCounts{0, 0, 0, 40});  // doc 1, code 0: nobody
    CHECK(t[4] == BinaryCounts{5, 7, 0, 28});  // first [0,12), second [5,10)
    CHECK(t[5] == BinaryCounts{0, 0, 10, 30}); // only second
    const QVector<SegmentCounts> s = segmentCountsTable(2, 3, codings, 0.9);
    CHECK(s[4] == SegmentCounts{0, 1, 1}); // 5 of 12 characters: not a match
    CHECK(s[5] == SegmentCounts{0, 0, 1});
    CHECK(s[1] == SegmentCounts{});
}

TEST_CASE("Paragraphs are the non-blank lines") {
    // "ab\ncd\n\n  \t\nef\n\n😀g": lines ab [0,2) cd [3,5) "" [6,6) "  \t" [7,10) ef [11,13)
    // "" [14,14) "😀g" [15,17) (the emoji is one code point).
    const QString text = QStringLiteral("ab\ncd\n\n  \t\nef\n\n") +
                         QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("g");
    CHECK(paragraphSpans(text) == QVector<Span>{{0, 2}, {3, 5}, {11, 13}, {15, 17}});
    CHECK(paragraphSpans(QStringLiteral("\n\none\n")) == QVector<Span>{{2, 5}});
    CHECK(paragraphSpans(QStringLiteral(" \n\t\n")).isEmpty());
    CHECK(paragraphSpans(QString()).isEmpty());
}
