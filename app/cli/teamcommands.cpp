// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include "core/io/csv.h"
#include "core/project.h"
#include "core/team/publish.h"
#include "core/team/teamroles.h"

#include <algorithm>

namespace situate::cli {

namespace {

// publish and clone copy a whole project between a file and a server, and say so alike.
int runCopy(const Args& a, const QString& usageLine,
            Result<TeamCopyReport> (*copy)(const QString&, const QString&, const TeamCopyProgress&,
                                           const ConnectionSecret&),
            const QString& verb) {
    if (a.positional.size() != 2)
        return usage(usageLine);
    auto report = copy(a.positional[0], a.positional[1], {}, {});
    if (!report)
        return fail(report.error());
    out(verb + QStringLiteral(" %1 to %2: %3 documents, %4 codings (%5 rows)\n")
                   .arg(report->source, report->target)
                   .arg(report->documents)
                   .arg(report->codings)
                   .arg(report->rows));
    return 0;
}

int cmdPublish(const Args& a) {
    return runCopy(a,
                   QStringLiteral("usage: situate-cli publish LOCAL.situate "
                                  "postgresql://user@host:port/dbname"),
                   publishProject, QStringLiteral("published"));
}

int cmdClone(const Args& a) {
    return runCopy(a,
                   QStringLiteral("usage: situate-cli clone postgresql://user@host:port/dbname "
                                  "LOCAL.situate"),
                   cloneProject, QStringLiteral("cloned"));
}

int cmdTeamGrant(const Args& a) {
    const QString word = a.positional[1];
    TeamRole role = TeamRole::Viewer;
    if (word == QLatin1String("owner"))
        role = TeamRole::Owner;
    else if (word == QLatin1String("coder"))
        role = TeamRole::Coder;
    else if (word != QLatin1String("viewer"))
        return usage(QStringLiteral("the role must be owner, coder or viewer"));
    auto p = openProject(a);
    if (!p)
        return kFailure;
    if (Status st = grantTeamRole(p->mutableStorage(), role, a.positional[2]); !st)
        return fail(QStringLiteral("%1: %2").arg(p->path(), st.error()));
    out(QStringLiteral("%1 is now %2 of %3\n").arg(a.positional[2], word, p->path()));
    return 0;
}

int cmdTeamRevoke(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    if (Status st = revokeTeamRole(p->mutableStorage(), a.positional[1]); !st)
        return fail(QStringLiteral("%1: %2").arg(p->path(), st.error()));
    out(QStringLiteral("%1 no longer has a role in %2\n").arg(a.positional[1], p->path()));
    return 0;
}

int cmdTeamMembers(const Args& a) {
    auto p = openProject(a);
    if (!p)
        return kFailure;
    auto members = teamMembers(p->mutableStorage());
    if (!members)
        return fail(QStringLiteral("%1: %2").arg(p->path(), members.error()));
    const QString format = a.option(QStringLiteral("format"), QStringLiteral("text"));
    if (format == QLatin1String("csv")) {
        csv::Writer w;
        w.writeRow({QStringLiteral("login"), QStringLiteral("role")});
        for (const TeamMember& m : *members)
            w.writeRow({m.login, m.role});
        out(QString::fromUtf8(w.data()));
        return 0;
    }
    if (format != QLatin1String("text"))
        return usage(QStringLiteral("--format is text or csv"));
    int width = 5;
    for (const TeamMember& m : *members)
        width = std::max(width, int(m.login.size()));
    for (const TeamMember& m : *members)
        out(QStringLiteral("%1  %2\n").arg(m.login, -width).arg(m.role));
    return 0;
}

} // namespace

void addTeamCommands(QVector<Command>& commands) {
    commands << Command{
        QStringLiteral("publish"),
        QStringLiteral("publish LOCAL.situate postgresql://user@host:port/dbname"),
        QStringLiteral("Copy a local project into an empty PostgreSQL database for a team "
                       "(every row with its id and uuid, in one transaction; the schema is "
                       "created there). The password comes from PGPASSWORD or ~/.pgpass. A "
                       "database that is not empty is refused. Any command then takes the URL "
                       "in place of a project file."),
        {},
        2,
        cmdPublish};
    commands << Command{
        QStringLiteral("clone"),
        QStringLiteral("clone postgresql://user@host:port/dbname LOCAL.situate"),
        QStringLiteral("Copy a team project from PostgreSQL into a new local project file (one "
                       "consistent snapshot, also while others code). An existing file is "
                       "refused."),
        {},
        2,
        cmdClone};
    commands << Command{
        QStringLiteral("team grant"),
        QStringLiteral("team grant postgresql://... owner|coder|viewer PGUSER"),
        QStringLiteral("Give an existing PostgreSQL login role a role in a team project, enforced "
                       "by the server: an owner edits everything, a coder adds and changes their "
                       "own codings and ratings, a viewer only reads. A login has one role: a "
                       "new grant replaces the old one (up or down). Run it as the user who "
                       "published the project: it creates the roles situate_DBNAME_owner, "
                       "_coder and _viewer on first use, marked as this project's (a role of that "
                       "name that is not is refused), and stops logins without a role from "
                       "connecting to the database or creating anything in its schema."),
        {},
        3,
        cmdTeamGrant};
    commands << Command{
        QStringLiteral("team revoke"),
        QStringLiteral("team revoke postgresql://... PGUSER"),
        QStringLiteral("Take a login's role in a team project away; from its next statement on it "
                       "can no longer read or change the project. Run it as the publisher."),
        {},
        2,
        cmdTeamRevoke};
    commands << Command{
        QStringLiteral("team members"),
        QStringLiteral("team members postgresql://... [--format text|csv]"),
        QStringLiteral("List the logins with a role in a team project and their roles (owner, "
                       "coder, viewer; the login that published it as publisher)."),
        {},
        1,
        cmdTeamMembers};
}

} // namespace situate::cli
