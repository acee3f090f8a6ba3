// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/project.h"
#include "core/reliability/backups.h"
#include "tests/core/reliabilityhelpers.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace situate;
using reliabilitytest::addCode;

namespace {

// Sets SITUATE_BACKUPS for the commands run while it lives, and removes it again.
struct BackupCount {
    explicit BackupCount(int n) { qputenv("SITUATE_BACKUPS", QByteArray::number(n)); }
    ~BackupCount() { qunsetenv("SITUATE_BACKUPS"); }
};

QStringList lines(const QByteArray& bytes) {
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray sha(const QString& path) {
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

void mustRun(const QStringList& args) {
    const auto r = test::runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QByteArray codingsCsv(QTemporaryDir& dir, const QString& project) {
    const QString csv = dir.filePath(QStringLiteral("codings-out.csv"));
    QFile::remove(csv);
    mustRun({QStringLiteral("codings"), QStringLiteral("export"), project, csv});
    return test::readFile(csv);
}

/// A tmpfs mounted for one test (root only), unmounted when the test ends.
struct TmpfsMount {
    QString point;
    bool mounted = false;
    TmpfsMount(const QString& where, const QString& size)
        : point(where) {
        QDir().mkpath(point);
        mounted =
            geteuid() == 0 &&
            test::runProcess(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=") + size, QStringLiteral("tmpfs"), point})
                    .exitCode == 0;
    }
    bool remount(const QString& options) const {
        return test::runProcess(QStringLiteral("mount"),
                                {QStringLiteral("-o"), QStringLiteral("remount,") + options, point})
                   .exitCode == 0;
    }
    ~TmpfsMount() {
        if (mounted)
            test::runProcess(QStringLiteral("umount"), {QStringLiteral("-l"), point});
    }
};

// Appends to `path` until the file system says it is full.
void fillDisk(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'f');
    while (f.write(block) == block.size() && f.flush()) {
    }
    // The last partial block: fill the remaining bytes one KB at a time.
    const QByteArray small(1024, 'f');
    while (f.write(small) == small.size() && f.flush()) {
    }
}

} // namespace

TEST_CASE("situate-cli backups lists the automatic backups, and restore brings one back") {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("study.situate"));
    mustRun({QStringLiteral("demo"), project});

    const auto none = test::runCli({QStringLiteral("backups"), project});
    CHECK(none.exitCode == 0);
    CHECK(none.out ==
          "no backups in " + QDir::toNativeSeparators(Backups::folder(project)).toUtf8() + '\n');

    // Read-only commands never copy the file.
    mustRun({QStringLiteral("stats"), project});
    CHECK(Backups::list(project).isEmpty());
    // The first edit of a session backs up first (the demo as built); the next command's
    // edit backs up the file with the question in it (adding the same question again
    // changes nothing, so the file then equals that backup).
    const QStringList addRq{QStringLiteral("rq"), QStringLiteral("add"), project,
                            QStringLiteral("RQ9"), QStringLiteral("Does the backup keep this?")};
    mustRun(addRq);
    mustRun(addRq);
    mustRun({QStringLiteral("stats"), project});
    mustRun(addRq); // unchanged since: no third backup

    const auto listed = test::runCli({QStringLiteral("backups"), project});
    REQUIRE(listed.exitCode == 0);
    const QStringList rows = lines(listed.out);
    REQUIRE(rows.size() == 2);
    const QRegularExpression row(
        QStringLiteral("^(\\d)\\tstudy-\\d{8}-\\d{6}(-\\d+)?\\.situate\\t\\d{4}-\\d\\d-\\d\\d "
                       "\\d\\d:\\d\\d:\\d\\d "
                       "UTC\\t(\\d+) bytes$"));
    for (int i = 0; i < 2; ++i) {
        const auto m = row.match(rows[i]);
        INFO(rows[i].toStdString());
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1).toInt() == i + 1);
        CHECK(m.captured(3).toLongLong() == Backups::list(project)[i].size);
    }
    REQUIRE(
        test::runCli({QStringLiteral("rq"), QStringLiteral("list"), project}).out.contains("RQ9"));
    const QByteArray codings = codingsCsv(dir, project);

