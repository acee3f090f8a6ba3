// SPDX-License-Identifier: GPL-3.0-or-later
// Team roles on a PostgreSQL project: the three group roles, their grants and row-level
// security, and which logins belong to them. core/team/README.md ("Roles") says who may do
// what; tests/security/ attacks it from outside Situate.
#include "core/storage/teamroles.h"

#include "core/enumnames.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/storageconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

namespace {

constexpr int maxNameBytes = 63; // PostgreSQL's NAMEDATALEN - 1

Status exec(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlfailure::statement(q.lastError());
    return {};
}

// A statement with identifiers (%I) and literals (%L) quoted by the server's format(), from a
// fixed template and bound values: role, schema and database names are never spliced here.
Status execFormatted(QSqlDatabase& db, const QString& templ, const QVariantList& args) {
    QStringList marks;
    // Typed, or the server cannot tell what format()'s variadic arguments are.
    for (qsizetype i = 0; i <= args.size(); ++i)
        marks << QStringLiteral("?::text");
    QSqlQuery f(db);
    f.prepare(QStringLiteral("SELECT format(%1)").arg(marks.join(QStringLiteral(", "))));
    f.addBindValue(templ);
    for (const QVariant& v : args)
        f.addBindValue(v);
    if (!f.exec() || !f.next())
        return sqlfailure::statement(f.lastError());
    const QString sql = f.value(0).toString();
    f.finish();
    return exec(db, sql);
}

Result<QString> serverValue(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlfailure::statement(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

const TeamRole allRoles[] = {TeamRole::Viewer, TeamRole::Coder, TeamRole::Owner};

// The project's three group roles, by role.
struct GroupRoles {
    QString database;
    QString schema;
    QString names[3]; // viewer, coder, owner
    bool complete = true;
    static int index(TeamRole r) {
        return r == TeamRole::Owner ? 2 : (r == TeamRole::Coder ? 1 : 0);
    }
    const QString& name(TeamRole r) const { return names[index(r)]; }
};

// What marks a group role as this project's: the project's uuid and the database's oid (a
// database made again under the same name gets a new one, so roles a dropped project left
// behind are not taken for the new project's).
QString marker(TeamRole role, const QString& uuid, const QString& databaseOid) {
    return QStringLiteral("Situate %1 role of project %2 in database %3")
        .arg(teamRoleWord(role), uuid, databaseOid);
}

// Looks up the project's group roles; with `create`, makes the missing ones. A role of the
// right name that is not marked as this project's is refused.
Result<GroupRoles> groupRoles(QSqlDatabase& db, bool create) {
    using R = Result<GroupRoles>;
    GroupRoles g;
    QSqlQuery where(db);
    if (!where.exec(QStringLiteral(
            "SELECT current_database(), current_schema(), (SELECT value FROM project_info "
            "WHERE key = 'uuid'), (SELECT oid::text FROM pg_database WHERE datname = "
            "current_database())")) ||
        !where.next())
        return sqlfailure::statement(where.lastError());
    g.database = where.value(0).toString();
    g.schema = where.value(1).toString();
    const QString uuid = where.value(2).toString(), oid = where.value(3).toString();
    for (TeamRole r : allRoles) {
        const QString name = teamGroupRoleName(g.database, r);
        g.names[GroupRoles::index(r)] = name;
        const QString mark = marker(r, uuid, oid);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT rolcanlogin OR rolsuper OR rolcreaterole OR rolbypassrls, "
                                 "coalesce(shobj_description(oid, 'pg_authid'), '') "
                                 "FROM pg_roles WHERE rolname = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return sqlfailure::statement(q.lastError());
        if (q.next()) {
            if (q.value(0).toBool() || q.value(1).toString() != mark)
                return R::failure(
                    Tr::tr("the server already has a role named \"%1\" that this project "
                           "did not make (a project of the same name that was dropped "
                           "may have left it, or someone else made it). Situate does "
                           "not take over a role it cannot vouch for: a server "
                           "administrator removes it (DROP ROLE) or renames it, then "
                           "run team grant again")
                        .arg(name));
            continue;
        }
        if (!create) {
            g.complete = false;
            continue;
        }
        if (Status st = execFormatted(db, QStringLiteral("CREATE ROLE %I NOLOGIN"), {name}); !st)
            return st;
        if (Status st = execFormatted(db, QStringLiteral("COMMENT ON ROLE %I IS %L"), {name, mark});
            !st)
            return st;
    }
    return g;
}

// PUBLIC may not create objects in the project's schema (a function there could stand in for
// one Situate's triggers call) nor connect to the database; only the team's roles connect.
Status protectSchema(QSqlDatabase& db, const GroupRoles& g) {
    for (const char* templ :
         {"REVOKE CREATE ON SCHEMA %I FROM PUBLIC", "REVOKE ALL ON DATABASE %I FROM PUBLIC"}) {
        const QString t = QString::fromLatin1(templ);
        if (Status st =
                execFormatted(db, t, {t.contains(QLatin1String("SCHEMA")) ? g.schema : g.database});
            !st)
            return st;
    }
    // A login that does not own the schema or the database revokes nothing (the server only
    // warns), so look at what PUBLIC (grantee 0) may still do.
    Result<QString> open = serverValue(
        db,
        QStringLiteral("SELECT (SELECT count(*) FROM pg_namespace n, aclexplode(coalesce(n.nspacl, "
                       "acldefault('n', n.nspowner))) a WHERE n.nspname = current_schema() AND "
                       "a.grantee = 0 AND a.privilege_type = 'CREATE') + (SELECT count(*) FROM "
                       "pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a "
                       "WHERE d.datname = current_database() AND a.grantee = 0)"));
    if (!open)
        return Status::from(open);
    if (*open != QLatin1String("0"))
        return Status::failure(
            Tr::tr("every login on the server may still connect to the database \"%1\" "
                   "or create objects in its schema \"%2\", and this login may not change "
                   "that (it does not own them). A server administrator runs: REVOKE "
                   "CREATE ON SCHEMA %2 FROM PUBLIC; REVOKE ALL ON DATABASE %1 FROM "
                   "PUBLIC; then run team grant again")
                .arg(g.database, g.schema));
    return {};
}

Result<bool> tableExists(QSqlDatabase& db, const QString& table) {
    Result<QString> v =
        serverValue(db, QStringLiteral("SELECT to_regclass(?::text) IS NOT NULL"), {table});
    if (!v)
        return Status::from(v);
    return *v == QLatin1String("true") || *v == QLatin1String("1");
}

// The tables whose rows carry a coder: the coder role may insert, change and delete there, and
// row-level security limits it to its own rows. Everyone who may read sees every
// row, but a coder inserts, changes and deletes only rows whose coder is named like their
// login (coders.name = session_user); members of the owner role may change any. An evidence
// link belongs to its rating, so a coder links and unlinks evidence of their own ratings only.
// The table owner who published is not subject to the policies (no FORCE), so publish, clone
// and migrations run as before. Dropped and made again, so a second grant leaves one of each.
Status ownRowsOnly(QSqlDatabase& db, const QString& coder, const QString& owner) {
    const struct {
        const char* table;
        const char* mine; // when a row is the login's own (SQL from code, no placeholders)
    } tables[] = {
        {"codings", "coder_id IN (SELECT c.id FROM coders c WHERE c.name = session_user::text)"},
        {"maturity_ratings",
         "coder_id IN (SELECT c.id FROM coders c WHERE c.name = session_user::text)"},
        {"rating_evidence",
         "rating_id IN (SELECT r.id FROM maturity_ratings r JOIN coders c ON c.id = r.coder_id "
         "WHERE c.name = session_user::text)"},
        // A key-quote flag is its coding's: a coder flags and unflags their own codings.
        {"key_quotes", "id IN (SELECT k.id FROM codings k JOIN coders c ON c.id = k.coder_id "
                       "WHERE c.name = session_user::text)"},
    };
    for (const auto& table : tables) {
        const QString t = QString::fromLatin1(table.table);
        Result<bool> exists = tableExists(db, t);
        if (!exists)
            return Status::from(exists);
        if (!*exists)
            continue; // a migration from before it: the step that adds it grants it
        const QString allowed = QStringLiteral("(pg_has_role(session_user, %L, 'member') OR ") +
                                QLatin1String(table.mine) + QLatin1Char(')');
        const struct {
            QString templ;
            QVariantList args;
        } steps[] = {
            {QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %I TO %I"), {t, coder}},
            {QStringLiteral("ALTER TABLE %I ENABLE ROW LEVEL SECURITY"), {t}},
            {QStringLiteral("DROP POLICY IF EXISTS situate_read ON %I"), {t}},
            {QStringLiteral("CREATE POLICY situate_read ON %I FOR SELECT USING (true)"), {t}},
            {QStringLiteral("DROP POLICY IF EXISTS situate_own_rows ON %I"), {t}},
            {QStringLiteral("CREATE POLICY situate_own_rows ON %I USING ") + allowed +
                 QStringLiteral(" WITH CHECK ") + allowed,
             {t, owner, owner}},
        };
        for (const auto& step : steps) {
            if (Status st = execFormatted(db, step.templ, step.args); !st)
                return st;
        }
    }
    return {};
}

Status grantsAndPolicies(QSqlDatabase& db, const GroupRoles& g) {
    const QString viewer = g.name(TeamRole::Viewer);
    const QString coder = g.name(TeamRole::Coder);
    const QString owner = g.name(TeamRole::Owner);
    const struct {
        const char* templ;
        QVariantList args;
    } grants[] = {
        {"GRANT CONNECT ON DATABASE %I TO %I", {g.database, viewer}},
        {"GRANT USAGE ON SCHEMA %I TO %I", {g.schema, viewer}},
        {"GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I", {g.schema, viewer}},
        {"GRANT %I TO %I", {viewer, coder}},
        // Memos name no author, so no policy could tell a coder's own from another's: they
        // are the owners'.
        {"REVOKE INSERT, UPDATE, DELETE ON memos FROM %I", {coder}},
        {"GRANT INSERT ON coders TO %I", {coder}},
        {"GRANT %I TO %I", {coder, owner}},
        {"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I", {g.schema, owner}},
    };
    for (const auto& grant : grants) {
        if (Status st = execFormatted(db, QString::fromLatin1(grant.templ), grant.args); !st)
            return st;
    }
    return ownRowsOnly(db, coder, owner);
}

// The group roles `login` belongs to directly.
Result<QStringList> directRoles(QSqlDatabase& db, const GroupRoles& g, const QString& login) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = "
                             "m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? "
                             "AND r.rolname IN (?, ?, ?)"));
    q.addBindValue(login);
    for (const QString& n : g.names)
        q.addBindValue(n);
    if (!q.exec())
        return sqlfailure::statement(q.lastError());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status requireLogin(QSqlDatabase& db, const QString& login) {
    Result<QString> user = serverValue(
        db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"),
        {login});
    if (!user)
        return Status::from(user);
    if (*user == QLatin1String("0"))
        return Status::failure(Tr::tr("the server has no login role named \"%1\" (an "
                                      "administrator creates it: CREATE ROLE ... LOGIN "
                                      "PASSWORD ...)")
                                   .arg(login));
    return {};
}

// The project's group roles (made first when `create`) for a change to what `login` may do;
// fails when the server has no such login.
Result<GroupRoles> loginsGroupRoles(QSqlDatabase& db, const QString& login, bool create) {
    if (Status st = requireLogin(db, login); !st)
        return st;
    return groupRoles(db, create);
}

// Runs `body` in one transaction on `s`'s connection, all of it or nothing.
Status inTransaction(Storage& s, const std::function<Status(QSqlDatabase&)>& body) {
    if (!isPostgres(s))
        return Status::failure(Tr::tr("roles belong to projects on PostgreSQL; a project "
                                      "file has none"));
    if (Status st = s.begin(); !st)
        return st;
    if (Status st = body(database(s)); !st) {
        s.rollback();
        return st;
    }
    return s.commit();
}

} // namespace

QString teamRoleWord(TeamRole r) {
    static constexpr EnumName<TeamRole> kWords[] = {
        {TeamRole::Owner, "owner"}, {TeamRole::Coder, "coder"}, {TeamRole::Viewer, "viewer"}};
    return enumName(kWords, r);
}

QString teamGroupRoleName(const QString& database, TeamRole role) {
    const QString plain = QStringLiteral("situate_%1_%2").arg(database, teamRoleWord(role));
    if (plain.toUtf8().size() <= maxNameBytes)
        return plain;
    const QString suffix =
        QLatin1Char('_') +
        QString::fromLatin1(QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256)
                                .toHex()
                                .left(8)) +
        QLatin1Char('_') + teamRoleWord(role);
    const int budget = maxNameBytes - int(qstrlen("situate_")) - int(suffix.size());
    // Whole code points only, so the server keeps the name as it is.
    QString prefix;
    int bytes = 0;
    for (const uint cp : database.toUcs4()) {
        const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1);
        const int n = int(ch.toUtf8().size());
        if (bytes + n > budget)
            break;
        prefix += ch;
        bytes += n;
    }
    return QStringLiteral("situate_") + prefix + suffix;
}

