// SPDX-License-Identifier: GPL-3.0-or-later
// Red team: members of a team project attack it through psql, with no Situate code between
// them and the server, on a server where every login may create objects in the public schema
// (PostgreSQL 14 and older). Every attempt fails and the project is unchanged, as pg_dump
// shows. tests/RELIABILITY.md ("Security") lists the attacks and the threat model.
#include "core/team/teamroles.h"
#include "tests/security/attacker.h"
#include "tests/support/teambackend.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;
using namespace situate::redteam;

namespace {

// A published demo project with two coders, a viewer and a login without a role; the coders
// have coded and rated as Situate would, through psql.
struct Team {
    QTemporaryDir dir;
    test::TempPgDatabase db;
    QString ann, bob, vic, eve; // logins
    const QString annPw = s("ann-pw-1"), bobPw = s("bob-pw-1"), vicPw = s("vic-pw-1"),
                  evePw = s("eve-pw-1");
    QString annCoding, annCited, bobCoding, annRating, bobRating;

    Run as(const QString& login, const QString& sql) {
        const QString pw = login == ann   ? annPw
                           : login == bob ? bobPw
                           : login == vic ? vicPw
                                          : evePw;
        return psql(db.name(), login, pw, sql);
    }

    QString value(const QString& login, const QString& sql) {
        const Run r = as(login, sql);
        INFO(sql.toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out;
    }

    void setUp() {
        REQUIRE(db.available());
        // As on PostgreSQL 14: PUBLIC may create in the schema before the team is set up.
        REQUIRE(psqlAdmin(db.name(), s("GRANT CREATE ON SCHEMA public TO PUBLIC")).exitCode == 0);
        test::publishDemo(dir.filePath(s("demo.situate")), db.url());
        for (const auto& [login, name, pw, role] :
             {std::tuple{&ann, "ann", annPw, "coder"}, std::tuple{&bob, "bob", bobPw, "coder"},
              std::tuple{&vic, "vic", vicPw, "viewer"}}) {
            test::addMember(db, s(name), pw, s(role));
            *login = db.name() + QLatin1Char('_') + s(name);
        }
        // Eve logs in but has no role in the project.
        REQUIRE_FALSE(db.addLoginRole(s("eve"), evePw).isEmpty());
        eve = db.name() + s("_eve");
        const QString coder = s("INSERT INTO coders (uuid, name) VALUES "
                                "(gen_random_uuid()::text, session_user)");
        const QString coding =
            s("INSERT INTO codings (uuid, document_id, code_id, coder_id, start, \"end\", "
              "created, modified) SELECT gen_random_uuid()::text, (SELECT min(id) FROM "
              "documents), (SELECT min(id) FROM codes), c.id, %1, %1 + 10, now()::text, "
              "now()::text FROM coders c WHERE c.name = session_user RETURNING id");
        const QString rating =
            s("INSERT INTO maturity_ratings (uuid, case_id, coder_id, level, created, modified) "
              "SELECT gen_random_uuid()::text, (SELECT min(id) FROM cases), c.id, 2, "
              "now()::text, now()::text FROM coders c WHERE c.name = session_user RETURNING id");
        value(ann, coder);
        value(bob, coder);
        annCoding = value(ann, coding.arg(0));
        annCited = value(ann, coding.arg(20));
        bobCoding = value(bob, coding.arg(40));
        annRating = value(ann, rating);
        bobRating = value(bob, rating);
        // A coder may cite any coding they can read: Bob's rating cites one of Ann's.
        value(bob, s("INSERT INTO rating_evidence (rating_id, coding_id) VALUES (%1, %2)")
                       .arg(bobRating, annCited));
        value(ann, s("INSERT INTO rating_evidence (rating_id, coding_id) VALUES (%1, %2)")
                       .arg(annRating, annCoding));
    }
};

struct Attack {
    const char* what;
    QString login;
    QString sql;
    bool errors; // the server refuses it; otherwise it runs and changes no row
};

} // namespace

TEST_CASE("security: coders and a viewer attacking through psql change nothing and take over "
          "nothing") {
    if (!test::postgresOrSkip())
        return;
    Team t;
    t.setUp();
    const QString owner = teamGroupRoleName(t.db.name(), TeamRole::Owner);
    const QString before = dump(t.db.name());
    REQUIRE(before.contains(s("CREATE POLICY situate_own_rows")));

    const QString otherCoder = s("(SELECT id FROM coders WHERE name = '%1')").arg(t.bob);
    const Attack attacks[] = {
        {"create a function in the schema", t.ann,
         s("CREATE FUNCTION public.pg_notify(text, name) RETURNS void LANGUAGE sql AS "
           "$$ SELECT 1 $$"),
         true},
        {"create a table in the schema", t.ann, s("CREATE TABLE public.evil (x int)"), true},
        {"create a table as a viewer", t.vic, s("CREATE TABLE public.evil (x int)"), true},
        {"create a temporary table", t.ann, s("CREATE TEMP TABLE evil (x int)"), true},
        {"change another coder's coding", t.ann,
         s("WITH u AS (UPDATE codings SET memo = 'mine' WHERE coder_id = %1 RETURNING 1) "
           "SELECT count(*) FROM u")
             .arg(otherCoder),
         false},
        {"delete another coder's coding", t.ann,
         s("WITH u AS (DELETE FROM codings WHERE coder_id = %1 RETURNING 1) SELECT count(*) "
           "FROM u")
             .arg(otherCoder),
         false},
        {"insert a coding under another coder's name", t.ann,
         s("INSERT INTO codings (uuid, document_id, code_id, coder_id, start, \"end\", created, "
           "modified) SELECT gen_random_uuid()::text, document_id, code_id, coder_id, 50, 60, "
           "created, modified FROM codings WHERE id = %1")
             .arg(t.bobCoding),
         true},
        {"give an own coding to another coder", t.ann,
         s("UPDATE codings SET coder_id = %1 WHERE id = %2").arg(otherCoder, t.annCoding), true},
        {"rename a code", t.ann,
         s("UPDATE codes SET name = 'x' WHERE id = (SELECT min(id) FROM "
           "codes)"),
         true},
        {"add a code", t.ann,
         s("INSERT INTO codes (uuid, name) VALUES (gen_random_uuid()::text, 'Mine')"), true},
        {"change a transcript", t.ann, s("UPDATE documents SET text = 'gone'"), true},
        {"delete a transcript", t.ann, s("DELETE FROM documents"), true},
        {"empty the codings", t.ann, s("TRUNCATE codings"), true},
        {"delete an own coding another coder's rating cites", t.ann,
         s("DELETE FROM codings WHERE id = %1").arg(t.annCited), true},
        {"the same with the check deferred to the commit", t.ann,
         s("BEGIN; SET CONSTRAINTS ALL DEFERRED; DELETE FROM codings WHERE id = %1; COMMIT")
             .arg(t.annCited),
         true},
        {"unlink another coder's evidence", t.ann,
         s("WITH u AS (DELETE FROM rating_evidence WHERE rating_id = %1 RETURNING 1) SELECT "
           "count(*) FROM u")
             .arg(t.bobRating),
         false},
        {"change another coder's rating", t.ann,
         s("WITH u AS (UPDATE maturity_ratings SET level = 5 WHERE id = %1 RETURNING 1) SELECT "
           "count(*) FROM u")
             .arg(t.bobRating),
         false},
        {"turn row security off", t.ann, s("ALTER TABLE codings DISABLE ROW LEVEL SECURITY"), true},
        {"drop the policy", t.ann, s("DROP POLICY situate_own_rows ON codings"), true},
        {"grant itself the owner role", t.ann, s("GRANT \"%1\" TO \"%2\"").arg(owner, t.ann), true},
        {"SET ROLE to the owner group", t.ann,
         s("SET ROLE \"%1\"; UPDATE codes SET name = 'x'").arg(owner), true},
        {"replace a trigger function", t.ann,
         s("CREATE OR REPLACE FUNCTION public.situate_notify() RETURNS trigger LANGUAGE plpgsql "
           "AS $$ BEGIN RETURN NULL; END $$"),
         true},
        {"code as a viewer", t.vic,
         s("INSERT INTO coders (uuid, name) VALUES (gen_random_uuid()::text, session_user)"), true},
        {"delete codings as a viewer", t.vic, s("DELETE FROM codings"), true},
        {"connect without a role", t.eve, s("SELECT count(*) FROM codings"), true},
    };
    for (const Attack& a : attacks) {
        const Run r = t.as(a.login, a.sql);
        INFO(a.what << ": " << a.sql.toStdString() << "\nexit " << r.exitCode
                    << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        if (a.errors) {
            CHECK(r.exitCode != 0);
            CHECK(r.err.contains(s("ERROR")) + r.err.contains(s("FATAL")) > 0);
        } else {
            CHECK(r.exitCode == 0);
            CHECK(r.out == s("0"));
        }
    }
    const QString after = dump(t.db.name());
    CHECK(firstDifference(before, after).toStdString() == "");

    // The same logins may still do what is theirs, so the refusals above are not blanket ones.
    CHECK(t.value(t.ann, s("WITH u AS (UPDATE codings SET memo = 'checked' WHERE id = %1 "
                           "RETURNING 1) SELECT count(*) FROM u")
                             .arg(t.annCoding)) == s("1"));
    CHECK(t.value(t.vic, s("SELECT count(*) > 0 FROM codings")) == s("t"));
}

TEST_CASE("security: a cited coding goes only with the links its deleter may remove") {
    if (!test::postgresOrSkip())
        return;
    Team t;
    t.setUp();
    const QString links = s("SELECT count(*) FROM rating_evidence WHERE coding_id = %1");
    // Ann's own rating cites annCoding: deleting it takes her own link with it.
    CHECK(t.value(t.ann, links.arg(t.annCoding)) == s("1"));
    CHECK(t.value(t.ann, s("WITH u AS (DELETE FROM codings WHERE id = %1 RETURNING 1) SELECT "
                           "count(*) FROM u")
                             .arg(t.annCoding)) == s("1"));
    CHECK(t.value(t.ann, links.arg(t.annCoding)) == s("0"));
    // Bob's rating cites annCited: Ann cannot delete it (above); once Bob unlinks it she can.
    CHECK(t.as(t.ann, s("DELETE FROM codings WHERE id = %1").arg(t.annCited)).exitCode != 0);
    CHECK(t.value(t.bob, s("WITH u AS (DELETE FROM rating_evidence WHERE coding_id = %1 "
                           "RETURNING 1) SELECT count(*) FROM u")
                             .arg(t.annCited)) == s("1"));
    CHECK(t.value(t.ann, s("WITH u AS (DELETE FROM codings WHERE id = %1 RETURNING 1) SELECT "
                           "count(*) FROM u")
                             .arg(t.annCited)) == s("1"));
    // An owner may remove anyone's coding, and the links citing it go with it.
    const QString again = t.value(t.bob, s("INSERT INTO rating_evidence (rating_id, coding_id) "
                                           "VALUES (%1, %2) RETURNING coding_id")
                                             .arg(t.bobRating, t.bobCoding));
    REQUIRE(again == t.bobCoding);
    const Run owner =
        psqlAdmin(t.db.name(), s("DELETE FROM codings WHERE id = %1").arg(t.bobCoding));
    INFO(owner.err.toStdString());
    CHECK(owner.exitCode == 0);
    CHECK(t.value(t.vic, links.arg(t.bobCoding)) == s("0"));
}

TEST_CASE("security: a function another login plants in the schema is never called by "
          "Situate's triggers") {
    if (!test::postgresOrSkip())
        return;
    Team t;
    t.setUp();
    // The worst case: a server whose administrator lets everyone create in the schema again
    // after the team was set up.
    REQUIRE(psqlAdmin(t.db.name(), s("GRANT CREATE ON SCHEMA public TO PUBLIC")).exitCode == 0);
    const Run planted = t.as(
        t.ann,
        s("CREATE TABLE public.hijack (who text, what text); GRANT INSERT, SELECT ON "
          "public.hijack TO PUBLIC; "
          "CREATE FUNCTION public.pg_notify(text, name) RETURNS void LANGUAGE sql AS "
          "$$ INSERT INTO public.hijack VALUES (current_user, 'notify') $$; "
          "CREATE FUNCTION public.to_tsvector(text, text) RETURNS tsvector LANGUAGE sql AS "
          "$$ INSERT INTO public.hijack VALUES (current_user, 'search') RETURNING NULL::tsvector "
          "$$"));
    INFO(planted.err.toStdString());
    REQUIRE(planted.exitCode == 0);
    // The trap is live: an unqualified call from a default search_path lands in it.
    REQUIRE(t.value(t.ann, s("SELECT pg_notify('x', 'y'::name); SELECT count(*) FROM "
                             "public.hijack")) == s("1"));
    REQUIRE(t.value(t.ann, s("DELETE FROM public.hijack RETURNING who")) == t.ann);

    // The owner codes and imports through Situate; Ann codes through psql.
    const QString sheet = t.dir.filePath(s("codings.csv"));
    const Run doc = psqlAdmin(t.db.name(), s("SELECT name FROM documents ORDER BY id LIMIT 1"));
    const Run code = psqlAdmin(t.db.name(), s("SELECT name FROM codes WHERE parent_id IS NULL "
                                              "ORDER BY id LIMIT 1"));
    test::writeFile(sheet, QStringLiteral("document,coder,code,start,end\n%1,Owner,%2,0,5\n")
                               .arg(doc.out, code.out)
                               .toUtf8());
    const Run coded = cli({s("codings"), s("import"), t.db.url(), sheet});
    INFO(coded.err.toStdString());
    CHECK(coded.exitCode == 0);
    const QString text = t.dir.filePath(s("note.txt"));
    test::writeFile(text, "Interviewer: What changed?\n\nLead: The rhythm of learning.\n");
    const Run imported = cli({s("import"), t.db.url(), text});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    t.value(t.ann, s("INSERT INTO codings (uuid, document_id, code_id, coder_id, start, \"end\", "
                     "created, modified) SELECT gen_random_uuid()::text, document_id, code_id, "
                     "coder_id, 70, 80, created, modified FROM codings WHERE id = %1")
                       .arg(t.annCoding));
    CHECK(psqlAdmin(t.db.name(), s("SELECT count(*) FROM public.hijack")).out == s("0"));
    // Every function Situate made runs with a fixed search_path.
    CHECK(psqlAdmin(t.db.name(),
                    s("SELECT count(*) FROM pg_proc WHERE proname LIKE 'situate%' AND NOT "
                      "coalesce(proconfig, '{}') @> '{\"search_path=pg_catalog, pg_temp\"}'"))
              .out == s("0"));
}

TEST_CASE("security: a revoked member can no longer read, in a new session or an open one") {
    if (!test::postgresOrSkip())
        return;
    Team t;
    t.setUp();
    Session open(t.db.name(), t.ann, t.annPw);
    REQUIRE(open.query(s("SELECT count(*) > 0 FROM codings")).out == s("t"));
    const Run revoked = cli({s("team"), s("revoke"), t.db.url(), t.ann});
    INFO(revoked.err.toStdString());
    REQUIRE(revoked.exitCode == 0);
    const Run again = open.query(s("SELECT count(*) FROM codings"));
    INFO(again.out.toStdString());
    CHECK(again.out.contains(s("permission denied")));
    const Run fresh = t.as(t.ann, s("SELECT count(*) FROM codings"));
    CHECK(fresh.exitCode != 0);
    CHECK(fresh.err.contains(s("permission denied")));
    // Bob, still a coder, reads on.
    CHECK(t.value(t.bob, s("SELECT count(*) > 0 FROM codings")) == s("t"));
}
