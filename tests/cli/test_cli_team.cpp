// SPDX-License-Identifier: GPL-3.0-or-later
// situate-cli publish and clone, and the analysis commands on a postgresql:// URL, against
// the server SITUATE_TEST_PG names (tests/pg/cluster). Without it these tests warn and skip.
#include "tests/support/pgtest.h"
#include "tests/support/testsupport.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace situate;
using test::runCli;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

test::ProcessResult mustRun(const QStringList& args) {
    const auto r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString()
         << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

bool serverConfigured() {
    if (test::postgresConfigured())
        return true;
    WARN("SITUATE_TEST_PG is not set: the PostgreSQL CLI tests are skipped");
    return false;
}

} // namespace

TEST_CASE("cli: publish the demo; freq, extracts and agreement on the URL equal the file's; "
          "clone back passes check") {
    if (!serverConfigured())
        return;
    test::TempPgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.available());
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.situate"));
    mustRun({s("demo"), file});
    const auto published = mustRun({s("publish"), file, db.url()});
    CHECK(published.out.startsWith("published "));
    CHECK(published.out.contains("14 documents"));
    // The password never appears in what is printed.
    CHECK_FALSE(published.out.contains(qgetenv("PGPASSWORD")));

    const QVector<QStringList> commands = {
        {s("freq"), s("--by"), s("case")},
        {s("freq"), s("--by"), s("coder"), s("--count"), s("characters")},
        {s("freq"), s("--by"), s("rq"), s("--count"), s("coverage"), s("--descendants")},
        {s("extracts")},
        {s("agreement"), s("--coders"), s("Aisha,Ben")},
        {s("agreement"), s("--coders"), s("Aisha,Ben"), s("--unit"), s("segment")},
        {s("cooccurrence")},
        {s("codes"), s("list")},
        {s("stats"), s("--format"), s("json")},
        {s("check")},
    };
    for (const QStringList& c : commands) {
        QStringList onFile = c, onServer = c;
        const qsizetype at = c.first() == QLatin1String("codes") ? 2 : 1;
        onFile.insert(at, file);
        onServer.insert(at, db.url());
        const auto x = mustRun(onFile);
        const auto y = mustRun(onServer);
        INFO(c.join(QLatin1Char(' ')).toStdString());
        CHECK_FALSE(x.out.isEmpty());
        CHECK(y.out == x.out);
    }

    // An edit on the server, then a clone: the clone has it and passes check.
    const QString sheet = dir.filePath(s("codings.csv"));
    mustRun(
        {s("codes"), s("delete"), db.url(), s("Context/Organisational pressures"), s("--force")});
    const QString clone = dir.filePath(s("clone.situate"));
    const auto cloned = mustRun({s("clone"), db.url(), clone});
    CHECK(cloned.out.startsWith("cloned "));
    CHECK(mustRun({s("check"), clone}).out == "ok\n");
    CHECK(mustRun({s("stats"), clone}).out == mustRun({s("stats"), db.url()}).out);
    CHECK(mustRun({s("stats"), clone}).out != mustRun({s("stats"), file}).out);
    CHECK(mustRun({s("codings"), s("export"), clone, sheet}).exitCode == 0);

    // Neither command overwrites anything.
    const auto again = runCli({s("publish"), file, db.url()});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already holds a Situate project"));
    const auto over = runCli({s("clone"), db.url(), clone});
    CHECK(over.exitCode == 1);
    CHECK(over.err.contains("already exists"));
}

