// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The names a query may use, for a query builder to offer, and a name written as the
// language quotes it.

#include "core/codetree.h"
#include "core/result.h"

#include <QStringList>

namespace situate {
class Storage;
}

namespace situate::query {

/// Every name of the project an operand can take, each list sorted (codes in tree order).
struct QueryNames {
    QStringList codes; // paths
    QStringList coders;
    QStringList speakers;
    QStringList documents;
    QStringList cases;
    QStringList attributes;
    CodeTree tree; // the codebook the paths come from
};
Result<QueryNames> queryNames(const Storage& storage);

/// `name` in double quotes, with `"` and `\` escaped: "a \"b\"".
QString quoted(const QString& name);

} // namespace situate::query
