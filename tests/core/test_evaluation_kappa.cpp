// SPDX-License-Identifier: GPL-3.0-or-later
// Weighted kappa, checked against hand computations.

#include "core/agreement/coefficients.h"

#include <catch2/catch.hpp>

using namespace situate;

namespace {

ReliabilityData pairs(int categories, const QVector<std::pair<int, int>>& units) {
    ReliabilityData d;
    d.coders = 2;
    d.categories = categories;
    for (auto [a, b] : units)
        d.units << QVector<int>{a, b};
    return d;
}

} // namespace

TEST_CASE("Weighted kappa: a 3x3 worked example") {
    // Ten units, categories 0, 1, 2 (first coder, second coder):
    //   (0,0) x3, (1,1) x2, (2,2) x1, (0,1) x2, (1,2) x1, (2,0) x1.
    // Marginals: first 0:5 1:3 2:2; second 0:4 1:4 2:2; N = 10.
    // kappa_w = 1 - sum(w_ij O_ij) / sum(w_ij E_ij), E_ij = a_i b_j / N (the definition
    // sklearn's cohen_kappa_score uses).
    // Linear, w = |i-j|/2. Observed: (0,1) 2 x .5 + (1,2) .5 + (2,0) 1 = 2.5.
    //   Expected x N: .5*5*4 + 1*5*2 + .5*3*4 + .5*3*2 + 1*2*4 + .5*2*4
    //               = 10 + 10 + 6 + 3 + 8 + 4 = 41 -> 4.1.  kappa = 1 - 2.5/4.1 = 0.390244.
    // Quadratic, w = (i-j)^2/4. Observed: 2 x .25 + .25 + 1 = 1.75.
    //   Expected x N: .25*20 + 1*10 + .25*12 + .25*6 + 1*8 + .25*8 = 29.5 -> 2.95.
    //   kappa = 1 - 1.75/2.95 = 0.406780.
    // (Unweighted Cohen's kappa for comparison: po = .6, pe = .36, kappa = .375.)
    QVector<std::pair<int, int>> units;
    for (int i = 0; i < 3; ++i)
        units << std::pair{0, 0};
    units << std::pair{1, 1} << std::pair{1, 1} << std::pair{2, 2} << std::pair{0, 1}
          << std::pair{0, 1} << std::pair{1, 2} << std::pair{2, 0};
    const ReliabilityData d = pairs(3, units);
    const Coefficient linear = weightedKappa(d, KappaWeights::Linear);
    const Coefficient quadratic = weightedKappa(d, KappaWeights::Quadratic);
    REQUIRE(linear.defined());
    REQUIRE(quadratic.defined());
    CHECK(*linear.value == Approx(1.6 / 4.1).epsilon(1e-12));
    CHECK(*quadratic.value == Approx(1.2 / 2.95).epsilon(1e-12));
    CHECK(*cohenKappa(d).value == Approx(0.375));
}

TEST_CASE("Weighted kappa: the demo's maturity ratings") {
    // Aisha and Ben on the 7 CoPs, levels 1-5 (as category indexes 0-4):
    //   (3,3) (4,3) (2,2) (3,2) (3,4) (1,1) (2,1)
    // Four units differ by one level. Marginals: Aisha 1:1 2:2 3:3 4:1; Ben 1:2 2:2 3:2 4:1.
    // Linear: observed sum |d| = 4; expected sum a_i b_j |i-j| = 9*1 + 6*2 + 7*3 + 12*1 = 54
    //   (a_i times sum_j b_j |i-j|: i=1: 2+4+3, i=2: 2+2+2, i=3: 4+2+1, i=4: 6+4+2).
    //   kappa = 1 - N*4/54 = 1 - 28/54 = 0.481481 (the 1/(k-1) weight scale cancels).
    // Quadratic: observed 4; expected 19*1 + 8*2 + 11*3 + 28*1 = 96; kappa = 1 - 28/96 = 0.708333.
    const ReliabilityData d = pairs(5, {{2, 2}, {3, 2}, {1, 1}, {2, 1}, {2, 3}, {0, 0}, {1, 0}});
    CHECK(*weightedKappa(d, KappaWeights::Linear).value == Approx(26.0 / 54.0).epsilon(1e-12));
    CHECK(*weightedKappa(d, KappaWeights::Quadratic).value == Approx(68.0 / 96.0).epsilon(1e-12));
}

TEST_CASE("Weighted kappa is undefined without two coders or without variation") {
    CHECK_FALSE(weightedKappa(pairs(3, {{1, 1}, {1, 1}}), KappaWeights::Linear).defined());
    ReliabilityData three;
    three.coders = 3;
    three.categories = 3;
    three.units << QVector<int>{0, 1, 2};
    CHECK_FALSE(weightedKappa(three, KappaWeights::Linear).defined());
    // Perfect agreement with variation is 1.
    CHECK(*weightedKappa(pairs(3, {{0, 0}, {2, 2}}), KappaWeights::Quadratic).value == Approx(1.0));
    // Missing values leave the unit out: only (0,2) and (2,0) remain, complete disagreement.
    // Linear: observed 2 (w = 1 each); expected x N = a0 b2 + a2 b0 = 1 + 1 = 2 -> kappa =
    // 1 - 2*2/2 = -1.
    CHECK(*weightedKappa(pairs(3, {{0, 2}, {2, 0}, {1, ReliabilityData::missing}}),
                         KappaWeights::Linear)
               .value == Approx(-1.0));
}