TEST_CASE("cli: publish refuses a database that is not empty, and arguments in the wrong "
          "order") {
    if (!serverConfigured())
        return;
    test::TempPgDatabase db;
    REQUIRE(db.available());
    QTemporaryDir dir;
    const QString file = dir.filePath(s("study.situate"));
    mustRun({s("new"), file});
    mustRun({s("new"), db.url()});
    const auto r = runCli({s("publish"), file, db.url()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("already holds a Situate project"));

    const auto swapped = runCli({s("publish"), db.url(), file});
    CHECK(swapped.exitCode == 1);
    CHECK(swapped.err.contains("already on a server"));
    const auto noUrl = runCli({s("clone"), file, dir.filePath(s("x.situate"))});
    CHECK(noUrl.exitCode == 1);
    CHECK(noUrl.err.contains("postgresql://"));
    CHECK(runCli({s("publish"), file}).exitCode == 2);
}

TEST_CASE("cli: a server that cannot be reached is a clear error") {
    QTemporaryDir dir;
    const QString file = dir.filePath(s("study.situate"));
    mustRun({s("new"), file});
    // Port 1 on the loopback: nothing listens there.
    const auto r = runCli({s("publish"), file, s("postgresql://nobody@127.0.0.1:1/study")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("cannot connect to postgresql://nobody@127.0.0.1:1/study"));
    const auto stats = runCli({s("stats"), s("postgresql://nobody@127.0.0.1:1/study")});
    CHECK(stats.exitCode == 1);
    CHECK(stats.err.contains("cannot connect"));
}

TEST_CASE("cli: team roles are enforced by the server: a viewer reads but cannot write, a "
          "coder codes but cannot change the codebook") {
    if (!serverConfigured())
        return;
    test::TempPgDatabase db;
    REQUIRE(db.available());
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.situate"));
    mustRun({s("demo"), file});
    mustRun({s("publish"), file, db.url()});
    const QString viewer = db.addLoginRole(s("viewer"), s("viewpw1"));
    const QString coder = db.addLoginRole(s("coder"), s("codepw1"));
    REQUIRE_FALSE(viewer.isEmpty());
    REQUIRE_FALSE(coder.isEmpty());
    const QString viewerRole = db.name() + s("_viewer");
    const QString coderRole = db.name() + s("_coder");

    // Before any grant the login role reads nothing.
    CHECK(runCli({s("stats"), viewer}).exitCode == 1);
    const auto granted = mustRun({s("team"), s("grant"), db.url(), s("viewer"), viewerRole});
    CHECK(granted.out.contains("is now viewer of"));
    mustRun({s("team"), s("grant"), db.url(), s("coder"), coderRole});
    CHECK(runCli({s("team"), s("grant"), db.url(), s("admin"), coderRole}).exitCode == 2);
    const auto nobody = runCli({s("team"), s("grant"), db.url(), s("coder"), s("no_such_role")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains("no login role named \"no_such_role\""));

    const QByteArray stats = mustRun({s("stats"), db.url()}).out;
    CHECK(mustRun({s("stats"), viewer}).out == stats);
    CHECK(mustRun({s("freq"), viewer, s("--by"), s("case")}).out ==
          mustRun({s("freq"), db.url(), s("--by"), s("case")}).out);

    // The viewer's write reaches the server and is refused there; nothing changes.
    const auto refused = runCli(
        {s("codes"), s("delete"), viewer, s("Context/Organisational pressures"), s("--force")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("your role in this project does not allow it (permission denied"));
    CHECK(mustRun({s("stats"), db.url()}).out == stats);

    // A coder adds codings (and itself as a coder), but the codebook is the owner's.
    const QString sheet = test::writeFile(
        dir.filePath(s("new.csv")),
        "document,coder,code,start,end,memo\n"
        "duty-of-candour-1-sponsor,Carla,Inputs/Funding and sponsorship,0,40,first pass\n");
    const auto coded = mustRun({s("codings"), s("import"), coder, sheet});
    CHECK(coded.out.contains("1 coding(s) imported"));
    CHECK(mustRun({s("stats"), db.url()}).out != stats);
    const auto codebook = runCli(
        {s("codes"), s("delete"), coder, s("Context/Organisational pressures"), s("--force")});
    CHECK(codebook.exitCode == 1);
    CHECK(codebook.err.contains("permission denied"));
}

TEST_CASE("cli: 8 processes coding into one server project at once: every acknowledged coding "
          "is there exactly once") {
    if (!serverConfigured())
        return;
    test::TempPgDatabase db;
    REQUIRE(db.available());
    QTemporaryDir dir;
    const QString file = dir.filePath(s("demo.situate"));
    mustRun({s("demo"), file});
    mustRun({s("publish"), file, db.url()});
    constexpr int processes = 8, rounds = 4, perSheet = 25;
    QHash<QString, int> acknowledged; // "coder start end" -> times an import that held it succeeded
    for (int r = 0; r < rounds; ++r) {
        std::vector<std::unique_ptr<QProcess>> running;
        QVector<QStringList> keys(processes);
        for (int i = 0; i < processes; ++i) {
            QByteArray csv = "document,coder,code,start,end,memo\n";
            for (int j = 0; j < perSheet; ++j) {
                const int start = (r * perSheet + j) * 10 + i;
                csv += QStringLiteral("duty-of-candour-1-sponsor,Coder %1,Inputs/Funding and "
                                      "sponsorship,%2,%3,round %4\n")
                           .arg(i)
                           .arg(start)
                           .arg(start + 5)
                           .arg(r)
                           .toUtf8();
                keys[i] << QStringLiteral("Coder %1 %2 %3").arg(i).arg(start).arg(start + 5);
            }
            const QString sheet =
                test::writeFile(dir.filePath(QStringLiteral("r%1-p%2.csv").arg(r).arg(i)), csv);
            auto p = std::make_unique<QProcess>();
            p->start(QString::fromUtf8(SITUATE_CLI_PATH),
                     {s("codings"), s("import"), db.url(), sheet});
            running.push_back(std::move(p));
        }
        for (int i = 0; i < processes; ++i) {
            QProcess& p = *running[size_t(i)];
            REQUIRE(p.waitForFinished(300000));
            INFO(p.readAllStandardError().toStdString());
            CHECK(p.exitCode() == 0);
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
                for (const QString& k : keys[i])
                    ++acknowledged[k];
            }
        }
    }
    REQUIRE(acknowledged.size() == processes * rounds * perSheet);
    const QString sheet = dir.filePath(s("all.csv"));
    mustRun({s("codings"), s("export"), db.url(), sheet});
    QHash<QString, int> present;
    const QList<QByteArray> lines = test::readFile(sheet).split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.split(',');
        if (f.size() >= 5 && f[1].startsWith("Coder "))
            ++present[QStringLiteral("%1 %2 %3")
                          .arg(QString::fromUtf8(f[1]), QString::fromUtf8(f[3]),
                               QString::fromUtf8(f[4]))];
    }
    CHECK(present == acknowledged);
    CHECK(mustRun({s("check"), db.url()}).out == "ok\n");
}
