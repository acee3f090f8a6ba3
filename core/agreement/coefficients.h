// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The agreement coefficients, computed from counts (never from per-character arrays). Each
// returns a Coefficient: a number, or the reason it is undefined. The rules are written up in
// core/agreement/README.md.

#include <QString>
#include <QVector>

#include <optional>

namespace situate {

/// Why a coefficient is undefined, in English: exports (CSV, JSON, the CLI's report) carry
/// these words, so core never translates them. Every reason is marked for lupdate in the
/// context "situate::AgreementReason", and the window shows it in its language through
/// coefficientReasonText (ui/common/translations.h); the reasons that hold numbers are made
/// from the patterns in `reason::withNumbers`.
namespace reason {
inline constexpr const char* context = "situate::AgreementReason";
inline constexpr const char* noCompleteUnitOf =
    QT_TRANSLATE_NOOP("situate::AgreementReason", "no unit was coded by all %1 coders");
inline constexpr const char* tooFewToResample =
    QT_TRANSLATE_NOOP("situate::AgreementReason", "too few pairable units to resample (%1)");
inline constexpr const char* undefinedInResamples = QT_TRANSLATE_NOOP(
    "situate::AgreementReason", "alpha was undefined in %1 of %2 resamples (no variation)");
inline constexpr const char* withNumbers[] = {noCompleteUnitOf, tooFewToResample,
                                              undefinedInResamples};
} // namespace reason

/// A coefficient's value, or why it has none: an undefined value is never reported as a number.
struct Coefficient {
    std::optional<double> value;
    QString undefinedReason;

    static Coefficient of(double v) {
        Coefficient c;
        c.value = v;
        return c;
    }
    static Coefficient undefined(QString reason) {
        Coefficient c;
        c.undefinedReason = std::move(reason);
        return c;
    }
    bool defined() const { return value.has_value(); }
};

/// Two coders' yes/no decisions over n units (characters) as the four cells of a 2x2 table.
struct BinaryCounts {
    qint64 both = 0;
    qint64 onlyFirst = 0;
    qint64 onlySecond = 0;
    qint64 neither = 0;

    qint64 n() const { return both + onlyFirst + onlySecond + neither; }
    BinaryCounts& operator+=(const BinaryCounts& o) {
        both += o.both;
        onlyFirst += o.onlyFirst;
        onlySecond += o.onlySecond;
        neither += o.neither;
        return *this;
    }
    friend bool operator==(const BinaryCounts&, const BinaryCounts&) = default;
};

// From a 2x2 table; `noun` names the unit in the reasons ("character").
/// (both + neither) / n, as a percentage.
Coefficient percentAgreement(const BinaryCounts& c,
                             const QString& noun = QStringLiteral("character"));
/// Cohen's kappa on the two 0/1 sequences.
Coefficient cohenKappa(const BinaryCounts& c, const QString& noun = QStringLiteral("character"));
/// Krippendorff's alpha (nominal) on the two 0/1 sequences, no missing values.
Coefficient krippendorffAlpha(const BinaryCounts& c,
                              const QString& noun = QStringLiteral("character"));

/// How far apart two category values are for Krippendorff's alpha.
enum class MeasurementLevel { Nominal, Ordinal, Interval };
QString measurementLevelName(MeasurementLevel level);
bool parseMeasurementLevel(const QString& name, MeasurementLevel* out);

/// Reliability data in Krippendorff's sense: for each unit, the value each coder gave it, as a
/// category index 0..categories-1 in the categories' order, or `missing`.
struct ReliabilityData {
    static constexpr int missing = -1;
    int coders = 0;
    int categories = 0;
    QVector<QVector<int>> units; // units[u][coder]

    /// Units with a value from every coder (the units Cohen, Scott, Fleiss and BP use).
    qsizetype completeUnits() const;
    /// Units with values from at least two coders (the units alpha uses).
    qsizetype pairableUnits() const;
};

/// Mean over coder pairs of the share of complete units on which the pair agrees, 0-100.
Coefficient percentAgreement(const ReliabilityData& d);
/// Cohen's kappa (exactly two coders, complete units).
Coefficient cohenKappa(const ReliabilityData& d);
/// How a weighted kappa weighs a disagreement between categories i and j (0-based, k of them).
enum class KappaWeights {
    Linear,   // |i - j| / (k - 1)
    Quadratic // (i - j)^2 / (k - 1)^2
};
/// Cohen's weighted kappa (exactly two coders, complete units, ordered categories):
/// 1 - sum(w_ij O_ij) / sum(w_ij E_ij), with O the observed and E the chance table (products
/// of the two coders' marginals over N). Distances are between category indexes of the full
/// category set, so a category nobody used still counts as a step.
Coefficient weightedKappa(const ReliabilityData& d, KappaWeights weights);
/// Scott's pi (exactly two coders, complete units; chance from the pooled marginals).
Coefficient scottPi(const ReliabilityData& d);
/// Fleiss' kappa (two or more coders, complete units).
Coefficient fleissKappa(const ReliabilityData& d);
/// Brennan & Prediger's kappa: mean pairwise agreement against chance 1/q, q = categories.
Coefficient brennanPredigerKappa(const ReliabilityData& d);
/// Krippendorff's alpha over every pairable value, missing values allowed.
Coefficient krippendorffAlpha(const ReliabilityData& d, MeasurementLevel level);

/// A bootstrap confidence interval, or why there is none.
struct BootstrapInterval {
    std::optional<double> low;
    std::optional<double> high;
    QString undefinedReason;
    int resamples = 0; // resamples whose alpha was defined
    bool defined() const { return low.has_value(); }
};
inline constexpr int defaultBootstrapResamples = 1000;
inline constexpr quint64 defaultBootstrapSeed = 42;
/// 95% percentile interval of alpha over `resamples` resamples of the pairable units drawn with
/// replacement (std::mt19937_64 seeded with `seed`; quantiles as R's type 7).
BootstrapInterval krippendorffAlphaInterval(const ReliabilityData& d, MeasurementLevel level,
                                            int resamples = defaultBootstrapResamples,
                                            quint64 seed = defaultBootstrapSeed);

} // namespace situate
