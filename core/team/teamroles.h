// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Team roles on a PostgreSQL project; their SQL is core/storage/teamroles.cpp, as all SQL is
// in core/storage/. core/team/README.md ("Roles") says who may do what.

#include "core/result.h"

#include <QString>
#include <QVector>

namespace situate {

class Storage;

/// The team roles of a PostgreSQL project, enforced by the server's grants and row-level
/// security: an owner edits everything, a coder adds and changes their own codings and ratings
/// (and adds coders), a viewer reads.
enum class TeamRole { Owner, Coder, Viewer };

/// "owner", "coder" or "viewer".
QString teamRoleWord(TeamRole role);

/// The name of a project's group role for `role` in the database `database`:
/// `situate_DBNAME_ROLE` when that fits PostgreSQL's 63 bytes, otherwise the start of the
/// database name cut at a character boundary, then `_` and 8 hex digits of the name's SHA-256,
/// so that long and non-ASCII names give three distinct names that the server keeps whole.
QString teamGroupRoleName(const QString& database, TeamRole role);

/// Makes the login role `pgUser` a member of the project's group role for `role` and of no
/// other of its roles (a second grant promotes or demotes), in one transaction. The group
/// roles are created on first use, marked as this project's by a comment that names the
/// project's uuid and the database; a role of that name that is not marked so (left behind by
/// a dropped database, or made by someone else) is refused, never adopted. The grants, the
/// row-level security that limits coders to their own rows, and the schema's protection
/// (PUBLIC may neither create in the schema nor connect to the database) are set up again each
/// time. Needs a connection that owns the tables and may create roles.
Status grantTeamRole(Storage& storage, TeamRole role, const QString& pgUser);

/// Takes every role in the project from `pgUser`, in one transaction. Their open sessions keep
/// no access: every statement checks the grants again.
Status revokeTeamRole(Storage& storage, const QString& pgUser);

struct TeamMember {
    QString login;
    QString role; // "owner", "coder", "viewer", or "publisher" for the login owning the tables
};
/// The logins with a role in the project, by name; the publisher (who owns the tables) first.
Result<QVector<TeamMember>> teamMembers(Storage& storage);

} // namespace situate
