// SPDX-License-Identifier: GPL-3.0-or-later
// What a postgresql:// URL may say: no password, a known list of settings each once, and
// encryption to any server that is not on this computer. Then, against the test server
// (SITUATE_TEST_PG), that the messages of a failed connection are plain words.
#include "core/location.h"
#include "core/project.h"
#include "core/storage/dialect.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/teamqueries.h"
#include "core/team/teamroles.h"
#include "tests/core/teambackend.h"
#include "tests/support/pgtest.h"

#include <QRegularExpression>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::teamtest;

namespace {

// No driver's words, SQLSTATE or password in a message a user reads.
void checkPlain(const QString& message, const QString& secret = {}) {
    INFO(message.toStdString());
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(message.contains(s("QPSQL")));
    CHECK_FALSE(message.contains(s("Unable to")));
    CHECK_FALSE(message.contains(s("ERROR:")));
    CHECK_FALSE(message.contains(s("FATAL:")));
    CHECK_FALSE(QRegularExpression(s("\\([0-9A-Z]{5}\\)")).match(message).hasMatch());
    if (!secret.isEmpty())
        CHECK_FALSE(message.contains(secret));
}

// Opening `location` is refused with a plain message that says `expected`.
void checkOpenRefused(const QString& location, const char* expected) {
    auto p = Project::open(location);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(s(expected)));
    checkPlain(p.error());
}

// Sets an environment variable for one scope, as it was after.
struct EnvScope {
    QByteArray name, before;
    bool wasSet;
    EnvScope(const char* n, const QByteArray& value)
        : name(n)
        , before(qgetenv(n))
        , wasSet(qEnvironmentVariableIsSet(n)) {
        if (value.isNull())
            qunsetenv(n);
        else
            qputenv(n, value);
    }
    ~EnvScope() {
        if (wasSet)
            qputenv(name.constData(), before);
        else
            qunsetenv(name.constData());
    }
};

// connectOptions() without the setting every connection ends with (the server's NOTICEs off).
QString settings(const dialect::PostgresLocation& l) {
    QString all = dialect::connectOptions(l);
    const QString quiet = s(";options='-c client_min_messages=warning'");
    REQUIRE(all.endsWith(quiet));
    all.chop(quiet.size());
    return all;
}

} // namespace

TEST_CASE("PostgreSQL URLs name user, host, port, database and settings, and one with a "
          "password is refused without showing it") {
    auto l = dialect::parsePostgresUrl(
        s("postgresql://coder%40uni@db.example.org:6543/cop_study?sslmode=verify-full&"
          "sslrootcert=/etc/ssl/team%20ca.pem"));
    REQUIRE(l.ok());
    CHECK(l->user == s("coder@uni"));
    CHECK(l->password.isEmpty());
    CHECK(l->host == s("db.example.org"));
    CHECK(l->port == 6543);
    CHECK(l->database == s("cop_study"));
    CHECK(l->option(s("sslmode")) == s("verify-full"));
    CHECK(l->option(s("sslrootcert")) == s("/etc/ssl/team ca.pem"));
    CHECK(dialect::displayUrl(*l).startsWith(
        s("postgresql://coder%40uni@db.example.org:6543/cop_study?sslmode=verify-full&")));
    // What Situate shows opens the same project again (workers and recent projects do).
    auto again = dialect::parsePostgresUrl(dialect::displayUrl(*l));
    INFO(again.error().toStdString());
    REQUIRE(again.ok());
    CHECK(again->options == l->options);
    // Every value goes to libpq quoted, so that none can start a setting of its own.
    CHECK(settings(*l) == s("connect_timeout=10;sslmode='verify-full';"
                            "sslrootcert='/etc/ssl/team ca.pem'"));
    auto plain = dialect::parsePostgresUrl(s("postgres://ana@localhost/study"));
    REQUIRE(plain.ok());
    CHECK(plain->port == -1);
    CHECK(dialect::displayUrl(*plain) == s("postgresql://ana@localhost/study"));
    CHECK_FALSE(dialect::parsePostgresUrl(s("postgresql://ana@localhost/")).ok());
    CHECK_FALSE(dialect::parsePostgresUrl(s("postgresql://ana@localhost/a/b")).ok());
    CHECK_FALSE(dialect::parsePostgresUrl(s("postgresql://h/db?bad;key=1")).ok());
    CHECK(isServerLocation(s("POSTGRESQL://h/db")));
    CHECK_FALSE(isServerLocation(s("/home/ana/postgresql.situate")));

    for (const QString& url : {s("postgresql://coder:s3cret@db.example.org/study"),
                               s("postgresql://coder:s3cret@127.0.0.1:5432/study"),
                               s("postgresql://coder:@localhost/study")}) {
        auto refused = dialect::parsePostgresUrl(url);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(s("a password in the URL is not accepted")));
        CHECK(refused.error().contains(s("PGPASSWORD")));
        CHECK(refused.error().contains(s("~/.pgpass")));
        checkPlain(refused.error(), s("s3cret"));
        // Opening says the same, and no message names it.
        auto p = Project::open(url);
        REQUIRE_FALSE(p.ok());
        checkPlain(p.error(), s("s3cret"));
    }
    CHECK_FALSE(safeLocation(s("postgresql://coder:s3cret@h/db")).contains(s("s3cret")));
    CHECK(safeLocation(s("/home/ana/study.situate")) == s("/home/ana/study.situate"));
}

