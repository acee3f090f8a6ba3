// SPDX-License-Identifier: GPL-3.0-or-later
// Team roles from outside Situate: a role Situate did not make is never adopted, names of any
// length and script work, one role per login, and only the owner migrates the schema.
#include "core/team/teamroles.h"
#include "tests/security/attacker.h"
#include "tests/support/teambackend.h"
#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;
using namespace situate::redteam;

namespace {

// A fresh database holding the published demo.
using Published = test::PublishedDemo;

Run grant(const QString& url, const char* role, const QString& login) {
    return cli({s("team"), s("grant"), url, s(role), login});
}

// A login NAME (password NAME-pw-1) with `role` in the project; returns the login's name.
QString member(test::TempPgDatabase& db, const char* name, const char* role) {
    test::addMember(db, s(name), s(name) + s("-pw-1"), s(role));
    return db.name() + QLatin1Char('_') + s(name);
}

} // namespace

TEST_CASE("security: a role of the project's name that Situate did not make is refused, and "
          "nothing is changed") {
    if (!test::postgresOrSkip())
        return;
    Published published;
    test::TempPgDatabase& db = published.db;
    REQUIRE_FALSE(db.addLoginRole(s("ann"), s("ann-pw-1")).isEmpty());
    const QString ann = db.name() + s("_ann");
    // Left behind by a dropped project of the same name, with a member of its own.
    const QString coder = teamGroupRoleName(db.name(), TeamRole::Coder);
    REQUIRE(test::adminQuery(s("CREATE ROLE \"%1\" NOLOGIN").arg(coder)).isEmpty());
    const QString before = dump(db.name());
    const Run refused = grant(db.url(), "coder", ann);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(s("already has a role named \"%1\"").arg(coder)));
    CHECK(refused.err.contains(s("DROP ROLE")));
    CHECK(firstDifference(before, dump(db.name())).toStdString() == "");
    QStringList made;
    test::adminQuery(s("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                         .arg(teamGroupRoleName(db.name(), TeamRole::Viewer)),
                     &made);
    CHECK(made == QStringList{s("0")}); // the whole grant was rolled back
    // Marked by someone else (another project's comment) is no better.
    REQUIRE(test::adminQuery(s("COMMENT ON ROLE \"%1\" IS 'Situate coder role of project x in "
                               "database 1'")
                                 .arg(coder))
                .isEmpty());
    CHECK(grant(db.url(), "coder", ann).exitCode == 1);
    // Once the administrator drops it, Situate makes its own.
    REQUIRE(test::adminQuery(s("DROP ROLE \"%1\"").arg(coder)).isEmpty());
    const Run granted = grant(db.url(), "coder", ann);
    INFO(granted.err.toStdString());
    CHECK(granted.exitCode == 0);
    CHECK(psql(db.name(), ann, s("ann-pw-1"), s("SELECT count(*) > 0 FROM codings")).out == s("t"));
}

