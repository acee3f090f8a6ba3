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

} // namespace situate