TEST_CASE("PostgreSQL URLs take only known settings, each once, so none overrides another") {
    const auto refused = [](const QString& query, const char* words) {
        auto l = dialect::parsePostgresUrl(s("postgresql://ana@db.example.org/study?") + query);
        INFO(query.toStdString());
        REQUIRE_FALSE(l.ok());
        INFO(l.error().toStdString());
        CHECK(l.error().contains(s(words)));
        CHECK_FALSE(l.error().contains(s("hunter2")));
    };
    // A later sslmode would win in libpq: the second one is refused, whatever it says.
    refused(s("sslmode=require&sslmode=disable"), "given twice");
    refused(s("sslmode=verify-full&sslmode=verify-full"), "given twice");
    refused(s("sslmode=require&ssl%6Dode=disable"), "given twice"); // the same name, encoded
    refused(s("password=hunter2"), "password does not belong in the URL");
    refused(s("passfile=/tmp/x"), "password does not belong in the URL");
    refused(s("host=evil.example.org"), "would override the server");
    refused(s("hostaddr=10.0.0.1"), "would override the server");
    refused(s("service=prod"), "would override the server");
    refused(s("dbname=other"), "would override the server");
    refused(s("options=-csearch_path%3Devil"), "not a setting Situate passes on");
    refused(s("client_encoding=LATIN1"), "not a setting Situate passes on");
    refused(s("SSLMODE=disable"), "not a connection setting");
    refused(s("application_name=x%27%20sslmode%3Ddisable%3Bx"), "may not");
    refused(s("sslmode=sometimes"), "sslmode must be one of");

    // A value with quotes or spaces stays one value.
    auto l = dialect::parsePostgresUrl(
        s("postgresql://ana@db.example.org/study?application_name=it%27s%20sslmode%3Ddisable"));
    REQUIRE(l.ok());
    CHECK(settings(*l) ==
          s("connect_timeout=10;sslmode=require;application_name='it\\'s sslmode=disable'"));
    auto timeout =
        dialect::parsePostgresUrl(s("postgresql://ana@localhost/study?connect_timeout=3"));
    REQUIRE(timeout.ok());
    CHECK(settings(*timeout) == s("connect_timeout='3'"));
}

