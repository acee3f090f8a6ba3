// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/teamqueries.h"

#include "core/storage/dialect.h"
#include "core/storage/pgschema.h"
#include "core/storage/storage.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace situate {

namespace {

Status exec(Storage& s, const QString& sql) {
    QSqlQuery q(s.database());
    if (!q.exec(sql))
        return Status::failure(q.lastError().text());
    return {};
}

} // namespace

Status deferReferences(Storage& s) {
    return exec(s, s.isPostgres() ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                  : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Status readSnapshot(Storage& s) {
    if (!s.isPostgres())
        return {};
    return exec(s, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
}

qsizetype copyBatchRows(qsizetype columns) {
    // A few hundred rows per INSERT spare a round trip per row (publishing a million codings
    // one row at a time took 12 minutes), and stay within the bound values a statement may
    // have: 65535 on PostgreSQL, 32766 on SQLite (its default since 3.32).
    constexpr qsizetype rows = 500, maxBound = 32766;
    return columns <= 0 ? rows : std::clamp<qsizetype>(maxBound / columns, 1, rows);
}

namespace {

// INSERT INTO table (list) VALUES (?, ...), (?, ...) for `rows` rows of `columns` values.
QString insertRows(const QString& table, const QString& list, qsizetype columns, qsizetype rows) {
    QStringList marks;
    for (qsizetype i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    for (qsizetype i = 0; i < rows; ++i)
        values << row;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, list, values.join(QStringLiteral(", ")));
}

} // namespace

Result<qint64> copyTable(const Storage& from, Storage& to, const QString& table) {
    using R = Result<qint64>;
    const QStringList columns = from.columns(table);
    if (columns.isEmpty() || columns != to.columns(table))
        return R::failure(QStringLiteral("the table %1 differs between the two projects (are both "
                                         "at the same format version?)")
                              .arg(table));
    QStringList names;
    for (const QString& c : columns)
        names << dialect::column(c);
    const QString list = names.join(QStringLiteral(", "));
    const qsizetype width = columns.size();
    const qsizetype batch = copyBatchRows(width);
    // Table and column names come from the schema of both projects, never from users.
    QSqlQuery read(from.database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, table)))
        return R::failure(QStringLiteral("cannot read %1: %2").arg(table, read.lastError().text()));
    // One statement prepared for full batches, one more for the rows left over at the end.
    QSqlQuery full(to.database());
    bool prepared = false;
    QVariantList pending;
    pending.reserve(batch * width);
    qint64 rows = 0;
    auto write = [&](QSqlQuery& q) -> Status {
        for (qsizetype i = 0; i < pending.size(); ++i)
            q.bindValue(int(i), pending[i]);
        if (!q.exec())
            return Status::failure(QStringLiteral("cannot write %1 rows %2 to %3: %4")
                                       .arg(table, pending.first().toString(),
                                            pending[pending.size() - width].toString(),
                                            q.lastError().text()));
        rows += pending.size() / width;
        pending.clear();
        return {};
    };
    while (read.next()) {
        for (qsizetype i = 0; i < width; ++i)
            pending << read.value(int(i));
        if (pending.size() < batch * width)
            continue;
        if (!prepared && !full.prepare(insertRows(table, list, width, batch)))
            return R::failure(
                QStringLiteral("cannot write %1: %2").arg(table, full.lastError().text()));
        prepared = true;
        if (Status st = write(full); !st)
            return R::failure(st.error());
    }
    if (read.lastError().isValid())
        return R::failure(QStringLiteral("cannot read %1: %2").arg(table, read.lastError().text()));
    if (!pending.isEmpty()) {
        QSqlQuery rest(to.database());
        if (!rest.prepare(insertRows(table, list, width, pending.size() / width)))
            return R::failure(
                QStringLiteral("cannot write %1: %2").arg(table, rest.lastError().text()));
        if (Status st = write(rest); !st)
            return R::failure(st.error());
    }
    return rows;
}

Status clearTable(Storage& s, const QString& table) {
    if (!s.tables().contains(table))
        return Status::failure(QStringLiteral("internal error: unknown table ") + table);
    return exec(s, QStringLiteral("DELETE FROM %1").arg(table));
}

Status resetIdentities(Storage& s) {
    if (!s.isPostgres())
        return {};
    for (const QString& table : s.tables()) {
        if (!s.columns(table).contains(QStringLiteral("id")))
            continue;
        QSqlQuery q(s.database());
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                 "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                      .arg(table));
        q.addBindValue(table);
        if (!q.exec())
            return Status::failure(QStringLiteral("cannot set the next id of %1: %2")
                                       .arg(table, q.lastError().text()));
    }
    return {};
}

Status dropPostgresProject(Storage& s) {
    if (!s.isPostgres())
        return Status::failure(QStringLiteral("internal error: not a PostgreSQL project"));
    return schema::postgres::drop(s.database(), s.tables());
}

namespace {

// A statement with identifiers quoted by the server (format's %I), from a fixed template and
// bound values: role, schema and database names never pass through string splicing here.
Status execFormatted(Storage& s, const QString& templ, const QVariantList& args) {
    QStringList marks;
    // Typed, or the server cannot tell what format()'s variadic arguments are.
    for (qsizetype i = 0; i <= args.size(); ++i)
        marks << QStringLiteral("?::text");
    QSqlQuery f(s.database());
    f.prepare(QStringLiteral("SELECT format(%1)").arg(marks.join(QStringLiteral(", "))));
    f.addBindValue(templ);
    for (const QVariant& v : args)
        f.addBindValue(v);
    if (!f.exec() || !f.next())
        return Status::failure(f.lastError().text());
    const QString sql = f.value(0).toString();
    f.finish();
    return exec(s, sql);
}

Result<QString> serverValue(Storage& s, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(s.database());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Result<QString>::failure(q.lastError().text());
    return q.value(0).toString();
}

const char* roleWord(TeamRole r) {
    switch (r) {
    case TeamRole::Owner:
        return "owner";
    case TeamRole::Coder:
        return "coder";
    case TeamRole::Viewer:
        break;
    }
    return "viewer";
}

// Row-level security on the tables whose rows carry a coder: everyone who may read sees every
// row, but a coder inserts, changes and deletes only rows whose coder is named like their
// login (coders.name = session_user); members of the owner role may change any. An evidence
// link belongs to its rating, so a coder links and unlinks evidence of their own ratings only.
// The table owner who published is not subject to the policies (no FORCE), so publish, clone
// and migrations run as before. Dropped and made again, so a second grant leaves one of each.
Status ownRowsOnly(Storage& s, const QString& owner) {
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
    };
    for (const auto& table : tables) {
        const QString t = QString::fromLatin1(table.table);
        const QString allowed = QStringLiteral("(pg_has_role(session_user, %L, 'member') OR ") +
                                QLatin1String(table.mine) + QLatin1Char(')');
        const struct {
            QString templ;
            QVariantList args;
        } steps[] = {
            {QStringLiteral("ALTER TABLE %I ENABLE ROW LEVEL SECURITY"), {t}},
            {QStringLiteral("DROP POLICY IF EXISTS situate_read ON %I"), {t}},
            {QStringLiteral("CREATE POLICY situate_read ON %I FOR SELECT USING (true)"), {t}},
            {QStringLiteral("DROP POLICY IF EXISTS situate_own_rows ON %I"), {t}},
            {QStringLiteral("CREATE POLICY situate_own_rows ON %I USING ") + allowed +
                 QStringLiteral(" WITH CHECK ") + allowed,
             {t, owner, owner}},
        };
        for (const auto& step : steps) {
            if (Status st = execFormatted(s, step.templ, step.args); !st)
                return st;
        }
    }
    return {};
}

Status ensureGroupRoles(Storage& s, const QString& database, const QString& schema,
                        QMap<TeamRole, QString>* names) {
    for (TeamRole r : {TeamRole::Viewer, TeamRole::Coder, TeamRole::Owner}) {
        // PostgreSQL cuts names at 63 bytes; a database name that long is rare.
        const QString name =
            QStringLiteral("situate_%1_%2").arg(database, QLatin1String(roleWord(r))).left(63);
        names->insert(r, name);
        Result<QString> exists = serverValue(
            s, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
        if (!exists)
            return Status::failure(exists.error());
        if (*exists == QLatin1String("0")) {
            if (Status st = execFormatted(s, QStringLiteral("CREATE ROLE %I NOLOGIN"), {name}); !st)
                return st;
        }
    }
    const QString viewer = names->value(TeamRole::Viewer);
    const QString coder = names->value(TeamRole::Coder);
    const QString owner = names->value(TeamRole::Owner);
    const struct {
        const char* templ;
        QVariantList args;
    } grants[] = {
        {"GRANT CONNECT ON DATABASE %I TO %I", {database, viewer}},
        {"GRANT USAGE ON SCHEMA %I TO %I", {schema, viewer}},
        {"GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I", {schema, viewer}},
        {"GRANT %I TO %I", {viewer, coder}},
        {"GRANT INSERT, UPDATE, DELETE ON codings, maturity_ratings, rating_evidence TO %I",
         {coder}},
        // Memos name no author, so no policy could tell a coder's own from another's: they
        // are the owners' (projects granted before this rule lose the coder's right here).
        {"REVOKE INSERT, UPDATE, DELETE ON memos FROM %I", {coder}},
        {"GRANT INSERT ON coders TO %I", {coder}},
        {"GRANT %I TO %I", {coder, owner}},
        {"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I", {schema, owner}},
    };
    for (const auto& g : grants) {
        if (Status st = execFormatted(s, QString::fromLatin1(g.templ), g.args); !st)
            return st;
    }
    return ownRowsOnly(s, owner);
}

} // namespace

Status grantTeamRole(Storage& s, TeamRole role, const QString& pgUser) {
    if (!s.isPostgres())
        return Status::failure(QStringLiteral("roles belong to projects on PostgreSQL; a project "
                                              "file has none"));
    Result<QString> database = serverValue(s, QStringLiteral("SELECT current_database()"));
    Result<QString> schema = serverValue(s, QStringLiteral("SELECT current_schema()"));
    Result<QString> user = serverValue(
        s, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"),
        {pgUser});
    if (!database || !schema || !user)
        return Status::failure(!database ? database.error()
                                         : (!schema ? schema.error() : user.error()));
    if (*user == QLatin1String("0"))
        return Status::failure(QStringLiteral("the server has no login role named \"%1\" (an "
                                              "administrator creates it: CREATE ROLE ... LOGIN "
                                              "PASSWORD ...)")
                                   .arg(pgUser));
    QMap<TeamRole, QString> names;
    if (Status st = ensureGroupRoles(s, *database, *schema, &names); !st)
        return st;
    return execFormatted(s, QStringLiteral("GRANT %I TO %I"), {names.value(role), pgUser});
}

} // namespace situate