    SECTION("restore the oldest: the question is gone, the current state is kept") {
        const QString oldest = Backups::list(project)[1].fileName;
        const auto r = test::runCli({QStringLiteral("restore"), project, QStringLiteral("2")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QStringList out = lines(r.out);
        REQUIRE(out.size() == 2);
        CHECK(out[0] == QStringLiteral("restored %1 into study.situate").arg(oldest));
        // The newest backup already held the current content (nothing changed since).
        CHECK(out[1] == QStringLiteral("the previous content was already in the newest backup"));
        CHECK_FALSE(test::runCli({QStringLiteral("rq"), QStringLiteral("list"), project})
                        .out.contains("RQ9"));
        CHECK(codingsCsv(dir, project) == codings);
        CHECK(test::runCli({QStringLiteral("check"), project}).out == "ok\n");
        // Restoring the newest again brings the question back (the commands since only
        // read, so they took no backup).
        const auto again = test::runCli({QStringLiteral("backups"), project});
        REQUIRE(lines(again.out).size() == 2);
        const QString newestWithRq = lines(again.out).at(0).section(QLatin1Char('\t'), 1, 1);
        mustRun({QStringLiteral("restore"), project, newestWithRq});
        CHECK(test::runCli({QStringLiteral("rq"), QStringLiteral("list"), project})
                  .out.contains("RQ9"));
    }
    SECTION("restore is refused while the project is open elsewhere") {
        const QByteArray before = sha(project);
        auto open = Project::open(project, Project::Backup::Skip);
        REQUIRE(open.ok());
        const auto r = test::runCli({QStringLiteral("restore"), project, QStringLiteral("2")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("already open in another Situate process"));
        open = Result<std::unique_ptr<Project>>(nullptr);
        CHECK(sha(project) == before);
    }
    SECTION("unknown backups and projects") {
        const auto r = test::runCli({QStringLiteral("restore"), project, QStringLiteral("7")});
        CHECK(r.exitCode == 1);
        CHECK(r.err == "situate-cli: no backup \"7\" of study.situate\n");
        const auto m =
            test::runCli({QStringLiteral("backups"), dir.filePath(QStringLiteral("none.situate"))});
        CHECK(m.exitCode == 1);
        CHECK(m.err == "situate-cli: none.situate: no such file\n");
    }
}

TEST_CASE("Five scripted edit commands in a row keep a copy from before the script") {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("script.situate"));
    mustRun({QStringLiteral("new"), project});
    // Yesterday's backup (taken through the core API with the clock set to yesterday), then
    // one more edit today before the script starts.
    {
        auto p = Project::open(project, Project::Backup::Skip);
        REQUIRE(p.ok());
        addCode(**p, QStringLiteral("Yesterday"));
        const auto made =
            Backups::take((*p)->storage(), 2, QDateTime::currentDateTimeUtc().addDays(-1));
        REQUIRE(made.ok());
        addCode(**p, QStringLiteral("Before the script"));
    }
    const QString yesterday = Backups::list(project).at(0).path;
    // The script: five edit commands, each backing up before its edit, keeping only two.
    {
        const BackupCount keepTwo(2);
        for (int i = 1; i <= 5; ++i)
            mustRun({QStringLiteral("rq"), QStringLiteral("add"), project,
                     QStringLiteral("RQ%1").arg(i), QStringLiteral("Question %1").arg(i)});
    }
    const QVector<BackupInfo> all = Backups::list(project);
    // The newest two (before RQ5, before RQ4), the first of the script's run (the project
    // just before the script) and yesterday's.
    REQUIRE(all.size() == 4);
    CHECK(all[3].path == yesterday);
    // What `codes list` or `rq list` prints for a copy of a backup.
    const auto listed = [&](const char* what, const QString& backup) {
        const QString copy = dir.filePath(QStringLiteral("copy.situate"));
        QFile::remove(copy);
        REQUIRE(QFile::copy(backup, copy));
        return test::runCli({QLatin1String(what), QStringLiteral("list"), copy}).out;
    };
    const auto codesIn = [&](const QString& backup) {
        return listed("codes", backup);
    };
    const auto questionsIn = [&](const QString& backup) {
        return listed("rq", backup);
    };
    CHECK(codesIn(all[2].path).contains("Before the script"));
    CHECK_FALSE(questionsIn(all[2].path).contains("RQ1"));
    CHECK_FALSE(codesIn(all[3].path).contains("Before the script"));
    CHECK(codesIn(all[3].path).contains("Yesterday"));
    CHECK(questionsIn(all[0].path).contains("RQ4"));
    CHECK_FALSE(questionsIn(all[0].path).contains("RQ5"));
    CHECK(lines(test::runCli({QStringLiteral("backups"), project}).out).size() == 4);
}

TEST_CASE("A project on a read-only file system is refused clearly and left untouched") {
    QTemporaryDir dir;
    TmpfsMount mount(dir.filePath(QStringLiteral("ro")), QStringLiteral("16m"));
    if (!test::requirePrerequisite(mount.mounted, "root and tmpfs, to mount a read-only file "
                                                  "system"))
        return;
    const QString project = mount.point + QStringLiteral("/study.situate");
    mustRun({QStringLiteral("demo"), project});
    const QByteArray before = sha(project);
    const QString sheet =
        test::writeFile(dir.filePath(QStringLiteral("c.csv")), "document,coder,code,start,end\n");

    SECTION("the whole folder read-only") {
        REQUIRE(mount.remount(QStringLiteral("ro")));
        const auto r =
            test::runCli({QStringLiteral("codings"), QStringLiteral("import"), project, sheet});
        CHECK(r.exitCode == 1);
        CHECK(r.err == "situate-cli: study.situate: cannot create the lock file beside it (is "
                       "the folder read-only?)\n");
    }
    SECTION("only the file read-only (a read-only bind mount of it)") {
        REQUIRE(
            test::runProcess(QStringLiteral("mount"), {QStringLiteral("--bind"), project, project})
                .exitCode == 0);
        REQUIRE(test::runProcess(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), project})
                    .exitCode == 0);
        const auto r =
            test::runCli({QStringLiteral("codings"), QStringLiteral("import"), project, sheet});
        test::runProcess(QStringLiteral("umount"), {project});
        CHECK(r.exitCode == 1);
        CHECK(r.err == "situate-cli: study.situate: the file is read-only; Situate needs to "
                       "write to it\n");
        CHECK(QFileInfo::exists(project + QStringLiteral(".lock")) == false);
    }
    CHECK(sha(project) == before);
}