Status grantTeamRole(Storage& s, TeamRole role, const QString& pgUser) {
    return inTransaction(s, [&](QSqlDatabase& db) -> Status {
        Result<GroupRoles> g = loginsGroupRoles(db, pgUser, true);
        if (!g)
            return Status::from(g);
        if (Status st = protectSchema(db, *g); !st)
            return st;
        if (Status st = grantsAndPolicies(db, *g); !st)
            return st;
        Result<QStringList> before = directRoles(db, *g, pgUser);
        if (!before)
            return Status::from(before);
        // One role each: a new grant replaces the old one, downwards as well as up.
        for (const QString& old : *before) {
            if (old == g->name(role))
                continue;
            if (Status st = execFormatted(db, QStringLiteral("REVOKE %I FROM %I"), {old, pgUser});
                !st)
                return st;
        }
        if (before->contains(g->name(role)))
            return Status();
        return execFormatted(db, QStringLiteral("GRANT %I TO %I"), {g->name(role), pgUser});
    });
}

Status revokeTeamRole(Storage& s, const QString& pgUser) {
    return inTransaction(s, [&](QSqlDatabase& db) -> Status {
        Result<GroupRoles> g = loginsGroupRoles(db, pgUser, false);
        if (!g)
            return Status::from(g);
        Result<QStringList> roles = directRoles(db, *g, pgUser);
        if (!roles)
            return Status::from(roles);
        if (roles->isEmpty())
            return Status::failure(Tr::tr("\"%1\" has no role in this project").arg(pgUser));
        for (const QString& r : *roles) {
            if (Status st = execFormatted(db, QStringLiteral("REVOKE %I FROM %I"), {r, pgUser});
                !st)
                return st;
        }
        return Status();
    });
}

