// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/attributecolumns.h"

#include "core/analysis/frequency.h"
#include "core/storage/storage.h"

#include <QHash>
#include <QSet>

#include <map>

namespace situate {

Result<AttributeColumns> attributeColumns(const Storage& s, const AnalysisContext& ctx,
                                          qint64 attributeId, const QString& missing) {
    const Result<QVector<Attribute>> attributes = s.attributes();
    if (!attributes)
        return Status::from(attributes);
    AttributeColumns out;
    bool found = false;
    for (const Attribute& a : *attributes) {
        if (a.id == attributeId) {
            out.attribute = a;
            found = true;
        }
    }
    if (!found)
        return Status::failure(missing, ErrorKind::NotFound);
    const Result<QHash<qint64, QString>> read = s.attributeValues(attributeId);
    if (!read)
        return Status::from(read);
    const QHash<qint64, QString>& values = *read;
    const QVector<DocumentInfo>& docs = ctx.documents();
    const bool caseScope = out.attribute.scope == AttributeScope::Case;
    QSet<QString> used;
    if (caseScope) {
        for (const Case& k : ctx.cases()) {
            if (values.contains(k.id))
                used.insert(values.value(k.id));
        }
    } else {
        for (const DocumentInfo& d : docs) {
            if (values.contains(d.id))
                used.insert(values.value(d.id));
        }
    }
    out.values = orderedAttributeValues(out.attribute, used);
    QHash<QString, int> column;
    for (const QString& v : out.values)
        column.insert(v, int(column.size()));
    out.memberships.resize(docs.size());
    for (int d = 0; d < docs.size(); ++d) {
        if (!caseScope) {
            if (values.contains(docs[d].id))
                out.memberships[d]
                    << ColumnMembership{column.value(values.value(docs[d].id)), ctx.casesOf(d)};
            continue;
        }
        std::map<int, QVector<int>> byColumn;
        for (int k : ctx.casesOf(d)) {
            const qint64 caseId = ctx.cases()[k].id;
            if (values.contains(caseId))
                byColumn[column.value(values.value(caseId))] << k;
        }
        for (const auto& [col, cases] : byColumn)
            out.memberships[d] << ColumnMembership{col, cases};
    }
    return out;
}

} // namespace situate
