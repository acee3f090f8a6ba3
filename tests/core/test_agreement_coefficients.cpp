// SPDX-License-Identifier: GPL-3.0-or-later
// Every coefficient against a published worked example and an independent hand computation
// (written out beside each check).
#include "core/agreement/coefficients.h"

#include "tests/core/agreementtest.h"

#include <catch2/catch.hpp>

using namespace situate;
using test::value;

namespace {

constexpr int M = ReliabilityData::missing;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: observers A-D
// (rows) by units 1-12 (columns), values 1-5, '.' missing. Stored as category indices 0-4.
ReliabilityData krippendorff2011() {
    const int table[4][12] = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0}, // A
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3}, // B
        {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0}, // C
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}, // D
    };
    ReliabilityData d{4, 5, {}};
    for (int u = 0; u < 12; ++u) {
        QVector<int> unit;
        for (int o = 0; o < 4; ++o)
            unit << (table[o][u] == 0 ? M : table[o][u] - 1);
        d.units << unit;
    }
    return d;
}

// Two coders over units described by a 2x2 table: yes/yes, yes/no, no/yes, no/no.
ReliabilityData fromTable(int a, int b, int c, int d) {
    ReliabilityData r{2, 2, {}};
    for (int i = 0; i < a; ++i)
        r.units << QVector<int>{1, 1};
    for (int i = 0; i < b; ++i)
        r.units << QVector<int>{1, 0};
    for (int i = 0; i < c; ++i)
        r.units << QVector<int>{0, 1};
    for (int i = 0; i < d; ++i)
        r.units << QVector<int>{0, 0};
    return r;
}

} // namespace

TEST_CASE("Krippendorff's alpha reproduces Krippendorff (2011) with missing data") {
    const ReliabilityData d = krippendorff2011();
    // Unit 12 has one value only, so 11 units and 40 values are pairable.
    CHECK(d.pairableUnits() == 11);
    CHECK(d.completeUnits() == 8);
    // Published: nominal .743, ordinal .815, interval .849.
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Nominal)) == Approx(0.743).margin(0.0005));
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Ordinal)) == Approx(0.815).margin(0.0005));
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Interval)) == Approx(0.849).margin(0.0005));
    // By hand from the coincidence matrix: marginals n = (9, 13, 10, 5, 3), n.. = 40; the
    // off-diagonal coincidences are o12 = o23 = 4/3 and o13 = o14 = o24 = o34 = 1/3 (and
    // their mirrors), sum 8.
    // Nominal: 1 - 39 * 8 / (40^2 - (81 + 169 + 100 + 25 + 9)) = 1 - 312/1216.
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Nominal)) == Approx(1 - 312.0 / 1216));
    // Interval: observed 2(o12 + 4 o13 + 9 o14 + o23 + 4 o24 + o34)
    // = 2(4/3 + 4/3 + 3 + 4/3 + 4/3 + 1/3) = 52/3; expected 2 * sum_{c<k} n_c n_k (c-k)^2
    // = 2 * 2240 = 4480: 1 - 39 * (52/3) / 4480 = 1 - 676/4480.
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Interval)) == Approx(1 - 676.0 / 4480));
    // Ordinal: delta_ck = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2, e.g. delta_12 = 11^2 and
    // delta_15 = 34^2; observed sum 1891, expected 399480: 1 - 39 * 1891 / 399480.
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Ordinal)) ==
          Approx(1 - 39.0 * 1891 / 399480));
}

TEST_CASE("Only complete units count for percent agreement, Fleiss and Brennan-Prediger") {
    const ReliabilityData d = krippendorff2011();
    // Complete units 2-9; agreeing pairs out of 6 per unit: u2 (2,2,3,2) 3, u3 6, u4 6, u5 6,
    // u6 (1,2,3,4) 0, u7 6, u8 (1,1,2,1) 3, u9 6 = 36 of 48 pairs = 75%.
    CHECK(value(percentAgreement(d)) == Approx(75.0));
    // BP with q = 5: (0.75 - 0.2) / 0.8 = 0.6875.
    CHECK(value(brennanPredigerKappa(d)) == Approx(0.6875));
    // Fleiss over the same 8 units, 4 raters: category totals (4, 13, 10, 5, 0) of 32 ratings;
    // P = 0.75, Pe = (16 + 169 + 100 + 25) / 1024 = 310/1024.
    const double pe = 310.0 / 1024;
    CHECK(value(fleissKappa(d)) == Approx((0.75 - pe) / (1 - pe)));
    // Cohen and Scott compare exactly two coders.
    CHECK_FALSE(cohenKappa(d).defined());
    CHECK_FALSE(scottPi(d).defined());
    CHECK(scottPi(d).undefinedReason.contains(QStringLiteral("exactly two coders")));
}

