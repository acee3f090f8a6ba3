// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

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
/// the caller's transaction.
Result<qint64> copyTable(const Storage& from, Storage& to, const QString& table);
/// How many rows of a table with `columns` columns one INSERT of copyTable carries.
qsizetype copyBatchRows(qsizetype columns);
/// Empties `table` (a new project's own project_info, before the copied one arrives).
Status clearTable(Storage& storage, const QString& table);
/// Sets each PostgreSQL identity past the largest id copied in, so new rows get new ids.
Status resetIdentities(Storage& storage);
/// Removes the Situate schema from a PostgreSQL project again (a failed publish).
Status dropPostgresProject(Storage& storage);

/// The team roles of a PostgreSQL project, enforced by the server's grants and row-level
/// security: an owner edits everything, a coder adds and changes their own codings and ratings
/// (and adds coders), a viewer reads.
enum class TeamRole { Owner, Coder, Viewer };
/// Makes the login role `pgUser` a member of the project's group role for `role`
/// (`situate_DBNAME_owner`, `_coder`, `_viewer`, created and granted on first use; an owner
/// is also a coder, a coder also a viewer), and (again) sets up the row-level security that
/// limits coders to their own codings, ratings and their ratings' evidence links. Needs a
/// connection that owns the tables and may create roles.
Status grantTeamRole(Storage& storage, TeamRole role, const QString& pgUser);

} // namespace situate
