// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysiscontext.h"
#include "core/result.h"

#include <QStringList>
#include <QVector>

namespace situate {

class Storage;

/// A document's place in a table's columns: which column, and which of its selected cases
/// count there (indexes into AnalysisContext::cases()).
struct ColumnMembership {
    int column = 0;
    QVector<int> cases;
};

/// Columns made of an attribute's values, as the frequency and evidence tables show them.
struct AttributeColumns {
    Attribute attribute;
    /// One column a value that a selected document or case has (the choices first, in
    /// their order, then the rest as orderedAttributeValues() sorts them).
    QStringList values;
    /// By document index: the columns it counts in. A document attribute puts the document
    /// and all its selected cases in its value's column; a case attribute puts it in each
    /// column one of its selected cases has, with those cases.
    QVector<QVector<ColumnMembership>> memberships;
};

/// Reads attribute `attributeId` and places `ctx`'s documents in its value columns; fails
/// (NotFound, with the message `missing`) when the project has no such attribute.
Result<AttributeColumns> attributeColumns(const Storage& s, const AnalysisContext& ctx,
                                          qint64 attributeId, const QString& missing);

} // namespace situate