TEST_CASE("Cohen's kappa: the 2x2 example of Wikipedia's \"Cohen's kappa\" article") {
    // 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15 -> po 0.7,
    // pe 0.5 * 0.6 + 0.5 * 0.4 = 0.5, kappa 0.4.
    const BinaryCounts c{20, 5, 10, 15};
    CHECK(value(percentAgreement(c)) == Approx(70.0));
    CHECK(value(cohenKappa(c)) == Approx(0.4));
    const ReliabilityData d = fromTable(20, 5, 10, 15);
    CHECK(value(cohenKappa(d)) == Approx(0.4));
    CHECK(value(percentAgreement(d)) == Approx(70.0));
    // Scott's pi by hand: pooled yes (25 + 30) / 100 = 0.55, pe = 0.55^2 + 0.45^2 = 0.505,
    // pi = (0.7 - 0.505) / 0.495 = 13/33.
    CHECK(value(scottPi(d)) == Approx(13.0 / 33));
    // Fleiss' kappa with two raters is Scott's pi.
    CHECK(value(fleissKappa(d)) == Approx(13.0 / 33));
    // BP with q = 2: (0.7 - 0.5) / 0.5 = 0.4.
    CHECK(value(brennanPredigerKappa(d)) == Approx(0.4));
    // Alpha by hand: 100 values, n_yes = 55, n_no = 45, 15 disagreeing units give
    // o_yn = o_ny = 15: 1 - 99 * 30 / (2 * 55 * 45) = 0.4. The 2x2 form agrees.
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Nominal)) == Approx(0.4));
    CHECK(value(krippendorffAlpha(c)) == Approx(0.4));
}

TEST_CASE("Fleiss' kappa: Fleiss (1971) example as worked in Wikipedia (10 x 14, 5 categories)") {
    const int counts[10][5] = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                               {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                               {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}};
    ReliabilityData d{14, 5, {}};
    for (const auto& row : counts) {
        QVector<int> unit;
        for (int k = 0; k < 5; ++k)
            for (int i = 0; i < row[k]; ++i)
                unit << k;
        REQUIRE(unit.size() == 14);
        d.units << unit;
    }
    // Published: P = 0.378, Pe = 0.213, kappa = 0.210.
    CHECK(value(fleissKappa(d)) == Approx(0.210).margin(0.0005));
    // By hand: sum n_ij^2 = 828, P = (828 - 140) / (10 * 14 * 13) = 688/1820; column totals
    // (20, 28, 39, 21, 32), Pe = 4170/19600.
    const double p = 688.0 / 1820, pe = 4170.0 / 19600;
    CHECK(value(fleissKappa(d)) == Approx((p - pe) / (1 - pe)));
    // Percent agreement is the mean over rater pairs, i.e. Fleiss' P.
    CHECK(value(percentAgreement(d)) == Approx(100 * p));
}

TEST_CASE("Brennan-Prediger and percent agreement with three coders are means over pairs") {
    // Three coders, q = 3. Agreeing pairs of 3: (1,1,1) 3, (1,1,2) 1, (2,3,2) 1, (1,2,3) 0,
    // so 5 of 12 pairs; the unit with a missing value is left out. BP = (3 * 5/12 - 1) / 2.
    ReliabilityData d{3, 3, {{0, 0, 0}, {0, 0, 1}, {1, 2, 1}, {0, 1, 2}, {2, 2, M}}};
    CHECK(value(percentAgreement(d)) == Approx(500.0 / 12));
    CHECK(value(brennanPredigerKappa(d)) == Approx(0.125));
    CHECK(d.completeUnits() == 4);
    CHECK(d.pairableUnits() == 5);
    // Two coders, q = 5, 7 of 10 agree: (0.7 - 0.2) / 0.8 = 0.625.
    ReliabilityData two{2, 5, {}};
    for (int i = 0; i < 7; ++i)
        two.units << QVector<int>{i % 5, i % 5};
    for (int i = 0; i < 3; ++i)
        two.units << QVector<int>{i, i + 1};
    CHECK(value(brennanPredigerKappa(two)) == Approx(0.625));
}

TEST_CASE("Cohen's kappa and Scott's pi leave out units a coder did not code") {
    // Units 4 and 5 miss a value; the rest is the hand example (1,1) (1,0) (0,0):
    // po 2/3, coder marginals (2,1) and (1,2): pe = (2*1 + 1*2)/9 = 4/9, kappa = (6-4)/(9-4).
    ReliabilityData d{2, 2, {{1, 1}, {1, 0}, {0, 0}, {1, M}, {M, 0}}};
    CHECK(value(cohenKappa(d)) == Approx(0.4));
    // Alpha uses only pairable values too: the same three units give 6 values, n1 = n0 = 3,
    // one disagreement: 1 - 5 * 2 / (2 * 3 * 3) = 4/9.
    CHECK(value(krippendorffAlpha(d, MeasurementLevel::Nominal)) == Approx(4.0 / 9));
}

