// SPDX-License-Identifier: GPL-3.0-or-later
// The kill harness: runs a writing situate-cli command, SIGKILLs it at a seeded random
// moment of its measured duration, then checks that `situate-cli check` passes and that
// the project holds exactly the state before or exactly the state after the command.
#include "core/io/csv.h"
#include "core/io/projectcsv.h"
#include "core/project.h"
#include "core/reliability/backups.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <limits>
#include <random>

using namespace situate;

namespace {

constexpr unsigned seed = 20261126;
// Kills wanted per operation (4 x 52 = 208 in all), and the most runs tried for them.
constexpr int killsPerOperation = 52;
constexpr int maxAttempts = 80;

QString cli() {
    return QString::fromUtf8(SITUATE_CLI_PATH);
}

void mustRun(const QStringList& args) {
    const auto r = test::runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

// Everything a user would notice, without timestamps: counts, documents with their
// lengths and every coding as document, coder, code path and span, order-free.
QByteArray fingerprint(const QString& path) {
    auto p = Project::open(path, Project::Backup::Skip);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    const Storage& s = (*p)->storage();
    const ProjectStats st = s.stats();
    QByteArrayList lines;
    lines << QByteArray::number(st.documents) + ' ' + QByteArray::number(st.cases) + ' ' +
                 QByteArray::number(st.codes) + ' ' + QByteArray::number(st.coders) + ' ' +
                 QByteArray::number(st.codings) + ' ' + QByteArray::number(st.characters);
    for (const DocumentInfo& d : s.documents().value())
        lines << "doc " + d.name.toUtf8() + ' ' + QByteArray::number(d.length) + ' ' +
                     d.contentHash.toLatin1();
    QByteArrayList codings = exportCodings(s).value().split('\n');
    std::sort(codings.begin(), codings.end());
    lines += codings;
    return QCryptographicHash::hash(lines.join('\n'), QCryptographicHash::Sha256).toHex();
}

// Removes a project with everything a killed process may have left beside it.
void removeProject(const QString& path) {
    for (const QString& suffix :
         {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm"),
          QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
    QDir(Backups::folder(path)).removeRecursively();
}

/// Tallies of one operation's kill runs.
struct Tally {
    int killed = 0;         // the process died of SIGKILL
    int finished = 0;       // it finished before its kill time
    int foundBefore = 0;    // after the kill: the state before the command
    int foundAfter = 0;     // after the kill: the state after the command
    int staleLocks = 0;     // a lock file was left behind and cleared by the next open
    int partialBackups = 0; // a half-written .part backup was left behind
    qint64 durationMs = 0;  // the uninterrupted run
    qint64 totalMs = 0;     // the whole harness for this operation
};

// Runs `args` (with {W} standing for the working copy) on copies of `before`, killing it
// at random moments (uniform in [0, D] and in [0.6 D, D] by turns, D its duration),
// until killsPerOperation runs were killed.
Tally killRuns(const QString& name, const QString& before, const QStringList& args,
               QTemporaryDir& dir) {
    QElapsedTimer total;
    total.start();
    Tally t;
    auto argsFor = [&](const QString& w) {
        QStringList a = args;
        a.replaceInStrings(QStringLiteral("{W}"), w);
        return a;
    };
    const QByteArray beforePrint = fingerprint(before);

    // Two uninterrupted runs: the shorter duration (a loaded machine makes the first run
    // slow) and the state after.
    const QString full = dir.filePath(name + QStringLiteral("-full.situate"));
    t.durationMs = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 2; ++run) {
        removeProject(full);
        REQUIRE(QFile::copy(before, full));
        QElapsedTimer clock;
        clock.start();
        mustRun(argsFor(full));
        t.durationMs = std::min(t.durationMs, std::max<qint64>(clock.elapsed(), 1));
    }
    const QByteArray afterPrint = fingerprint(full);
    REQUIRE(afterPrint != beforePrint);

    std::mt19937 rng(seed + unsigned(qHash(name)));
    // Every other kill lands in the last part of the run, where the transaction is written
    // and committed; the others anywhere from process start to exit. D shrinks to the
    // fastest run seen, so a loaded machine does not push kill times past the end.
    double d = double(t.durationMs);
    for (int i = 0; t.killed < killsPerOperation && i < maxAttempts; ++i) {
        const QString w = dir.filePath(QStringLiteral("%1-%2.situate").arg(name).arg(i));
        REQUIRE(QFile::copy(before, w));
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        const int delay = int(i % 2 ? d * (0.6 + 0.4 * u) : d * u);
        QProcess proc;
        proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        proc.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer runClock;
        runClock.start();
        proc.start(cli(), argsFor(w));
        REQUIRE(proc.waitForStarted(10000));
        if (proc.waitForFinished(delay)) {
            ++t.finished;
            d = std::min(d, double(std::max<qint64>(runClock.elapsed(), 1)));
        } else {
            proc.kill(); // SIGKILL on Unix
            REQUIRE(proc.waitForFinished(10000));
            if (proc.exitStatus() == QProcess::CrashExit)
                ++t.killed;
            else
                ++t.finished;
        }
        if (QFileInfo::exists(w + QStringLiteral(".lock")))
            ++t.staleLocks;
        if (!QDir(Backups::folder(w)).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty())
            ++t.partialBackups;

        // The next process clears the dead one's lock and recovers from the WAL.
        const auto check = test::runCli({QStringLiteral("check"), w});
        INFO(name.toStdString() << " run " << i << " killed after " << delay
                                << " ms: " << check.err.toStdString());
        REQUIRE(check.exitCode == 0);
        REQUIRE(check.out == "ok\n");
        CHECK_FALSE(QFileInfo::exists(w + QStringLiteral(".lock")));
        const QByteArray print = fingerprint(w);
        // `check` only reads, so it takes no backup; the next backup (the GUI opening the
        // project, or a command's first edit) clears a copy the dead process left half-written.
        {
            auto reopened = Project::open(w, Project::Backup::Take);
            REQUIRE(reopened.ok());
        }
        CHECK(
            QDir(Backups::folder(w)).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        CHECK(fingerprint(w) == print);
        const bool isBefore = print == beforePrint, isAfter = print == afterPrint;
        CHECK((isBefore || isAfter));
        t.foundBefore += isBefore;
        t.foundAfter += isAfter;
        removeProject(w);
    }
    t.totalMs = total.elapsed();
    std::cout << "kill harness " << name.toStdString() << ": " << t.killed << " killed, "
              << t.finished << " finished first; state before " << t.foundBefore << ", after "
              << t.foundAfter << "; stale locks cleared " << t.staleLocks
              << ", half-written backups cleared " << t.partialBackups << "; run " << t.durationMs
              << " ms, harness " << t.totalMs << " ms (seed " << seed << ")\n";
    return t;
}

// A folder of `count` plain-text transcripts of about 12 KB each, distinct texts.
QString transcripts(QTemporaryDir& dir, int count) {
    const QString folder = dir.filePath(QStringLiteral("transcripts"));
    for (int i = 0; i < count; ++i) {
        QByteArray text;
        for (int line = 0; line < 120; ++line)
            text += QByteArray(line % 2 ? "Interviewer: " : "Participant: ") + "In site " +
                    QByteArray::number(i) + ", turn " + QByteArray::number(line) +
                    ", we talked about how the network helped members reach each other.\n";
        test::writeFile(
            folder + QStringLiteral("/interview-%1.txt").arg(i, 3, 10, QLatin1Char('0')), text);
    }
    return folder;
}

// The demo's codings re-assigned to `coders` new coders: 178 x coders rows.
QString codingsSheet(QTemporaryDir& dir, const QString& demo, int coders) {
    const QString exported = dir.filePath(QStringLiteral("demo-codings.csv"));
    mustRun({QStringLiteral("codings"), QStringLiteral("export"), demo, exported});
    auto table = csv::readFile(exported);
    REQUIRE(table.ok());
    const int coderColumn = table->column(QStringLiteral("coder"));
    REQUIRE(coderColumn >= 0);
    csv::Writer w;
    w.writeRow(table->header);
    for (int k = 0; k < coders; ++k) {
        for (QStringList row : table->rows) {
            row[coderColumn] = QStringLiteral("Coder %1").arg(k);
            w.writeRow(row);
        }
    }
    return test::writeFile(dir.filePath(QStringLiteral("more-codings.csv")), w.data());
}

struct Fixture {
    QTemporaryDir dir;
    QString demo;
    QString empty;
    Fixture() {
        demo = dir.filePath(QStringLiteral("demo.situate"));
        mustRun({QStringLiteral("demo"), demo});
        empty = dir.filePath(QStringLiteral("empty.situate"));
        mustRun({QStringLiteral("new"), empty});
    }
};

int totalKilled = 0;

// What every harness run must show: enough kills, some of them before the command wrote
// anything; the kills are added to the total reported at the end.
void checkKills(const Tally& t) {
    CHECK(t.killed >= 50);
    CHECK(t.foundBefore > 0);
    totalKilled += t.killed;
}

} // namespace

TEST_CASE("Kill harness: bulk import of documents is all or nothing", "[kill]") {
    Fixture f;
    const QString folder = transcripts(f.dir, 30);
    const Tally t = killRuns(QStringLiteral("import"), f.empty,
                             {QStringLiteral("import"), QStringLiteral("{W}"), folder}, f.dir);
    checkKills(t);
    CHECK(t.staleLocks > 0);
}

TEST_CASE("Kill harness: codings import is all or nothing", "[kill]") {
    Fixture f;
    const QString sheet = codingsSheet(f.dir, f.demo, 4);
    const Tally t = killRuns(
        QStringLiteral("codings"), f.demo,
        {QStringLiteral("codings"), QStringLiteral("import"), QStringLiteral("{W}"), sheet}, f.dir);
    checkKills(t);
    CHECK(t.staleLocks > 0);
}

TEST_CASE("Kill harness: merge is all or nothing", "[kill]") {
    Fixture f;
    // The other project: the demo plus 4 coders' codings, so a merge adds 4 x 178.
    const QString other = f.dir.filePath(QStringLiteral("other.situate"));
    REQUIRE(QFile::copy(f.demo, other));
    mustRun({QStringLiteral("codings"), QStringLiteral("import"), other,
             codingsSheet(f.dir, f.demo, 4)});
    const Tally t = killRuns(QStringLiteral("merge"), f.demo,
                             {QStringLiteral("merge"), QStringLiteral("{W}"), other}, f.dir);
    checkKills(t);
    // The other project was only read, and the lock a killed merge left on it is cleared by
    // the next process at once: also when a process killed while clearing it left an empty
    // .rmlock (tests/core/test_project_open.cpp), or the dead owner's id already names
    // another running situate-cli (other harnesses start hundreds of them).
    const auto check = test::runCli({QStringLiteral("check"), other});
    INFO(check.err.toStdString());
    CHECK(check.out == "ok\n");
}

TEST_CASE("Kill harness: a project-wide pseudonymisation is all or nothing", "[kill]") {
    Fixture f;
    // Every transcript's speaker labels and a participant code: every document changes.
    QTemporaryDir keys; // the key must lie outside the project's folder
    const QString list = test::writeFile(keys.filePath(QStringLiteral("list.csv")),
                                         "find,replace\nInterviewer,INT\nP03,Person A\n");
    const Tally t = killRuns(QStringLiteral("pseudonymise"), f.demo,
                             {QStringLiteral("pseudonymise"), QStringLiteral("{W}"), list,
                              QStringLiteral("--key"), keys.filePath(QStringLiteral("key.csv"))},
                             f.dir);
    checkKills(t);
}

TEST_CASE("Kill harness: REFI-QDA project import is all or nothing", "[kill]") {
    Fixture f;
    const QString qdpx = f.dir.filePath(QStringLiteral("demo.qdpx"));
    mustRun({QStringLiteral("qdpx"), QStringLiteral("export"), f.demo, qdpx});
    const Tally t = killRuns(
        QStringLiteral("qdpx"), f.empty,
        {QStringLiteral("qdpx"), QStringLiteral("import"), QStringLiteral("{W}"), qdpx}, f.dir);
    checkKills(t);
}

// A command-line import is written through SQLite's rollback journal (each page once; core/
// storage/rollbackjournal.h). Killed while that journal is on disk, the file holds part of
// the import: the next open must undo it (the read-only check alone could not) and leave
// the project as it was, in WAL mode again.
TEST_CASE("An import killed with its rollback journal on disk is undone on the next open",
          "[kill]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("transcripts"));
    REQUIRE(QDir().mkpath(folder));
    std::mt19937 rng(seed);
    for (int i = 0; i < 400; ++i) {
        QFile f(QStringLiteral("%1/t%2.txt").arg(folder).arg(i, 3, 10, QLatin1Char('0')));
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text;
        while (text.size() < 60000)
            text += "Speaker " + QByteArray::number(int(rng() % 7)) + ": word" +
                    QByteArray::number(int(rng() % 5000)) + " and more words here.\n";
        f.write(text);
    }
    const QString project = dir.filePath(QStringLiteral("study.situate"));
    mustRun({QStringLiteral("new"), project});
    {
        QFile first(dir.filePath(QStringLiteral("first.txt")));
        REQUIRE(first.open(QIODevice::WriteOnly));
        first.write("Interviewer: How did the first term go?\nAisha: Better than I feared.\n");
    }
    mustRun({QStringLiteral("import"), project, dir.filePath(QStringLiteral("first.txt"))});
    const QByteArray before = fingerprint(project);
    const QString journal = project + QStringLiteral("-journal");

    // Killed once the file itself has grown: SQLite writes the file only after the journal
    // holds what undoes it (synchronous = FULL), so the journal left is one to roll back. An
    // import that commits between the look and the kill is run again from the same copy.
    const QString pristine = dir.filePath(QStringLiteral("pristine.situate"));
    REQUIRE(QFile::copy(project, pristine));
    const qint64 startSize = QFileInfo(project).size();
    bool hot = false;
    for (int attempt = 0; attempt < 5 && !hot; ++attempt) {
        removeProject(project);
        REQUIRE(QFile::copy(pristine, project));
        QProcess proc;
        proc.setStandardOutputFile(QProcess::nullDevice());
        proc.setStandardErrorFile(QProcess::nullDevice());
        proc.start(cli(), {QStringLiteral("import"), project, folder});
        REQUIRE(proc.waitForStarted(10000));
        QElapsedTimer clock;
        clock.start();
        while (!(QFileInfo::exists(journal) && QFileInfo(project).size() > startSize) &&
               proc.state() == QProcess::Running && clock.elapsed() < 60000)
            QThread::msleep(1);
        proc.kill();
        REQUIRE(proc.waitForFinished(10000));
        hot = proc.exitStatus() == QProcess::CrashExit && QFileInfo(journal).size() > 0 &&
              QFileInfo(project).size() > startSize;
    }
    REQUIRE(hot);

    const auto stats = test::runCli({QStringLiteral("stats"), project});
    INFO(stats.err.toStdString());
    CHECK(stats.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(journal));
    mustRun({QStringLiteral("check"), project});
    CHECK(fingerprint(project) == before);

    // Imported whole afterwards, and back in WAL mode, with no journal left.
    mustRun({QStringLiteral("import"), project, folder});
    CHECK_FALSE(QFileInfo::exists(journal));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
        db.setDatabaseName(project);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("wal"));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM documents")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 401);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mode"));
}
