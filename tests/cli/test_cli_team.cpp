// SPDX-License-Identifier: GPL-3.0-or-later
// situate-cli publish and clone, and the analysis commands on a postgresql:// URL, against
// the server SITUATE_TEST_PG names (tests/pg/cluster). Without it these tests warn and skip.
#include "tests/support/teambackend.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace situate;
using test::mustRun;
using test::runCli;
using test::s;

TEST_CASE("cli: publish the demo, freq, extracts and agreement on the URL equal the file's, "
          "and the clone back passes check") {
    if (!test::postgresOrSkip())
        return;
    test::PublishedDemo demo;
    const test::TempPgDatabase& db = demo.db;
    QTemporaryDir& dir = demo.dir;
    const QString& file = demo.file;
    CHECK(demo.published.startsWith("published "));
    CHECK(demo.published.contains("14 documents"));
    // The password never appears in what is printed.
    CHECK_FALSE(demo.published.contains(qgetenv("PGPASSWORD")));

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
    if (!test::postgresOrSkip())
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
    if (!test::postgresOrSkip())
        return;
    test::PublishedDemo demo;
    test::TempPgDatabase& db = demo.db;
    QTemporaryDir& dir = demo.dir;
    const QString viewer = db.addLoginRole(s("viewer"), s("viewpw1"));
    const QString coder = db.addLoginRole(s("coder"), s("codepw1"));
    REQUIRE_FALSE(viewer.isEmpty());
    REQUIRE_FALSE(coder.isEmpty());
    // Each login's password comes from a password file, as a user's would.
    test::UsePassFile passwords(db);
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

    // A coder adds codings as the coder named like their login (and adds that coder), but
    // not in another coder's name: row-level security on the server.
    const QByteArray header = "document,coder,code,start,end,memo\n";
    const QByteArray row = ",Inputs/Funding and sponsorship,0,40,first pass\n";
    const QString forged = test::writeFile(dir.filePath(s("forged.csv")),
                                           header + "duty-of-candour-1-sponsor,Carla" + row);
    const auto notMine = runCli({s("codings"), s("import"), coder, forged});
    INFO(notMine.err.toStdString());
    CHECK(notMine.exitCode == 1);
    CHECK(notMine.err.contains("your role in this project does not allow it"));
    CHECK(notMine.err.contains("new row violates row-level security policy"));
    CHECK(mustRun({s("stats"), db.url()}).out == stats);
    const QString sheet =
        test::writeFile(dir.filePath(s("new.csv")),
                        header + "duty-of-candour-1-sponsor," + coderRole.toUtf8() + row);
    const auto coded = mustRun({s("codings"), s("import"), coder, sheet});
    CHECK(coded.out.contains("1 coding(s) imported"));
    const QByteArray coded1 = mustRun({s("stats"), db.url()}).out;
    CHECK(coded1 != stats);
    const auto codebook = runCli(
        {s("codes"), s("delete"), coder, s("Context/Organisational pressures"), s("--force")});
    INFO(codebook.err.toStdString());
    CHECK(codebook.exitCode == 1);
    // Deleting a code deletes its codings first, and those of other coders are what the
    // server refuses first (row-level security) before the code itself (its grants).
    CHECK(codebook.err.contains("your role in this project does not allow it"));
    CHECK(mustRun({s("stats"), db.url()}).out == coded1);
    const auto question = runCli({s("rq"), s("add"), coder, s("RQ9"), s("Who decides?")});
    INFO(question.err.toStdString());
    CHECK(question.exitCode == 1);
    CHECK(question.err.contains("permission denied"));
    CHECK(mustRun({s("stats"), db.url()}).out == coded1);
}

