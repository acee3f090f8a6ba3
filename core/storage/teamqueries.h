// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace situate {

class Storage;

/// Has `storage`'s open transaction check references only at commit, so a copy can insert
/// tables in any order (a code before its parent, a coding before its coder).
Status deferReferences(Storage& storage);
/// Makes `storage`'s open transaction read one snapshot of a PostgreSQL project, so a copy
/// taken while others code is consistent. Nothing to do on SQLite, where one read
/// transaction already is one.
Status readSnapshot(Storage& storage);
/// Copies every row of `table` from `from` into `to` with ids, uuids and every other column
/// as they are; returns the number of rows. Both must be at the same schema version. Rows go
/// in as multi-row INSERTs of copyBatchRows() rows (the last one takes what is left), inside
/// the caller's transaction. After each INSERT `written(rows)` is told how many rows it
/// carried; when it returns false the copy stops with the failure "cancelled".
Result<qint64> copyTable(const Storage& from, Storage& to, const QString& table,
                         const std::function<bool(qint64 rows)>& written = {});
/// How many rows `table` holds (a copy's progress counts against the sum).
Result<qint64> tableRowCount(const Storage& storage, const QString& table);
/// How many rows of a table with `columns` columns one INSERT of copyTable carries.
qsizetype copyBatchRows(qsizetype columns);
/// Empties `table` (a new project's own project_info, before the copied one arrives).
Status clearTable(Storage& storage, const QString& table);
/// Sets each PostgreSQL identity past the largest id copied in, so new rows get new ids.
Status resetIdentities(Storage& storage);
/// Removes the Situate schema from a PostgreSQL project again (a failed publish).
Status dropPostgresProject(Storage& storage);

} // namespace situate