Result<QVector<TeamMember>> teamMembers(Storage& s) {
    using R = Result<QVector<TeamMember>>;
    if (!isPostgres(s))
        return R::failure(Tr::tr("roles belong to projects on PostgreSQL; a project "
                                 "file has none"));
    QSqlDatabase& db = database(s);
    QVector<TeamMember> out;
    Result<QString> publisher =
        serverValue(db, QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = "
                                       "to_regclass('situate_meta')"));
    if (!publisher)
        return Status::from(publisher);
    if (!publisher->isEmpty())
        out.append({*publisher, QStringLiteral("publisher")});
    Result<GroupRoles> g = groupRoles(db, false);
    if (!g)
        return Status::from(g);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT u.rolname, r.rolname FROM pg_auth_members m JOIN pg_roles r "
                             "ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE "
                             "u.rolcanlogin AND r.rolname IN (?, ?, ?) ORDER BY u.rolname"));
    for (const QString& n : g->names)
        q.addBindValue(n);
    if (!q.exec())
        return sqlfailure::statement(q.lastError());
    while (q.next()) {
        const QString group = q.value(1).toString();
        for (TeamRole r : allRoles) {
            if (group == g->name(r))
                out.append({q.value(0).toString(), teamRoleWord(r)});
        }
    }
    return out;
}

Status schema::postgres::applyTeamGrants(QSqlDatabase& db) {
    Result<GroupRoles> g = groupRoles(db, false);
    // Roles another project or an older Situate left are not this project's: nothing is
    // granted to them (team grant explains what to do about them).
    if (!g || !g->complete)
        return {};
    return grantsAndPolicies(db, *g);
}

} // namespace situate
