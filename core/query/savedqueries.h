// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saved queries: a name for a query expression, kept in the project as the project_info row
// `query:NAME` (core/query/README.md, "Saved queries").

#include "core/analysis/runfrequency.h"
#include "core/commands/editor.h"
#include "core/result.h"

#include <QString>
#include <QVector>

namespace situate::query {

struct SavedQuery {
    QString name;
    QString query;
};

/// Every saved query, by name.
Result<QVector<SavedQuery>> savedQueries(const Storage& storage);
/// The expression saved as `name`; ErrorKind::NotFound naming it when there is none.
Result<QString> savedQuery(const Storage& storage, const QString& name);
/// Saves `text` as `name` (replacing what was saved so), after checking that it parses and
/// names only what the project has.
Status saveQuery(Editor& e, const QString& name, const QString& text);
/// Removes the saved query `name`; ErrorKind::NotFound when there is none.
Status deleteQuery(Editor& e, const QString& name);

/// Runs the saved queries named (every one, by name, when `names` is empty): each result
/// as runs by document id, ready to be a row of a matrix. Fails naming a query that is not
/// saved or no longer runs.
Result<QVector<TextRuns>> savedQueryRuns(const Storage& storage, const QStringList& names = {});

} // namespace situate::query