TEST_CASE("cli: 8 processes coding into one server project for 30 seconds: every acknowledged "
          "coding is there exactly once") {
    if (!test::postgresOrSkip())
        return;
    test::PublishedDemo demo;
    test::TempPgDatabase& db = demo.db;
    QTemporaryDir& dir = demo.dir;
    // Long enough for many imports to overlap; it is how long the clients keep coding, not a
    // limit on anything measured.
    constexpr qint64 runMs = 30000;
    constexpr int processes = 8, perSheet = 5;
    struct Client {
        std::unique_ptr<QProcess> process;
        QStringList keys; // "coder start end" of the sheet it is importing
        int imports = 0;
    };
    std::vector<Client> clients(processes);
    // Each client is a coder of its own login, so the row-level security policies are on
    // every insert while the others write.
    QStringList urls, coders;
    for (int i = 0; i < processes; ++i) {
        urls << test::addMember(db, QStringLiteral("c%1").arg(i), QStringLiteral("pw%1x").arg(i),
                                s("coder"));
        coders << db.name() + QStringLiteral("_c%1").arg(i);
    }
    test::UsePassFile passwords(db);
    QHash<QString, int> acknowledged; // key -> times an import that held it was acknowledged
    int failed = 0;
    auto launch = [&](int i) {
        Client& c = clients[size_t(i)];
        QByteArray csv = "document,coder,code,start,end,memo\n";
        c.keys.clear();
        for (int j = 0; j < perSheet; ++j) {
            // A (coder, start, end) of its own for every row any client ever sends.
            const int n = c.imports * perSheet + j, start = n % 100, end = start + 1 + n / 100;
            csv += QStringLiteral("duty-of-candour-1-sponsor,%1,Inputs/Funding and "
                                  "sponsorship,%2,%3,import %4\n")
                       .arg(coders[i])
                       .arg(start)
                       .arg(end)
                       .arg(c.imports)
                       .toUtf8();
            c.keys << QStringLiteral("%1 %2 %3").arg(coders[i]).arg(start).arg(end);
        }
        const QString sheet =
            test::writeFile(dir.filePath(QStringLiteral("p%1-%2.csv").arg(i).arg(c.imports)), csv);
        ++c.imports;
        c.process = std::make_unique<QProcess>();
        c.process->start(QString::fromUtf8(SITUATE_CLI_PATH),
                         {s("codings"), s("import"), urls[i], sheet});
    };
    // An import is acknowledged when the command said so and exited 0: its edit committed.
    auto collect = [&](Client& c) {
        const QByteArray out = c.process->readAllStandardOutput();
        if (c.process->exitStatus() == QProcess::NormalExit && c.process->exitCode() == 0 &&
            out.contains(QByteArray::number(perSheet) + " coding(s) imported")) {
            for (const QString& k : c.keys)
                ++acknowledged[k];
            return;
        }
        ++failed;
        WARN("an import failed: " << out.toStdString()
                                  << c.process->readAllStandardError().toStdString());
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < processes; ++i)
        launch(i);
    while (clock.elapsed() < runMs) {
        for (int i = 0; i < processes; ++i) {
            Client& c = clients[size_t(i)];
            if (c.process->state() == QProcess::NotRunning || c.process->waitForFinished(10)) {
                collect(c);
                launch(i);
            }
        }
    }
    for (Client& c : clients) {
        REQUIRE(c.process->waitForFinished(300000));
        collect(c);
    }
    CHECK(failed == 0);
    // Every client got through more than one import while the others were writing.
    for (const Client& c : clients)
        CHECK(c.imports > 1);
    REQUIRE(acknowledged.size() >= processes * perSheet);
    const QString sheet = dir.filePath(s("all.csv"));
    mustRun({s("codings"), s("export"), db.url(), sheet});
    QHash<QString, int> present;
    const QList<QByteArray> lines = test::readFile(sheet).split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.split(',');
        if (f.size() >= 5 && coders.contains(QString::fromUtf8(f[1])))
            ++present[QStringLiteral("%1 %2 %3")
                          .arg(QString::fromUtf8(f[1]), QString::fromUtf8(f[3]),
                               QString::fromUtf8(f[4]))];
    }
    CHECK(present == acknowledged);
    CHECK(mustRun({s("check"), db.url()}).out == "ok\n");
}
