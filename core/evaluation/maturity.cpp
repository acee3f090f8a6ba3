// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/maturity.h"

#include "core/io/sheetfile.h"
#include "core/storage/evaluationqueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::evaluation)
};
} // namespace

namespace situate {

QVector<MaturityLevel> maturityLevels(const Storage& s) {
    Result<QVector<MaturityLevel>> r = loadMaturityLevels(s);
    return r ? r.take() : QVector<MaturityLevel>{};
}

QVector<MaturityRating> maturityRatings(const Storage& s) {
    Result<QVector<MaturityRating>> r = loadMaturityRatings(s);
    return r ? r.take() : QVector<MaturityRating>{};
}

QVector<ConsensusRating> consensusRatings(const Storage& s) {
    Result<QVector<ConsensusRating>> r = loadConsensusRatings(s);
    return r ? r.take() : QVector<ConsensusRating>{};
}

Result<QVector<MaturityLevel>> readMaturityLevelsCsv(const QString& path) {
    using R = Result<QVector<MaturityLevel>>;
    Result<csv::Table> t = readSheetFile(path);
    if (!t)
        return Status::from(t);
    csv::unguard(*t); // `maturity levels` writes the sheet with the formula guard
    const int cLevel = t->column(QStringLiteral("level"));
    const int cName = t->column(QStringLiteral("name"));
    const int cDescriptor = t->column(QStringLiteral("descriptor"));
    if (cLevel < 0 || cName < 0)
        return R::failure(
            Tr::tr("%1: a levels sheet needs the columns level, name and descriptor").arg(path),
            ErrorKind::Invalid);
    QVector<MaturityLevel> out;
    for (qsizetype r = 0; r < t->rows.size(); ++r) {
        const QString where = QStringLiteral("%1 row %2").arg(path).arg(r + 2);
        bool ok = false;
        MaturityLevel l;
        l.level = t->cell(r, cLevel).trimmed().toInt(&ok);
        l.name = t->cell(r, cName).trimmed();
        l.descriptor = t->cell(r, cDescriptor).trimmed();
        if (!ok || l.level != int(r) + 1)
            return R::failure(Tr::tr("%1: levels must be numbered 1, 2, 3, ... in order "
                                     "(found \"%2\", expected %3)")
                                  .arg(where, t->cell(r, cLevel))
                                  .arg(r + 1),
                              ErrorKind::Invalid);
        if (l.name.isEmpty())
            return R::failure(Tr::tr("%1: level %2 has no name").arg(where).arg(l.level),
                              ErrorKind::Invalid);
        out << l;
    }
    if (out.isEmpty())
        return R::failure(Tr::tr("%1: no levels").arg(path), ErrorKind::Invalid);
    return out;
}

Result<RatingAgreement> ratingAgreement(const Storage& s, const QStringList& coders) {
    using R = Result<RatingAgreement>;
    Result<QVector<MaturityRating>> ratings = loadMaturityRatings(s);
    if (!ratings)
        return Status::from(ratings);
    RatingAgreement a;
    if (coders.isEmpty()) {
        QSet<QString> names;
        for (const MaturityRating& r : *ratings)
            names.insert(r.coderName);
        a.coders = QStringList(names.cbegin(), names.cend());
        std::sort(a.coders.begin(), a.coders.end());
    } else {
        for (const QString& name : coders) {
            if (!s.coderIdByName(name))
                return R::failure(Tr::tr("no coder %1").arg(name), ErrorKind::NotFound);
            if (a.coders.contains(name))
                return R::failure(Tr::tr("coder %1 is named twice").arg(name), ErrorKind::Invalid);
            a.coders << name;
        }
    }
    int maxLevel = 0;
    for (const MaturityRating& r : *ratings)
        maxLevel = std::max(maxLevel, r.level);
    a.levels = std::max(int(maturityLevels(s).size()), maxLevel);

    QHash<QString, QHash<QString, int>> byCase; // case -> coder -> level
    for (const MaturityRating& r : *ratings) {
        if (a.coders.contains(r.coderName))
            byCase[r.caseName].insert(r.coderName, r.level);
    }
    const Result<QVector<Case>> cases = s.cases();
    if (!cases)
        return Status::from(cases);
    ReliabilityData data;
    data.coders = int(a.coders.size());
    data.categories = a.levels;
    for (const Case& k : *cases) {
        if (!byCase.contains(k.name))
            continue;
        a.cases << k.name;
        QVector<int> unit, levels;
        for (const QString& coder : a.coders) {
            const int level = byCase[k.name].value(coder, 0);
            levels << level;
            unit << (level > 0 ? level - 1 : ReliabilityData::missing);
        }
        a.ratings << levels;
        data.units << unit;
        const qsizetype rated =
            std::count_if(levels.cbegin(), levels.cend(), [](int l) { return l > 0; });
        if (rated == levels.size() && rated > 0) {
            ++a.complete;
            if (std::all_of(levels.cbegin(), levels.cend(), [&](int l) { return l == levels[0]; }))
                ++a.exactAgreements;
        }
        if (rated >= 2)
            ++a.pairable;
    }
    if (a.coders.size() < 2) {
        const QString why = QStringLiteral("agreement needs ratings from at least two coders");
        a.percentAgreement = Coefficient::undefined(why);
        a.krippendorffAlphaOrdinal = Coefficient::undefined(why);
        a.weightedKappaLinear = Coefficient::undefined(why);
        a.weightedKappaQuadratic = Coefficient::undefined(why);
        return a;
    }
    a.percentAgreement = percentAgreement(data);
    a.krippendorffAlphaOrdinal = krippendorffAlpha(data, MeasurementLevel::Ordinal);
    a.weightedKappaLinear = weightedKappa(data, KappaWeights::Linear);
    a.weightedKappaQuadratic = weightedKappa(data, KappaWeights::Quadratic);
    return a;
}

} // namespace situate
