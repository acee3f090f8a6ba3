// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/savedqueries.h"

#include "core/query/queryevaluator.h"

namespace situate::query {

namespace {

const QString kPrefix = QStringLiteral("query:");

Status unknown(const QString& name) {
    return Status::failure(QStringLiteral("no saved query \"%1\"").arg(name), ErrorKind::NotFound);
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
        return Status::failure(QStringLiteral("name the query to save"));
    // A name is one line of `query list`: tabs and line breaks would split it.
    for (const QChar ch : name)
        if (ch.category() == QChar::Other_Control)
            return Status::failure(
                QStringLiteral("a query's name cannot hold tabs, line breaks or other control "
                               "characters"),
                ErrorKind::Invalid);
    if (text.trimmed().isEmpty())
        return Status::failure(QStringLiteral("the query to save is empty"));
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

} // namespace situate::query
