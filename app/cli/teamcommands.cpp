// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

#include "core/project.h"
#include "core/storage/teamqueries.h"
#include "core/team/publish.h"

namespace situate::cli {

namespace {

int cmdPublish(const Args& a) {
    if (a.positional.size() != 2)
        return usage(QStringLiteral("usage: situate-cli publish LOCAL.situate "
                                    "postgresql://user@host:port/dbname"));
    auto report = publishProject(a.positional[0], a.positional[1]);
    if (!report)
        return fail(report.error());
    out(QStringLiteral("published %1 to %2: %3 documents, %4 codings (%5 rows)\n")
            .arg(report->source, report->target)
            .arg(report->documents)
            .arg(report->codings)
            .arg(report->rows));
    return 0;
}

int cmdClone(const Args& a) {
    if (a.positional.size() != 2)
        return usage(QStringLiteral("usage: situate-cli clone postgresql://user@host:port/dbname "
                                    "LOCAL.situate"));
    auto report = cloneProject(a.positional[0], a.positional[1]);
    if (!report)
        return fail(report.error());
    out(QStringLiteral("cloned %1 to %2: %3 documents, %4 codings (%5 rows)\n")
            .arg(report->source, report->target)
            .arg(report->documents)
            .arg(report->codings)
            .arg(report->rows));
    return 0;
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
    auto p = Project::open(a.positional[0]);
    if (!p)
        return fail(p.error());
    if (Status st = grantTeamRole((*p)->mutableStorage(), role, a.positional[2]); !st)
        return fail(QStringLiteral("%1: %2").arg((*p)->path(), st.error()));
    out(QStringLiteral("%1 is now %2 of %3\n").arg(a.positional[2], word, (*p)->path()));
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
                       "by the server: an owner edits everything, a coder adds and changes "
                       "codings, memos and ratings, a viewer only reads. Run it as the user who "
                       "published the project (it creates the roles situate_DBNAME_owner, "
                       "_coder and _viewer on first use)."),
        {},
        3,
        cmdTeamGrant};
}

} // namespace situate::cli
