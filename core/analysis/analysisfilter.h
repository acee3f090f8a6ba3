// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storage/storage.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace situate {

/// Keeps the owners (cases or documents) whose value of one attribute is one of `values`.
struct AttributeCondition {
    qint64 attributeId = 0;
    QStringList values;
    bool operator==(const AttributeCondition&) const = default;
};

/// Which codings an analysis looks at. Empty lists mean "all"; conditions on the same
/// attribute are alternatives (OR), conditions on different attributes must all hold.
struct AnalysisFilter {
    QVector<qint64> coderIds;
    QVector<qint64> documentIds;
    QVector<qint64> caseIds;
    QVector<AttributeCondition> attributes;
    bool operator==(const AnalysisFilter&) const = default;
};

/// A filter as a user types it: names, and conditions written "ATTRIBUTE=VALUE".
struct FilterNames {
    QStringList coders;
    QStringList documents;
    QStringList cases;
    QStringList conditions;
};

/// Resolves names against the project; an unknown name is an error that names it.
Result<AnalysisFilter> resolveFilter(const Storage& s, const FilterNames& names);

/// The attribute called `ref`. A name used by both a case and a document attribute must be
/// written "case:NAME" or "document:NAME".
Result<Attribute> resolveAttribute(const Storage& s, const QString& ref);

} // namespace situate