TEST_CASE("A server on another computer is reached encrypted: sslmode=require unless the URL "
          "asks for verification, and no unencrypted mode") {
    EnvScope host("PGHOST", QByteArray()), addr("PGHOSTADDR", QByteArray()),
        mode("PGSSLMODE", QByteArray());
    const auto options = [](const QString& url) {
        auto l = dialect::parsePostgresUrl(url);
        INFO(url.toStdString() << ": " << l.error().toStdString());
        REQUIRE(l.ok());
        return settings(*l);
    };
    CHECK(options(s("postgresql://ana@db.example.org/study")) ==
          s("connect_timeout=10;sslmode=require"));
    CHECK(options(s("postgresql://ana@10.1.2.3:5432/study")).contains(s("sslmode=require")));
    CHECK(options(s("postgresql://ana@[2001:db8::1]/study")).contains(s("sslmode=require")));
    CHECK(options(s("postgresql://ana@128.0.0.1/study")).contains(s("sslmode=require")));
    CHECK(
        options(s("postgresql://ana@127.0.0.1.example.org/study")).contains(s("sslmode=require")));
    CHECK(options(s("postgresql://ana@db.example.org/study?sslmode=verify-full")) ==
          s("connect_timeout=10;sslmode='verify-full'"));
    CHECK(options(s("postgresql://ana@db.example.org/study?sslmode=verify-ca")) ==
          s("connect_timeout=10;sslmode='verify-ca'"));
    // This computer: loopback addresses and sockets keep libpq's default.
    for (const char* local :
         {"postgresql://ana@127.0.0.1/study", "postgresql://ana@127.8.9.10:5433/study",
          "postgresql://ana@localhost/study", "postgresql://ana@LocalHost/study",
          "postgresql://ana@[::1]/study", "postgresql:///study"})
        CHECK(options(s(local)) == s("connect_timeout=10"));
    CHECK(options(s("postgresql://ana@localhost/study?sslmode=disable")) ==
          s("connect_timeout=10;sslmode='disable'"));

    // Asking for less than encryption to another computer is refused, with the reason.
    for (const char* weak : {"disable", "allow", "prefer"}) {
        auto l = dialect::parsePostgresUrl(s("postgresql://ana@db.example.org/study?sslmode=") +
                                           s(weak));
        REQUIRE_FALSE(l.ok());
        CHECK(l.error().contains(s("unencrypted")));
        CHECK(l.error().contains(s("sslmode=%1").arg(s(weak))));
    }
    // With no host in the URL libpq takes PGHOST (and always PGHOSTADDR): those count too.
    {
        EnvScope remote("PGHOST", "db.example.org");
        CHECK(options(s("postgresql:///study")).contains(s("sslmode=require")));
        CHECK_FALSE(dialect::parsePostgresUrl(s("postgresql:///study?sslmode=prefer")).ok());
    }
    {
        EnvScope socket("PGHOST", "/var/run/postgresql");
        CHECK(options(s("postgresql:///study")) == s("connect_timeout=10"));
    }
    {
        EnvScope remote("PGHOSTADDR", "192.0.2.7");
        CHECK(options(s("postgresql://ana@localhost/study")).contains(s("sslmode=require")));
    }
    // PGSSLMODE asking for verification is not weakened to require.
    {
        EnvScope verify("PGSSLMODE", "verify-full");
        CHECK(options(s("postgresql://ana@db.example.org/study")) == s("connect_timeout=10"));
    }
    {
        EnvScope weak("PGSSLMODE", "disable");
        CHECK(options(s("postgresql://ana@db.example.org/study")).contains(s("sslmode=require")));
    }
}

TEST_CASE("PostgreSQL: a connection that fails says why in plain words") {
    Backend b;
    if (!prepare(b, s("postgres")))
        return;
    auto admin = Project::create(b.location);
    REQUIRE(admin.ok());
    const QString url = b.pg->addLoginRole(s("eve"), s("evepw1"));
    REQUIRE_FALSE(url.isEmpty());
    // Before any grant the login may not read the project: said so, without the driver's
    // words.
    auto ungranted = Project::open(url, Project::Backup::Skip, {b.pg->passwordFor(url)});
    REQUIRE_FALSE(ungranted.ok());
    CHECK(ungranted.kind() == ErrorKind::Refused);
    CHECK(ungranted.error().contains(s("may not read the project")));
    checkPlain(ungranted.error());
    REQUIRE(
        grantTeamRole((*admin)->mutableStorage(), TeamRole::Viewer, b.pg->name() + s("_eve")).ok());

    // The wrong password: kind Authentication (the window then asks for one).
    auto wrong = Project::open(url, Project::Backup::Skip, {s("not-evepw1")});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.kind() == ErrorKind::Authentication);
    CHECK(wrong.error().contains(s("did not accept the password")));
    checkPlain(wrong.error(), s("not-evepw1"));
    // No password at all where the server wants one.
    {
        EnvScope none("PGPASSWORD", QByteArray());
        EnvScope noFile("PGPASSFILE", "/nonexistent/pgpass");
        auto missing = Project::open(url);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.kind() == ErrorKind::Authentication);
        CHECK(missing.error().contains(s("wants a password")));
        checkPlain(missing.error());
    }
    // The right one, given as the window gives it.
    auto right = Project::open(url, Project::Backup::Skip, {b.pg->passwordFor(url)});
    INFO(right.error().toStdString());
    REQUIRE(right.ok());
    CHECK_FALSE((*right)->path().contains(s("evepw1")));

    // No such database; nothing listening.
    QUrl other(b.location);
    other.setPath(s("/no_such_database_here"));
    checkOpenRefused(other.toString(), "no such database");
    checkOpenRefused(s("postgresql://nobody@127.0.0.1:1/study"), "no server answers there");
    // Encryption required of a server that offers none (the test server has no SSL).
    QUrl strict(b.location);
    strict.setQuery(s("sslmode=require"));
    checkOpenRefused(strict.toString(), "no encrypted connection");
}
