// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/querynames.h"

#include "core/storage/queryreads.h"

namespace situate::query {

namespace {

template <typename T> QStringList sortedNames(const QVector<T>& rows) {
    QStringList out;
    for (const T& r : rows)
        out << r.name;
    out.sort(Qt::CaseInsensitive);
    out.removeDuplicates();
    return out;
}

} // namespace

Result<QueryNames> queryNames(const Storage& s) {
    QueryNames n;
    Result<CodeTree> tree = CodeTree::read(s);
    if (!tree)
        return Status::from(tree);
    n.tree = tree.take();
    for (const Code& c : n.tree.codes())
        n.codes << n.tree.path(c.id);
    n.codes.sort(Qt::CaseInsensitive); // a parent's path sorts before its children's
    const auto coders = s.coders();
    const auto documents = s.documents();
    const auto cases = s.cases();
    const auto attributes = s.attributes();
    Result<QStringList> speakers = loadSpeakerNames(s);
    for (const Status& st : {Status::from(coders), Status::from(documents), Status::from(cases),
                             Status::from(attributes), Status::from(speakers)})
        if (!st)
            return st;
    n.coders = sortedNames(*coders);
    n.documents = sortedNames(*documents);
    n.cases = sortedNames(*cases);
    n.attributes = sortedNames(*attributes);
    n.speakers = *speakers;
    n.speakers.sort(Qt::CaseInsensitive);
    return n;
}

QString quoted(const QString& name) {
    QString out = name;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace situate::query