TEST_CASE("On a full disk an import fails clearly and the project keeps its content") {
    QTemporaryDir dir;
    TmpfsMount mount(dir.filePath(QStringLiteral("full")), QStringLiteral("6m"));
    if (!test::requirePrerequisite(mount.mounted, "root and tmpfs, to mount a small file "
                                                  "system and fill it"))
        return;
    const QString project = mount.point + QStringLiteral("/study.situate");
    mustRun({QStringLiteral("demo"), project});
    const QByteArray codings = codingsCsv(dir, project);
    const QByteArray docsBefore =
        test::runCli({QStringLiteral("documents"), QStringLiteral("list"), project}).out;
    QByteArray big;
    for (int i = 0; big.size() < 3 * 1024 * 1024; ++i)
        big += "Participant: line " + QByteArray::number(i) + " of a long transcript.\n";
    const QString file = test::writeFile(dir.filePath(QStringLiteral("long interview.txt")), big);

    // No backup yet, so the next open must try to write one.
    REQUIRE(QDir(Backups::folder(project)).removeRecursively());
    const QString filler = mount.point + QStringLiteral("/filler");
    fillDisk(filler);
    SECTION("not a byte left: refused before anything is written") {
        const auto r = test::runCli({QStringLiteral("import"), project, file});
        CHECK(r.exitCode == 1);
        CHECK(r.err == "situate-cli: study.situate: the disk holding it is full; free some space "
                       "and open it again (nothing was changed)\n");
    }
    SECTION("a little space: the backup and then the import itself run out of it") {
        // 256 KB: enough for the lock and SQLite's shared-memory file, not for a backup of
        // the demo nor for a 3 MB document.
        REQUIRE(QFile::resize(filler, QFileInfo(filler).size() - 256 * 1024));
        const auto r = test::runCli({QStringLiteral("import"), project, file});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("could not back up study.situate: database or disk is full\n"));
        CHECK(r.err.endsWith("situate-cli: the disk holding study.situate is full; nothing of "
                             "\"Import long interview\" was saved. Free some space and try "
                             "again\n"));
    }
    // With space again, nothing half-written is found and nothing was lost.
    QFile::remove(filler);
    const auto check = test::runCli({QStringLiteral("check"), project});
    INFO(check.err.toStdString());
    CHECK(check.out == "ok\n");
    CHECK(codingsCsv(dir, project) == codings);
    CHECK(test::runCli({QStringLiteral("documents"), QStringLiteral("list"), project}).out ==
          docsBefore);
}
