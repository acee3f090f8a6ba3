// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/coefficients.h"

#include "core/enumnames.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace situate {

namespace {

// The reasons for the character unit are literals: a table of 200,000 rows has one or two
// per row, and building each with arg() was a fifth of the computation. Those of another noun
// (no caller names one yet) are not marked for translation and stay English in the window.
bool isCharacter(const QString& noun) {
    return noun == QLatin1String("character");
}

Coefficient nothingToCompare(const QString& noun) {
    return Coefficient::undefined(isCharacter(noun)
                                      ? QStringLiteral(QT_TRANSLATE_NOOP(
                                            "situate::AgreementReason", "no characters to compare"))
                                      : QStringLiteral("no %1s to compare").arg(noun));
}

// Both coders made one and the same decision everywhere: chance agreement is 1.
std::optional<Coefficient> binaryNoVariation(const BinaryCounts& c, const QString& noun) {
    if (c.n() == 0)
        return nothingToCompare(noun);
    if (c.onlyFirst == 0 && c.onlySecond == 0 && c.neither == 0)
        return Coefficient::undefined(
            isCharacter(noun)
                ? QStringLiteral(
                      QT_TRANSLATE_NOOP("situate::AgreementReason",
                                        "no variation: both coders coded every character"))
                : QStringLiteral("no variation: both coders coded every %1").arg(noun));
    if (c.onlyFirst == 0 && c.onlySecond == 0 && c.both == 0)
        return Coefficient::undefined(
            isCharacter(noun)
                ? QStringLiteral(
                      QT_TRANSLATE_NOOP("situate::AgreementReason",
                                        "no variation: neither coder coded any character"))
                : QStringLiteral("no variation: neither coder coded any %1").arg(noun));
    return std::nullopt;
}

QString noCompleteUnit(const ReliabilityData& d) {
    return d.coders == 2 ? QStringLiteral(QT_TRANSLATE_NOOP("situate::AgreementReason",
                                                            "no unit was coded by both coders"))
                         : QString::fromLatin1(reason::noCompleteUnitOf).arg(d.coders);
}

bool isComplete(const QVector<int>& unit) {
    return std::none_of(unit.cbegin(), unit.cend(),
                        [](int v) { return v == ReliabilityData::missing; });
}

// Values per category in one unit; out-of-range values are treated as missing.
std::vector<qint64> valueCounts(const QVector<int>& unit, int categories, qint64* total) {
    std::vector<qint64> n(static_cast<size_t>(categories), 0);
    *total = 0;
    for (int v : unit) {
        if (v >= 0 && v < categories) {
            ++n[static_cast<size_t>(v)];
            ++*total;
        }
    }
    return n;
}

// Calls fn with the value counts of each complete unit; returns how many there were.
template <typename Fn> qint64 forEachCompleteUnit(const ReliabilityData& d, Fn fn) {
    qint64 complete = 0;
    for (const QVector<int>& unit : d.units) {
        if (!isComplete(unit))
            continue;
        ++complete;
        qint64 m = 0;
        fn(valueCounts(unit, d.categories, &m));
    }
    return complete;
}

Coefficient noTwoCoderVariation() {
    return Coefficient::undefined(QStringLiteral(QT_TRANSLATE_NOOP(
        "situate::AgreementReason", "no variation: both coders gave every unit the same value")));
}

// One pairable unit's cells of the coincidence matrix (row-major index, weight).
using UnitCells = std::vector<std::pair<int, double>>;

UnitCells coincidenceCells(const QVector<int>& unit, int q) {
    qint64 m = 0;
    const std::vector<qint64> n = valueCounts(unit, q, &m);
    UnitCells cells;
    if (m < 2)
        return cells;
    for (int c = 0; c < q; ++c) {
        if (n[static_cast<size_t>(c)] == 0)
            continue;
        for (int k = 0; k < q; ++k) {
            const qint64 nk = n[static_cast<size_t>(k)] - (c == k ? 1 : 0);
            if (nk > 0)
                cells.emplace_back(c * q + k, static_cast<double>(n[static_cast<size_t>(c)] * nk) /
                                                  static_cast<double>(m - 1));
        }
    }
    return cells;
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": alpha = 1 - Do/De with
// Do and De from the coincidence matrix o and its marginals n_c.
Coefficient alphaFromCoincidences(const std::vector<double>& o, int q, MeasurementLevel level) {
    // The marginals are whole numbers (values per category); rounding removes the fractions
    // that 1/(m_u - 1) leaves, so "no variation" is detected exactly.
    std::vector<double> nc(static_cast<size_t>(q), 0.0);
    double n = 0;
    for (int c = 0; c < q; ++c) {
        double row = 0;
        for (int k = 0; k < q; ++k)
            row += o[static_cast<size_t>(c * q + k)];
        nc[static_cast<size_t>(c)] = std::round(row);
        n += nc[static_cast<size_t>(c)];
    }
    if (n < 2)
        return Coefficient::undefined(QStringLiteral(
            QT_TRANSLATE_NOOP("situate::AgreementReason", "no unit has values from two coders")));
    std::vector<double> cumulative(static_cast<size_t>(q) + 1, 0.0);
    for (int c = 0; c < q; ++c)
        cumulative[static_cast<size_t>(c) + 1] =
            cumulative[static_cast<size_t>(c)] + nc[static_cast<size_t>(c)];
    const auto delta2 = [&](int c, int k) -> double {
        if (c == k)
            return 0;
        switch (level) {
        case MeasurementLevel::Nominal:
            return 1;
        case MeasurementLevel::Interval:
            return static_cast<double>((c - k) * (c - k));
        case MeasurementLevel::Ordinal: {
            const int lo = std::min(c, k);
            const int hi = std::max(c, k);
            const double between = cumulative[static_cast<size_t>(hi) + 1] -
                                   cumulative[static_cast<size_t>(lo)] -
                                   (nc[static_cast<size_t>(c)] + nc[static_cast<size_t>(k)]) / 2;
            return between * between;
        }
        }
        return 1;
    };
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < q; ++c) {
        for (int k = 0; k < q; ++k) {
            const double d = delta2(c, k);
            observed += o[static_cast<size_t>(c * q + k)] * d;
            expected += nc[static_cast<size_t>(c)] * nc[static_cast<size_t>(k)] * d;
        }
    }
    if (expected <= 0)
        return Coefficient::undefined(QStringLiteral(QT_TRANSLATE_NOOP(
            "situate::AgreementReason", "no variation: every pairable value is the same")));
    return Coefficient::of(1.0 - (n - 1) * observed / expected);
}

// R's default (type 7) quantile of sorted values.
double quantile(const std::vector<double>& sorted, double p) {
    const double h = (static_cast<double>(sorted.size()) - 1) * p;
    const auto lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

Coefficient percentAgreement(const BinaryCounts& c, const QString& noun) {
    if (c.n() == 0)
        return nothingToCompare(noun);
    return Coefficient::of(100.0 * static_cast<double>(c.both + c.neither) /
                           static_cast<double>(c.n()));
}

Coefficient cohenKappa(const BinaryCounts& c, const QString& noun) {
    if (auto undefined = binaryNoVariation(c, noun))
        return *undefined;
    // kappa = 2(ad - bc) / ((a+b)(b+d) + (a+c)(c+d)), the 2x2 form of (po - pe) / (1 - pe).
    const double a = static_cast<double>(c.both);
    const double b = static_cast<double>(c.onlyFirst);
    const double cc = static_cast<double>(c.onlySecond);
    const double d = static_cast<double>(c.neither);
    return Coefficient::of(2 * (a * d - b * cc) / ((a + b) * (b + d) + (a + cc) * (cc + d)));
}

Coefficient krippendorffAlpha(const BinaryCounts& c, const QString& noun) {
    if (auto undefined = binaryNoVariation(c, noun))
        return *undefined;
    // Two coders, no missing values: N = 2n pairable values; each disagreeing unit adds 1 to
    // o_01 and to o_10, so alpha = 1 - (N - 1) * d / (n_0 * n_1).
    const double disagreements = static_cast<double>(c.onlyFirst + c.onlySecond);
    const double n1 = 2.0 * static_cast<double>(c.both) + disagreements;
    const double n0 = 2.0 * static_cast<double>(c.neither) + disagreements;
    const double values = 2.0 * static_cast<double>(c.n());
    return Coefficient::of(1.0 - (values - 1) * disagreements / (n0 * n1));
}

namespace {
constexpr EnumName<MeasurementLevel> kLevels[] = {{MeasurementLevel::Nominal, "nominal"},
                                                  {MeasurementLevel::Ordinal, "ordinal"},
                                                  {MeasurementLevel::Interval, "interval"}};
} // namespace

QString measurementLevelName(MeasurementLevel level) {
    return enumName(kLevels, level);
}

bool parseMeasurementLevel(const QString& name, MeasurementLevel* out) {
    return parseEnumName(kLevels, name, out);
}

qsizetype ReliabilityData::completeUnits() const {
    return std::count_if(units.cbegin(), units.cend(), isComplete);
}

qsizetype ReliabilityData::pairableUnits() const {
    return std::count_if(units.cbegin(), units.cend(), [this](const QVector<int>& u) {
        qint64 m = 0;
        valueCounts(u, categories, &m);
        return m >= 2;
    });
}

Coefficient percentAgreement(const ReliabilityData& d) {
    if (d.coders < 2)
        return Coefficient::undefined(QStringLiteral(
            QT_TRANSLATE_NOOP("situate::AgreementReason", "needs at least two coders")));
    double agreeingPairs = 0;
    const qint64 complete = forEachCompleteUnit(d, [&](const std::vector<qint64>& counts) {
        for (qint64 n : counts)
            agreeingPairs += static_cast<double>(n * (n - 1)) / 2;
    });
    if (complete == 0)
        return Coefficient::undefined(noCompleteUnit(d));
    const double pairsPerUnit = d.coders * (d.coders - 1) / 2.0;
    return Coefficient::of(100.0 * agreeingPairs / (static_cast<double>(complete) * pairsPerUnit));
}

namespace {

// Marginals of two coders over the complete units, for Cohen and Scott.
struct TwoCoderTable {
    qint64 units = 0;
    qint64 agree = 0;
    std::vector<qint64> first, second;
};

TwoCoderTable twoCoderTable(const ReliabilityData& d) {
    TwoCoderTable t;
    t.first.assign(static_cast<size_t>(d.categories), 0);
    t.second.assign(static_cast<size_t>(d.categories), 0);
    for (const QVector<int>& unit : d.units) {
        if (!isComplete(unit) || unit[0] >= d.categories || unit[1] >= d.categories)
            continue;
        ++t.units;
        ++t.first[static_cast<size_t>(unit[0])];
        ++t.second[static_cast<size_t>(unit[1])];
        t.agree += unit[0] == unit[1] ? 1 : 0;
    }
    return t;
}

} // namespace

Coefficient cohenKappa(const ReliabilityData& d) {
    if (d.coders != 2)
        return Coefficient::undefined(QStringLiteral(QT_TRANSLATE_NOOP(
            "situate::AgreementReason", "Cohen's kappa compares exactly two coders")));
    const TwoCoderTable t = twoCoderTable(d);
    if (t.units == 0)
        return Coefficient::undefined(noCompleteUnit(d));
    // po - pe over 1 - pe, both multiplied by N^2 so the test for pe == 1 is exact.
    double chance = 0;
    for (size_t k = 0; k < t.first.size(); ++k)
        chance += static_cast<double>(t.first[k] * t.second[k]);
    const double n = static_cast<double>(t.units);
    if (chance == n * n)
        return noTwoCoderVariation();
    return Coefficient::of((n * static_cast<double>(t.agree) - chance) / (n * n - chance));
}

Coefficient weightedKappa(const ReliabilityData& d, KappaWeights weights) {
    if (d.coders != 2)
        return Coefficient::undefined(QStringLiteral(QT_TRANSLATE_NOOP(
            "situate::AgreementReason", "weighted kappa compares exactly two coders")));
    if (d.categories < 2)
        return Coefficient::undefined(QStringLiteral(QT_TRANSLATE_NOOP(
            "situate::AgreementReason", "weighted kappa needs at least two ordered categories")));
    const TwoCoderTable t = twoCoderTable(d);
    if (t.units == 0)
        return Coefficient::undefined(noCompleteUnit(d));
    const auto weight = [&](qsizetype i, qsizetype j) {
        const double step = double(std::abs(i - j)) / double(d.categories - 1);
        return weights == KappaWeights::Linear ? step : step * step;
    };
    // Observed disagreement times N, expected disagreement times N^2: both scaled by N so
    // that the sums stay in integers' exact range as long as possible.
    double observed = 0;
    for (const QVector<int>& unit : d.units) {
        if (!isComplete(unit) || unit[0] >= d.categories || unit[1] >= d.categories)
            continue;
        observed += weight(unit[0], unit[1]);
    }
    double expected = 0;
    for (qsizetype i = 0; i < d.categories; ++i) {
        for (qsizetype j = 0; j < d.categories; ++j)
            expected += weight(i, j) * double(t.first[size_t(i)]) * double(t.second[size_t(j)]);
    }
    const double n = static_cast<double>(t.units);
    if (expected == 0)
        return noTwoCoderVariation();
    return Coefficient::of(1.0 - n * observed / expected);
}

Coefficient scottPi(const ReliabilityData& d) {
    if (d.coders != 2)
        return Coefficient::undefined(QStringLiteral(QT_TRANSLATE_NOOP(
            "situate::AgreementReason", "Scott's pi compares exactly two coders")));
    const TwoCoderTable t = twoCoderTable(d);
    if (t.units == 0)
        return Coefficient::undefined(noCompleteUnit(d));
    // pe = sum_k ((n1k + n2k) / 2N)^2; everything multiplied by 4N^2.
    double pooled = 0;
    for (size_t k = 0; k < t.first.size(); ++k) {
        const double both = static_cast<double>(t.first[k] + t.second[k]);
        pooled += both * both;
    }
    const double n = static_cast<double>(t.units);
    if (pooled == 4 * n * n)
        return noTwoCoderVariation();
    return Coefficient::of((4 * n * static_cast<double>(t.agree) - pooled) / (4 * n * n - pooled));
}

Coefficient fleissKappa(const ReliabilityData& d) {
    if (d.coders < 2)
        return Coefficient::undefined(QStringLiteral(
            QT_TRANSLATE_NOOP("situate::AgreementReason", "needs at least two coders")));
    std::vector<double> totals(static_cast<size_t>(d.categories), 0.0);
    double squares = 0;
    const qint64 complete = forEachCompleteUnit(d, [&](const std::vector<qint64>& n) {
        for (size_t k = 0; k < n.size(); ++k) {
            squares += static_cast<double>(n[k] * n[k]);
            totals[k] += static_cast<double>(n[k]);
        }
    });
    if (complete == 0)
        return Coefficient::undefined(noCompleteUnit(d));
    // Fleiss (1971): P_i = (sum_j n_ij^2 - m) / (m(m-1)), Pe = sum_j p_j^2.
    const double m = d.coders;
    const double ratings = static_cast<double>(complete) * m;
    double totalSquares = 0;
    for (double t : totals)
        totalSquares += t * t;
    if (totalSquares == ratings * ratings)
        return Coefficient::undefined(QStringLiteral(
            QT_TRANSLATE_NOOP("situate::AgreementReason",
                              "no variation: every coder gave every unit the same value")));
    const double observed = (squares - ratings) / (ratings * (m - 1));
    const double chance = totalSquares / (ratings * ratings);
    return Coefficient::of((observed - chance) / (1 - chance));
}

Coefficient brennanPredigerKappa(const ReliabilityData& d) {
    if (d.categories < 2)
        return Coefficient::undefined(QStringLiteral(
            QT_TRANSLATE_NOOP("situate::AgreementReason", "needs at least two categories")));
    const Coefficient percent = percentAgreement(d);
    if (!percent.defined())
        return percent;
    const double q = d.categories;
    return Coefficient::of((q * *percent.value / 100.0 - 1) / (q - 1));
}

Coefficient krippendorffAlpha(const ReliabilityData& d, MeasurementLevel level) {
    const int q = d.categories;
    if (q < 1)
        return Coefficient::undefined(
            QStringLiteral(QT_TRANSLATE_NOOP("situate::AgreementReason", "no categories")));
    std::vector<double> o(static_cast<size_t>(q * q), 0.0);
    for (const QVector<int>& unit : d.units)
        for (const auto& [cell, weight] : coincidenceCells(unit, q))
            o[static_cast<size_t>(cell)] += weight;
    return alphaFromCoincidences(o, q, level);
}

BootstrapInterval krippendorffAlphaInterval(const ReliabilityData& d, MeasurementLevel level,
                                            int resamples, quint64 seed) {
    BootstrapInterval interval;
    const Coefficient alpha = krippendorffAlpha(d, level);
    if (!alpha.defined()) {
        interval.undefinedReason =
            QStringLiteral(QT_TRANSLATE_NOOP("situate::AgreementReason", "alpha is undefined"));
        return interval;
    }
    const int q = d.categories;
    std::vector<UnitCells> pairable;
    for (const QVector<int>& unit : d.units) {
        UnitCells cells = coincidenceCells(unit, q);
        if (!cells.empty())
            pairable.push_back(std::move(cells));
    }
    if (pairable.size() < 2 || resamples < 1) {
        interval.undefinedReason =
            QString::fromLatin1(reason::tooFewToResample).arg(pairable.size());
        return interval;
    }
    // mt19937_64's output is fixed by the C++ standard, so the interval is the same on every
    // platform; the distributions of <random> are not, hence the plain modulo (its bias is
    // below units / 2^64).
    std::mt19937_64 rng(seed);
    const auto units = static_cast<quint64>(pairable.size());
    std::vector<double> alphas;
    alphas.reserve(static_cast<size_t>(resamples));
    std::vector<double> o(static_cast<size_t>(q * q));
    for (int r = 0; r < resamples; ++r) {
        std::fill(o.begin(), o.end(), 0.0);
        for (quint64 i = 0; i < units; ++i)
            for (const auto& [cell, weight] : pairable[static_cast<size_t>(rng() % units)])
                o[static_cast<size_t>(cell)] += weight;
        const Coefficient a = alphaFromCoincidences(o, q, level);
        if (a.defined())
            alphas.push_back(*a.value);
    }
    interval.resamples = static_cast<int>(alphas.size());
    if (alphas.size() * 2 < static_cast<size_t>(resamples)) {
        interval.undefinedReason = QString::fromLatin1(reason::undefinedInResamples)
                                       .arg(resamples - static_cast<int>(alphas.size()))
                                       .arg(resamples);
        return interval;
    }
    std::sort(alphas.begin(), alphas.end());
    interval.low = quantile(alphas, 0.025);
    interval.high = quantile(alphas, 0.975);
    return interval;
}

} // namespace situate