TEST_CASE("security: one role per login: grant promotes and demotes, revoke removes, members "
          "lists them") {
    if (!test::postgresOrSkip())
        return;
    Published published;
    test::TempPgDatabase& db = published.db;
    const QString ann = member(db, "ann", "owner"), bob = member(db, "bob", "coder");
    const auto members = [&] {
        const Run r = cli({s("team"), s("members"), db.url(), s("--format"), s("csv")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out;
    };
    const QString admin = server().admin;
    CHECK(members() ==
          s("login,role\r\n%1,publisher\r\n%2,owner\r\n%3,coder").arg(admin, ann, bob));
    const QString rename = s("UPDATE codes SET name = name || '.' WHERE id = (SELECT min(id) "
                             "FROM codes)");
    CHECK(psql(db.name(), ann, s("ann-pw-1"), rename).exitCode == 0);
    // Demoted to viewer: the owner's rights go at once.
    const Run demoted = grant(db.url(), "viewer", ann);
    CHECK(demoted.out.contains(s("%1 is now viewer").arg(ann)));
    CHECK(members() ==
          s("login,role\r\n%1,publisher\r\n%2,viewer\r\n%3,coder").arg(admin, ann, bob));
    CHECK(psql(db.name(), ann, s("ann-pw-1"), rename).exitCode != 0);
    CHECK(psql(db.name(), ann, s("ann-pw-1"), s("SELECT count(*) > 0 FROM codes")).out == s("t"));
    // The plain listing names each login with its role.
    const Run text = cli({s("team"), s("members"), db.url()});
    CHECK(text.out.contains(
        QRegularExpression(s("%1 +viewer").arg(QRegularExpression::escape(ann)))));
    // Revoked: no role left, and a second revoke says so.
    REQUIRE(cli({s("team"), s("revoke"), db.url(), ann}).exitCode == 0);
    CHECK(members() == s("login,role\r\n%1,publisher\r\n%2,coder").arg(admin, bob));
    const Run twice = cli({s("team"), s("revoke"), db.url(), ann});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(s("has no role in this project")));
    CHECK(psql(db.name(), ann, s("ann-pw-1"), s("SELECT 1")).exitCode != 0);
}

TEST_CASE("security: a database name of 63 bytes in any script gets three distinct roles the "
          "server keeps whole") {
    if (!test::postgresOrSkip())
        return;
    // The longest name the server keeps (63 bytes of UTF-8, with accents and CJK): with
    // "situate_" and "_viewer" around it, far over PostgreSQL's limit.
    QString name =
        s("évaluation_communautés_pratique_学习_%1_").arg(QDateTime::currentMSecsSinceEpoch());
    while (name.toUtf8().size() < 63)
        name += QLatin1Char('x');
    REQUIRE(name.toUtf8().size() == 63);
    REQUIRE(
        test::adminQuery(s("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name))
            .isEmpty());
    const QString login = s("situate_long_%1").arg(QDateTime::currentMSecsSinceEpoch());
    REQUIRE(test::adminQuery(s("CREATE ROLE %1 LOGIN PASSWORD 'long-pw-1'").arg(login)).isEmpty());
    QStringList roles;
    for (TeamRole r : {TeamRole::Owner, TeamRole::Coder, TeamRole::Viewer})
        roles << teamGroupRoleName(name, r);
    struct Cleanup {
        QString name, login;
        QStringList roles;
        ~Cleanup() {
            test::adminQuery(s("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
            for (const QString& r : roles)
                test::adminQuery(s("DROP ROLE IF EXISTS \"%1\"").arg(r));
            test::adminQuery(s("DROP ROLE IF EXISTS %1").arg(login));
        }
    } cleanup{name, login, roles};
    for (const QString& r : roles) {
        CHECK(r.toUtf8().size() <= 63);
        CHECK(r.startsWith(s("situate_évaluation_communautés_")));
    }
    CHECK(roles.removeDuplicates() == 0);
    QTemporaryDir dir;
    const QString url = redteam::url(name, server().admin);
    test::publishDemo(dir.filePath(s("demo.situate")), url);
    const Run granted = grant(url, "coder", login);
    INFO(granted.err.toStdString());
    REQUIRE(granted.exitCode == 0);
    for (const QString& r : roles) {
        QStringList found;
        test::adminQuery(s("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(r), &found);
        CHECK(found == QStringList{s("1")});
    }
    CHECK(psql(name, login, s("long-pw-1"), s("SELECT count(*) > 0 FROM codings")).out == s("t"));
    const Run members = cli({s("team"), s("members"), url, s("--format"), s("csv")});
    CHECK(members.out.contains(s("%1,coder").arg(login)));
}

TEST_CASE("security: only the owner migrates a team project, a coder is told so and nothing "
          "changes, tables a step adds are granted in that step") {
    if (!test::postgresOrSkip())
        return;
    Published published;
    test::TempPgDatabase& db = published.db;
    const QString ann = member(db, "ann", "coder"), vic = member(db, "vic", "viewer");
    // Back to format 2, before the evaluation tables, as an older Situate left it, and with
    // an unprotected trigger function.
    const Run older = psqlAdmin(
        db.name(),
        s("DROP TABLE evidence_summaries, maturity_levels, maturity_ratings, rating_evidence, "
          "consensus_ratings, document_edits, key_quotes CASCADE; DROP INDEX documents_listing; "
          "UPDATE "
          "situate_meta SET "
          "value = '2' WHERE key = 'schema_version'; DELETE FROM situate_meta WHERE key = "
          "'security_version'; CREATE OR REPLACE FUNCTION situate_notify() RETURNS trigger "
          "LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('situate_changes', TG_TABLE_NAME); "
          "RETURN NULL; END $$"));
    INFO(older.err.toStdString());
    REQUIRE(older.exitCode == 0);
    const QString before = dump(db.name());

    const Run coder = cli({s("stats"), redteam::url(db.name(), ann)}, s("ann-pw-1"));
    CHECK(coder.exitCode == 1);
    CHECK(coder.err.contains(s("Only the login that published it")));
    CHECK(coder.err.contains(s("Nothing was changed")));
    CHECK(firstDifference(before, dump(db.name())).toStdString() == "");

    const Run owner = cli({s("stats"), db.url()});
    INFO(owner.err.toStdString());
    REQUIRE(owner.exitCode == 0);
    CHECK(psqlAdmin(db.name(), s("SELECT value FROM situate_meta WHERE key = 'schema_version'"))
              .out == s("7"));
    CHECK(psqlAdmin(db.name(), s("SELECT proconfig::text FROM pg_proc WHERE proname = "
                                 "'situate_notify'"))
              .out == s("{\"search_path=pg_catalog, pg_temp\"}"));
    // The evaluation tables came back with the team's grants and row security.
    const QString rate = s("INSERT INTO maturity_ratings (uuid, case_id, coder_id, level, "
                           "created, modified) SELECT gen_random_uuid()::text, (SELECT min(id) "
                           "FROM cases), c.id, 3, now()::text, now()::text FROM coders c WHERE "
                           "c.name = %1 RETURNING level");
    REQUIRE(psql(db.name(), ann, s("ann-pw-1"),
                 s("INSERT INTO coders (uuid, name) VALUES (gen_random_uuid()::text, "
                   "session_user)"))
                .exitCode == 0);
    CHECK(psql(db.name(), ann, s("ann-pw-1"), rate.arg(s("session_user"))).out == s("3"));
    CHECK(psql(db.name(), ann, s("ann-pw-1"),
               rate.arg(s("(SELECT min(name) FROM coders WHERE name <> session_user)")))
              .exitCode != 0);
    CHECK(psql(db.name(), vic, s("vic-pw-1"), s("SELECT count(*) FROM maturity_ratings")).out ==
          s("1"));
    CHECK(psql(db.name(), vic, s("vic-pw-1"), s("DELETE FROM maturity_ratings")).exitCode != 0);
    // So did the key quotes: the team reads them, a coder flags only their own codings.
    CHECK(psql(db.name(), vic, s("vic-pw-1"), s("SELECT count(*) FROM key_quotes")).out == s("0"));
    CHECK(psql(db.name(), ann, s("ann-pw-1"),
               s("INSERT INTO key_quotes (id) SELECT min(id) FROM codings"))
              .exitCode != 0);
    CHECK(psql(db.name(), vic, s("vic-pw-1"), s("SELECT count(*) FROM key_quotes")).out == s("0"));
}
