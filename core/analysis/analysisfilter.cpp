// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analysisfilter.h"
#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::analysis)
};
} // namespace

namespace situate {

namespace {

// Appends the id of each of `names` to `ids`, looked up by `find`; fails at the first name it
// does not know, calling it a `what`.
Status idsByName(const Storage& s, std::optional<qint64> (Storage::*find)(const QString&) const,
                 const QStringList& names, const char* what, QVector<qint64>& ids) {
    for (const QString& name : names) {
        const auto id = (s.*find)(name);
        if (!id)
            return Status::failure(Tr::tr("no %1 named \"%2\"").arg(QLatin1String(what), name),
                                   ErrorKind::NotFound);
        ids << *id;
    }
    return {};
}

} // namespace

Result<Attribute> resolveAttribute(const Storage& s, const QString& ref) {
    using R = Result<Attribute>;
    const Result<QVector<Attribute>> attributes = s.attributes();
    if (!attributes)
        return Status::from(attributes);
    const QVector<Attribute>& all = *attributes;
    QVector<Attribute> named;
    for (const Attribute& a : all) {
        if (a.name == ref)
            named << a;
    }
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1)
        return R::failure(Tr::tr("\"%1\" is both a case and a document attribute; "
                                 "write case:%1 or document:%1")
                              .arg(ref),
                          ErrorKind::Invalid);
    for (const auto& [prefix, scope] :
         {std::pair{QLatin1String("case:"), AttributeScope::Case},
          std::pair{QLatin1String("document:"), AttributeScope::Document}}) {
        if (!ref.startsWith(prefix))
            continue;
        const QString name = ref.mid(prefix.size());
        for (const Attribute& a : all) {
            if (a.scope == scope && a.name == name)
                return a;
        }
    }
    return R::failure(Tr::tr("no attribute named \"%1\"").arg(ref), ErrorKind::NotFound);
}

Result<AnalysisFilter> resolveFilter(const Storage& s, const FilterNames& names) {
    using R = Result<AnalysisFilter>;
    AnalysisFilter f;
    if (Status st = idsByName(s, &Storage::coderIdByName, names.coders, "coder", f.coderIds); !st)
        return st;
    if (Status st =
            idsByName(s, &Storage::documentIdByName, names.documents, "document", f.documentIds);
        !st)
        return st;
    if (Status st = idsByName(s, &Storage::caseIdByName, names.cases, "case", f.caseIds); !st)
        return st;
    for (const QString& condition : names.conditions) {
        const qsizetype eq = condition.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return R::failure(
                Tr::tr("\"%1\" is not a condition of the form ATTRIBUTE=VALUE").arg(condition),
                ErrorKind::Invalid);
        auto attribute = resolveAttribute(s, condition.left(eq).trimmed());
        if (!attribute)
            return Status::from(attribute);
        const QString value = condition.mid(eq + 1).trimmed();
        bool merged = false;
        for (AttributeCondition& c : f.attributes) {
            if (c.attributeId == attribute->id) {
                c.values << value;
                merged = true;
            }
        }
        if (!merged)
            f.attributes << AttributeCondition{attribute->id, {value}};
    }
    return f;
}

} // namespace situate
