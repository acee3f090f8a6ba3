// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace situate {

class Storage;

/// Copies the whole database behind `storage` (including what is still in its WAL) into a
/// new file `target`, with SQLite's online backup API; `target` must not exist.
Status copyDatabaseTo(const Storage& storage, const QString& target);

/// Replaces the whole content of the database behind `storage` with the database file
/// `source`, in one write transaction of `storage`'s connection: either all of `source`
/// arrives or the project stays as it was.
Status copyDatabaseFrom(Storage& storage, const QString& source);

/// Whether the database file was renamed, moved or deleted since `storage` opened it.
/// SQLite then keeps writing to a WAL named after the old path and will not fold it into
/// the file on closing, so such a project must take no more writes.
bool databaseFileMoved(const Storage& storage);

/// Folds everything committed in the WAL into the database file itself (and empties the
/// WAL), so the file holds all committed work wherever it now is.
Status checkpointWal(const Storage& storage);

} // namespace situate