TEST_CASE("Undefined coefficients say why and never carry a number") {
    SECTION("both coders coded every character") {
        const BinaryCounts c{10, 0, 0, 0};
        CHECK(value(percentAgreement(c)) == Approx(100.0));
        CHECK_FALSE(cohenKappa(c).defined());
        CHECK(cohenKappa(c).undefinedReason ==
              QStringLiteral("no variation: both coders coded every character"));
        CHECK_FALSE(krippendorffAlpha(c).defined());
    }
    SECTION("neither coder coded anything") {
        const BinaryCounts c{0, 0, 0, 10};
        CHECK(cohenKappa(c).undefinedReason ==
              QStringLiteral("no variation: neither coder coded any character"));
        CHECK(krippendorffAlpha(c).undefinedReason == cohenKappa(c).undefinedReason);
    }
    SECTION("an empty document") {
        const BinaryCounts c{};
        CHECK_FALSE(percentAgreement(c).defined());
        CHECK(percentAgreement(c).undefinedReason == QStringLiteral("no characters to compare"));
    }
    SECTION("opposite coders are defined: kappa 0, alpha below 0") {
        // a = d = 0, b = 10: kappa = 2 * (0 - 0) / (10 * 10 + 0) = 0;
        // alpha = 1 - (20 - 1) * 10 / (10 * 10) = -0.9.
        const BinaryCounts c{0, 10, 0, 0};
        CHECK(value(cohenKappa(c)) == Approx(0.0));
        CHECK(value(krippendorffAlpha(c)) == Approx(-0.9));
    }
    SECTION("categorical") {
        ReliabilityData same{2, 3, {{1, 1}, {1, 1}, {1, 1}}};
        CHECK(value(percentAgreement(same)) == Approx(100.0));
        CHECK(cohenKappa(same).undefinedReason.startsWith(QStringLiteral("no variation")));
        CHECK(scottPi(same).undefinedReason.startsWith(QStringLiteral("no variation")));
        CHECK(fleissKappa(same).undefinedReason.startsWith(QStringLiteral("no variation")));
        CHECK(krippendorffAlpha(same, MeasurementLevel::Ordinal)
                  .undefinedReason.startsWith(QStringLiteral("no variation")));
        // Brennan-Prediger's chance is fixed, so it stays defined: (1 - 1/3) / (2/3) = 1.
        CHECK(value(brennanPredigerKappa(same)) == Approx(1.0));

        ReliabilityData apart{2, 2, {{1, M}, {M, 0}}};
        CHECK(cohenKappa(apart).undefinedReason ==
              QStringLiteral("no unit was coded by both coders"));
        CHECK(krippendorffAlpha(apart, MeasurementLevel::Nominal).undefinedReason ==
              QStringLiteral("no unit has values from two coders"));
        ReliabilityData three{3, 2, {{1, 1, M}}};
        CHECK(fleissKappa(three).undefinedReason ==
              QStringLiteral("no unit was coded by all 3 coders"));
    }
}

TEST_CASE("The bootstrap interval of alpha is seeded and reproducible") {
    const ReliabilityData d = krippendorff2011();
    const BootstrapInterval a = krippendorffAlphaInterval(d, MeasurementLevel::Nominal);
    const BootstrapInterval b = krippendorffAlphaInterval(d, MeasurementLevel::Nominal);
    REQUIRE(a.defined());
    CHECK(*a.low == *b.low);
    CHECK(*a.high == *b.high);
    CHECK(*a.low < 0.743);
    CHECK(*a.high > 0.743);
    CHECK(*a.high <= 1.0);
    CHECK(a.resamples > defaultBootstrapResamples / 2);
    // Another seed draws other resamples.
    const BootstrapInterval c = krippendorffAlphaInterval(d, MeasurementLevel::Nominal, 1000, 7);
    CHECK((*c.low != *a.low || *c.high != *a.high));

    // Perfect agreement with variation: every resample that has variation gives 1.
    ReliabilityData perfect{2, 2, {{0, 0}, {1, 1}, {0, 0}, {1, 1}, {1, 1}, {0, 0}}};
    const BootstrapInterval p = krippendorffAlphaInterval(perfect, MeasurementLevel::Nominal);
    REQUIRE(p.defined());
    CHECK(*p.low == 1.0);
    CHECK(*p.high == 1.0);

    ReliabilityData one{2, 2, {{0, 1}}};
    const BootstrapInterval few = krippendorffAlphaInterval(one, MeasurementLevel::Nominal);
    CHECK_FALSE(few.defined());
    CHECK(few.undefinedReason == QStringLiteral("too few pairable units to resample (1)"));
}
