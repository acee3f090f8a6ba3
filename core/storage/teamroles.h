// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team roles' part in the PostgreSQL schema, private to core/storage/; the roles
// themselves are core/team/teamroles.h, whose SQL is teamroles.cpp here.

#include "core/result.h"
#include "core/team/teamroles.h"

#include <QSqlDatabase>

namespace situate {

namespace schema::postgres {
/// Grants and row-level security for every table of the current schema, for the project's
/// group roles if it has any (nothing to do otherwise). Part of every migration step, so
/// tables a step adds are protected in the same transaction as they appear.
Status applyTeamGrants(QSqlDatabase& db);
} // namespace schema::postgres

} // namespace situate
