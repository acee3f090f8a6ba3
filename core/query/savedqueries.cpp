// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/savedqueries.h"

#include "core/query/queryevaluator.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::query)
};
} // namespace

namespace situate::query {

namespace {

const QString kPrefix = QStringLiteral("query:");

Status unknown(const QString& name) {
    return Status::failure(Tr::tr("no saved query \"%1\"").arg(name), ErrorKind::NotFound);
}

} // namespace

Result<QVector<SavedQuery>> savedQueries(const Storage& storage) {
    Result<QVector<std::pair<QString, QString>>> rows = storage.projectValues(kPrefix);
    if (!rows)
        return Status::from(rows);
    QVector<SavedQuery> out;
    out.reserve(rows->size());
    for (const auto& [key, value] : *rows)
        out.append({key.mid(kPrefix.size()), value});
    return out;
}

Result<QString> savedQuery(const Storage& storage, const QString& name) {
    Result<QVector<SavedQuery>> all = savedQueries(storage);
    if (!all)
        return Status::from(all);
    for (const SavedQuery& q : *all)
        if (q.name == name)
            return q.query;
    return unknown(name);
}

Status saveQuery(Editor& e, const QString& name, const QString& text) {
    if (name.trimmed().isEmpty())
        return Status::failure(Tr::tr("name the query to save"));
    // A name is one line of `query list`: tabs and line breaks would split it.
    for (const QChar ch : name)
        if (ch.category() == QChar::Other_Control)
            return Status::failure(
                Tr::tr("a query's name cannot hold tabs, line breaks or other control "
                       "characters"),
                ErrorKind::Invalid);
    if (text.trimmed().isEmpty())
        return Status::failure(Tr::tr("the query to save is empty"));
    if (Status st = checkQuery(e.storage(), text); !st)
        return st;
    return e.setProjectValue(kPrefix + name, text);
}

Status deleteQuery(Editor& e, const QString& name) {
    Result<QString> saved = savedQuery(e.storage(), name);
    if (!saved)
        return Status::from(saved);
    return e.setProjectValue(kPrefix + name, std::nullopt);
}

Result<QVector<TextRuns>> savedQueryRuns(const Storage& storage, const QStringList& names) {
    Result<QVector<SavedQuery>> all = savedQueries(storage);
    if (!all)
        return Status::from(all);
    QVector<SavedQuery> chosen;
    for (const QString& name : names) {
        auto it = std::find_if(all->cbegin(), all->cend(),
                               [&](const SavedQuery& q) { return q.name == name; });
        if (it == all->cend())
            return unknown(name);
        chosen << *it;
    }
    if (names.isEmpty())
        chosen = *all;
    QVector<TextRuns> out;
    for (const SavedQuery& q : chosen) {
        Result<QueryResult> result = runQuery(storage, q.query);
        if (!result)
            return Status::failure(Tr::tr("the saved query \"%1\": %2").arg(q.name, result.error()),
                                   result.kind());
        TextRuns runs{q.name, {}};
        const QVector<DocumentInfo>& documents = result->data->documents();
        for (qsizetype d = 0; d < documents.size(); ++d) {
            if (!result->runs[std::size_t(d)].empty())
                runs.runs.insert(documents[d].id, std::move(result->runs[std::size_t(d)]));
        }
        out << std::move(runs);
    }
    return out;
}

} // namespace situate::query
