// SPDX-License-Identifier: GPL-3.0-or-later
// Several situate-cli processes creating the same codes and coders on one server project at
// once (SITUATE_TEST_PG, tests/pg/cluster), and what a failure on a server says: plain
// words, never the driver's, an SQLSTATE or a password.
#include "core/codetree.h"
#include "tests/core/teambackend.h"
#include "tests/support/pgtest.h"
#include "tests/support/teambackend.h"
#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <catch2/catch.hpp>

#include <memory>
#include <utility>
#include <vector>

using namespace situate;
using test::mustRun;
using test::runCli;
using test::s;

namespace {

// Runs SQL on the test database as its owner (the server's administrator).
void adminSql(const QString& url, const QString& sql) {
    teamtest::sqlRows(url, sql);
}

qint64 serverRollbacks(const QString& url) {
    const QStringList rows = teamtest::sqlRows(
        url, s("SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()"));
    REQUIRE(rows.size() == 1);
    return rows.first().toLongLong();
}

// A table of the test database locked by a connection of the test's own until release():
// clients that write to it wait there together, so they meet when it is released however
// loaded the machine is.
class HeldTable {
public:
    HeldTable(const QString& url, const QString& table)
        : m_name(connections::newName("held")) {
        auto l = dialect::parsePostgresUrl(url);
        REQUIRE(l.ok());
        REQUIRE(connections::openPostgres(m_name, *l).ok());
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        REQUIRE(db.transaction());
        QSqlQuery q(db);
        REQUIRE(q.exec(s("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table)));
    }
    ~HeldTable() {
        release();
        connections::remove(m_name);
    }
    void release() {
        if (std::exchange(m_held, false))
            QSqlDatabase::database(m_name, false).commit();
    }

private:
    QString m_name;
    bool m_held = true;
};

// How many sessions of the test database wait for a lock.
int waitingForLocks(const QString& url) {
    const QStringList rows = teamtest::sqlRows(
        url, s("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
               "wait_event_type = 'Lock'"));
    REQUIRE(rows.size() == 1);
    return rows.first().toInt();
}

// What a user reads must not be the driver's: no QPSQL, "Unable to …", "ERROR:", an SQLSTATE.
void checkPlain(const QByteArray& message) {
    const QString m = QString::fromUtf8(message);
    INFO(m.toStdString());
    CHECK_FALSE(m.trimmed().isEmpty());
    CHECK_FALSE(m.contains(s("QPSQL")));
    CHECK_FALSE(m.contains(s("Unable to")));
    CHECK_FALSE(m.contains(s("ERROR:")));
    CHECK_FALSE(m.contains(s("FATAL:")));
    CHECK_FALSE(QRegularExpression(s("\\([0-9A-Z]{5}\\)")).match(m).hasMatch());
}

} // namespace

TEST_CASE("cli: 4 imports at once creating the same new codes and coders all land, each code "
          "and each coding once") {
    if (!test::postgresOrSkip())
        return;
    test::PublishedDemo demo;
    test::TempPgDatabase& db = demo.db;
    QTemporaryDir& dir = demo.dir;
    const qint64 rollbacksBefore = serverRollbacks(db.url());

    // Every sheet names the same new code paths (and a path of its own) and the same two new
    // coders, each row with a range of its own: the clients race for every code and coder.
    constexpr int processes = 4, rows = 40;
    const QStringList paths = {
        s("Race/Shared/A"), s("Race/Shared/B"), s("Race/Shared/C/Deep"), s("Race/Shared/C/Deeper"),
        s("Race/Other/X"),  s("Race/Other/Y"),  s("Race/Shared/A/Sub"),  s("Race/Own %1")};
    std::vector<std::unique_ptr<QProcess>> clients;
    for (int i = 0; i < processes; ++i) {
        QByteArray csv = "document,coder,code,start,end,memo\n";
        for (int j = 0; j < rows; ++j) {
            const int start = i * rows + j;
            QString path = paths[j % paths.size()];
            path.replace(s("%1"), QString::number(i));
            csv += s("duty-of-candour-1-sponsor,%1,%2,%3,%4,race %5\n")
                       .arg(j % 2 ? s("racer-b") : s("racer-a"), path)
                       .arg(start)
                       .arg(start + 3)
                       .arg(i)
                       .toUtf8();
        }
        const QString sheet = test::writeFile(dir.filePath(s("race%1.csv").arg(i)), csv);
        clients.push_back(std::make_unique<QProcess>());
        clients.back()->setProgram(QString::fromUtf8(SITUATE_CLI_PATH));
        clients.back()->setArguments(
            {s("codings"), s("import"), db.url(), sheet, s("--create-codes")});
    }
    {
        // The clients start one by one on a loaded machine; held at the codes table, they
        // race from the same moment.
        HeldTable codesHeld(db.url(), s("codes"));
        for (auto& c : clients)
            c->start();
        QDeadlineTimer patience(60000);
        while (waitingForLocks(db.url()) < processes && !patience.hasExpired())
            QThread::msleep(50);
    }
    for (auto& c : clients) {
        REQUIRE(c->waitForFinished(120000));
        const QByteArray out = c->readAllStandardOutput(), err = c->readAllStandardError();
        INFO("stdout: " << out.toStdString() << "\nstderr: " << err.toStdString());
        CHECK(c->exitStatus() == QProcess::NormalExit);
        CHECK(c->exitCode() == 0);
        CHECK(out.contains(QByteArray::number(rows) + " coding(s) imported"));
    }

    auto st = Storage::open(db.url(), Storage::Mode::ReadOnly);
    REQUIRE(st.ok());
    const Storage& server = **st;
    // Every code once: each path names one code, and no name repeats under one parent.
    const CodeTree tree(server.codes().value());
    QSet<QString> siblings;
    int raceCodes = 0;
    for (const Code& c : server.codes().value()) {
        const QString path = tree.path(c.id);
        if (!path.startsWith(s("Race")))
            continue;
        ++raceCodes;
        CHECK_FALSE(siblings.contains(QString::number(c.parentId) + s("/") + c.name));
        siblings.insert(QString::number(c.parentId) + s("/") + c.name);
    }
    // Race, Shared, A, B, C, Deep, Deeper, Other, X, Y, Sub and Own 0-3.
    CHECK(raceCodes == 15);
    for (int i = 0; i < processes; ++i)
        CHECK(tree.idByPath(s("Race/Own %1").arg(i)).has_value());
    int racers = 0;
    QSet<qint64> racerIds;
    for (const Coder& c : server.coders().value()) {
        if (c.name.startsWith(s("racer-"))) {
            ++racers;
            racerIds.insert(c.id);
        }
    }
    CHECK(racers == 2);
    // Every coding once.
    QSet<QString> keys;
    int codings = 0;
    for (const Coding& c : server.allCodings().value()) {
        if (!racerIds.contains(c.coderId))
            continue;
        ++codings;
        keys.insert(s("%1 %2 %3 %4").arg(c.coderId).arg(c.codeId).arg(c.start).arg(c.end));
    }
    CHECK(codings == processes * rows);
    CHECK(keys.size() == processes * rows);
    // The clients did meet: the server rolled back the attempts that lost (each was run
    // again and landed).
    const qint64 rollbacks = serverRollbacks(db.url()) - rollbacksBefore;
    WARN("4 concurrent imports: " << codings << " codings, " << raceCodes << " codes, " << rollbacks
                                  << " attempt(s) rolled back and run again");
    CHECK(rollbacks >= 1);
    CHECK(mustRun({s("check"), db.url()}).out == "ok\n");
}

TEST_CASE("cli: a refused write, a conflict that does not resolve and a lost connection read "
          "as plain words, and no password is ever printed") {
    if (!test::postgresOrSkip())
        return;
    test::PublishedDemo demo;
    test::TempPgDatabase& db = demo.db;
    QTemporaryDir& dir = demo.dir;
    const QString& file = demo.file;
    const QString viewer = test::addMember(db, s("viewer"), s("viewpw1"), s("viewer"));
    const QByteArray header = "document,coder,code,start,end,memo\n";
    const QByteArray row = ",Inputs/Funding and sponsorship,0,40,\n";

    // A viewer's write, refused by the server.
    {
        test::UsePassFile passwords(db);
        const auto refused = runCli(
            {s("codes"), s("delete"), viewer, s("Context/Organisational pressures"), s("--force")});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("your role in this project does not allow it"));
        checkPlain(refused.err);
    }
    // A unique key the server refuses on every attempt (as if another client always won):
    // the import gives up after its retries with a message that says what to do.
    adminSql(db.url(), s("CREATE FUNCTION race_always() RETURNS trigger LANGUAGE plpgsql AS $$ "
                         "BEGIN IF NEW.name = 'Twin' THEN RAISE unique_violation USING MESSAGE = "
                         "'duplicate key value violates unique constraint \"coders_name_key\"'; "
                         "END IF; RETURN NEW; END $$; CREATE TRIGGER race_always BEFORE INSERT "
                         "ON coders FOR EACH ROW EXECUTE FUNCTION race_always()"));
    const QString twin = test::writeFile(dir.filePath(s("twin.csv")),
                                         header + "duty-of-candour-1-sponsor,Twin" + row);
    const auto conflict = runCli({s("codings"), s("import"), db.url(), twin});
    CHECK(conflict.exitCode == 1);
    CHECK(conflict.err.contains("a coder of that name already exists: another client has just "
                                "added it"));
    CHECK(conflict.err.contains("try it again"));
    checkPlain(conflict.err);
    // A connection the server ends in the middle of every attempt.
    adminSql(db.url(), s("CREATE FUNCTION cut_off() RETURNS trigger LANGUAGE plpgsql AS $$ "
                         "BEGIN IF NEW.name = 'Cut' THEN PERFORM pg_terminate_backend("
                         "pg_backend_pid()); PERFORM pg_sleep(5); END IF; RETURN NEW; END $$; "
                         "CREATE TRIGGER cut_off BEFORE INSERT ON coders FOR EACH ROW EXECUTE "
                         "FUNCTION cut_off()"));
    const QString cut =
        test::writeFile(dir.filePath(s("cut.csv")), header + "duty-of-candour-1-sponsor,Cut" + row);
    const auto lost = runCli({s("codings"), s("import"), db.url(), cut});
    CHECK(lost.exitCode == 1);
    CHECK(lost.err.contains("the connection to the server was lost"));
    checkPlain(lost.err);

    // A password in the URL is refused, and shown nowhere; nor is a wrong PGPASSWORD.
    QUrl withPassword(viewer);
    withPassword.setPassword(s("hunter2secret"));
    for (const QStringList& args :
         {QStringList{s("stats"), withPassword.toString()},
          QStringList{s("codings"), s("import"), withPassword.toString(), twin},
          QStringList{s("publish"), withPassword.toString(), file},
          QStringList{s("clone"), withPassword.toString(), dir.filePath(s("x.situate"))}}) {
        const auto r = runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode != 0);
        CHECK_FALSE((r.out + r.err).contains("hunter2secret"));
        checkPlain(r.err);
    }
    {
        test::UsePassFile passwords(db);
        qputenv("PGPASSWORD", "wrong-hunter3");
        const auto r = runCli({s("stats"), viewer});
        qunsetenv("PGPASSWORD");
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("did not accept the password"));
        CHECK_FALSE((r.out + r.err).contains("hunter3"));
        checkPlain(r.err);
    }
}
