// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/project.h"
#include "core/reliability/backups.h"
#include "tests/core/newerproject.h"
#include "tests/core/reliabilityhelpers.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <thread>

using namespace situate;
using namespace situate::reliabilitytest;

namespace {

// Sets SITUATE_BACKUPS for one test and puts the old value back.
struct BackupCount {
    explicit BackupCount(int n) {
        had = qEnvironmentVariableIsSet("SITUATE_BACKUPS");
        old = qgetenv("SITUATE_BACKUPS");
        qputenv("SITUATE_BACKUPS", QByteArray::number(n));
    }
    ~BackupCount() {
        if (had)
            qputenv("SITUATE_BACKUPS", old);
        else
            qunsetenv("SITUATE_BACKUPS");
    }
    bool had = false;
    QByteArray old;
};

QByteArray sha(const QString& path) {
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("Opening a project takes a backup, but not again while nothing changed") {
    const BackupCount count(5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.situate"));
    REQUIRE(Project::create(path).ok());
    // Creating is not opening: no backup of an empty new file.
    CHECK_FALSE(QFileInfo::exists(Backups::folder(path)));

    QString first;
    {
        auto p = mustOpen(path);
        first = p->backupPath();
        CHECK(p->backupError().isEmpty());
        CHECK(QFileInfo(first).absolutePath() ==
              dir.filePath(QStringLiteral("study.situate.backups")));
        CHECK(QFileInfo(first).fileName().startsWith(QStringLiteral("study-")));
        addCode(*p, QStringLiteral("Trust"));
    }
    {
        // The edit above changed the file: a second backup, holding it.
        auto p = mustOpen(path);
        CHECK_FALSE(p->backupPath().isEmpty());
        CHECK(p->backupPath() != first);
        CHECK(codeNames(p->backupPath()) == QStringList{QStringLiteral("Trust")});
    }
    {
        auto p = mustOpen(path);
        CHECK(p->backupPath().isEmpty()); // identical to the newest
    }
    const QVector<BackupInfo> all = Backups::list(path);
    REQUIRE(all.size() == 2);
    CHECK(all[1].path == first);
    // The fast path that spares large projects a copy on every open: a backup taken from a
    // settled file carries its modification time.
    CHECK(QFileInfo(all[0].path).lastModified() == QFileInfo(path).lastModified());
    CHECK(codeNames(all[1].path).isEmpty());
    CHECK(all[0].size == QFileInfo(all[0].path).size());
    CHECK(all[0].taken.timeSpec() == Qt::UTC);
    CHECK(qAbs(all[0].taken.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    // Opening with Skip leaves the folder alone.
    addCode(*mustOpen(path, Project::Backup::Skip), QStringLiteral("Reach"));
    CHECK(Backups::list(path).size() == 2);
}

TEST_CASE("A backup taken while the project is open includes edits still in the WAL") {
    const BackupCount count(5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.situate"));
    REQUIRE(Project::create(path).ok());
    auto p = mustOpen(path);
    addCode(*p, QStringLiteral("Uptake"));
    addCode(*p, QStringLiteral("Barriers"));
    auto made = Backups::take(p->storage(), 5);
    REQUIRE(made.ok());
    REQUIRE_FALSE(made->isEmpty());
    CHECK(codeNames(*made) == QStringList{QStringLiteral("Barriers"), QStringLiteral("Uptake")});
}

TEST_CASE("A backup from a snapshot, copied on another thread, is the project as it was when "
          "the snapshot was made, whatever is written meanwhile") {
    const BackupCount count(5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.situate"));
    REQUIRE(Project::create(path).ok());
    auto p = mustOpen(path, Project::Backup::Skip);
    addCode(*p, QStringLiteral("Uptake")); // still in the WAL
    auto held = Backups::hold(path);
    REQUIRE(held.ok());
    addCode(*p, QStringLiteral("Barriers"));
    Result<QString> made = QString();
    std::thread worker([&] { made = Backups::takeFrom(**held, 5); });
    addCode(*p, QStringLiteral("Reach")); // written while the copy may be running
    worker.join();
    REQUIRE(made.ok());
    REQUIRE_FALSE(made->isEmpty());
    CHECK(codeNames(*made) == QStringList{QStringLiteral("Uptake")});
    CHECK(p->storage().codes().value().size() == 3);

    SECTION("a file that is not there is said in plain words") {
        auto missing = Backups::hold(dir.filePath(QStringLiteral("gone/none.situate")));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().startsWith(QStringLiteral("cannot read ")));
    }
}

TEST_CASE("Backups rotate: the newest N and the copy from before the run, in order even within "
          "one second") {
    const BackupCount count(3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rot.situate"));
    REQUIRE(Project::create(path).ok());
    // Five opens, each after a change, within a second or two: backups hold 0, 1, 2, 3, 4
    // codes. The last three (2, 3, 4 codes) remain, and the first of this run of edits
    // (0 codes, the project before it).
    for (int i = 0; i < 5; ++i) {
        auto p = mustOpen(path);
        CHECK_FALSE(p->backupPath().isEmpty());
        addCode(*p, QStringLiteral("C%1").arg(i));
    }
    const QVector<BackupInfo> all = Backups::list(path);
    REQUIRE(all.size() == 4);
    CHECK(codeNames(all[0].path).size() == 4);
    CHECK(codeNames(all[1].path).size() == 3);
    CHECK(codeNames(all[2].path).size() == 2);
    CHECK(codeNames(all[3].path).isEmpty());
    for (int i = 0; i < 4; ++i)
        CHECK(all[i].sequence == QVector<qint64>{5, 4, 3, 1}[i]);
    CHECK(all[0].fileName.endsWith(QStringLiteral("-000005.situate")));
    CHECK(Backups::resolve(path, QStringLiteral("2")) == all[1].path);
    CHECK(Backups::resolve(path, all[2].fileName) == all[2].path);
    CHECK(Backups::resolve(path, QStringLiteral("5")).isEmpty());
}

TEST_CASE("SITUATE_BACKUPS=0 turns automatic backups off") {
    const BackupCount count(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("off.situate"));
    REQUIRE(Project::create(path).ok());
    auto p = mustOpen(path);
    CHECK(p->backupPath().isEmpty());
    CHECK(p->backupError().isEmpty());
    CHECK_FALSE(QFileInfo::exists(Backups::folder(path)));
}

TEST_CASE("A backup that cannot be written is reported and does not block opening") {
    const BackupCount count(5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.situate"));
    REQUIRE(Project::create(path).ok());
    // A file where the folder should be: mkpath fails even for root.
    test::writeFile(Backups::folder(path), "not a folder");
    auto p = mustOpen(path);
    CHECK(p->backupPath().isEmpty());
    CHECK(p->backupError().contains(QStringLiteral("cannot create the backup folder")));
    addCode(*p, QStringLiteral("Still works"));
    CHECK(p->storage().codes().value().size() == 1);
}

TEST_CASE("A copy left half-written by a killed process is cleared by the next backup") {
    const BackupCount count(5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.situate"));
    REQUIRE(Project::create(path).ok());
    const QString part =
        Backups::folder(path) + QStringLiteral("/part-20260101-000000.situate.part");
    test::writeFile(part, "SQLite format 3");
    auto p = mustOpen(path);
    CHECK_FALSE(QFileInfo::exists(part));
    CHECK(Backups::list(path).size() == 1); // .part files are never listed
}

TEST_CASE("Restoring a backup brings its content back and keeps the current one") {
    const BackupCount count(5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("undo.situate"));
    REQUIRE(Project::create(path).ok());
    addCode(*mustOpen(path), QStringLiteral("Old"));
    {
        auto p = mustOpen(path); // backup 1: {Old}
        addCode(*p, QStringLiteral("Mistake"));
    }
    REQUIRE(Backups::list(path).size() == 2); // {} and {Old}
    const QString oldState = Backups::list(path).first().path;
    REQUIRE(codeNames(oldState) == QStringList{QStringLiteral("Old")});
    const QByteArray backupBytes = sha(oldState);

    SECTION("refused while the project is open elsewhere") {
        auto p = mustOpen(path);
        auto r = Backups::restore(path, QStringLiteral("1"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("already open in another Situate process")));
        CHECK(p->storage().codes().value().size() == 2);
    }
    SECTION("a file that is not a project is refused and nothing changes") {
        const QString junk =
            test::writeFile(dir.filePath(QStringLiteral("junk.situate")), QByteArray(8192, 'x'));
        auto r = Backups::restore(path, junk);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("the project is unchanged")));
        CHECK(codeNames(path) == QStringList({QStringLiteral("Mistake"), QStringLiteral("Old")}));
    }
    SECTION("a backup from a newer Situate is refused before anything is copied") {
        const QString future = dir.filePath(QStringLiteral("future.situate"));
        REQUIRE(QFile::copy(oldState, future));
        test::markAsFromNewerSituate(future);
        auto r = Backups::restore(path, future);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QStringLiteral("future.situate cannot be restored: made by a newer "
                                          "version of Situate (project format 999); the "
                                          "project is unchanged"));
        CHECK(codeNames(path) == QStringList({QStringLiteral("Mistake"), QStringLiteral("Old")}));
    }
    SECTION("an unknown backup name") {
        auto r = Backups::restore(path, QStringLiteral("nope.situate"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QStringLiteral("no backup \"nope.situate\" of undo.situate"));
    }
    SECTION("restored") {
        auto r = Backups::restore(path, oldState);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        REQUIRE_FALSE(r->isEmpty());
        CHECK(codeNames(*r) == QStringList({QStringLiteral("Mistake"), QStringLiteral("Old")}));
        CHECK(codeNames(path) == QStringList{QStringLiteral("Old")});
        CHECK(sha(oldState) == backupBytes); // the backup itself is read, never written
        auto p = mustOpen(path, Project::Backup::Skip);
        CHECK(p->storage().checkIntegrity().isEmpty());
        // The restored project is a normal one: edits work and undo is empty.
        CHECK_FALSE(p->undoStack()->canUndo());
        addCode(*p, QStringLiteral("After"));
        CHECK(p->storage().codes().value().size() == 2);
    }
}

TEST_CASE("Restoring a backup deletes no backup, even with the folder full") {
    const BackupCount count(2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.situate"));
    REQUIRE(Project::create(path).ok());
    for (int i = 0; i < 3; ++i)
        addCode(*mustOpen(path), QStringLiteral("K%1").arg(i));
    // Backups hold 2 and 1 codes (the newest two) and 0 (the first of this run); the
    // project has 3.
    const QVector<BackupInfo> before = Backups::list(path);
    REQUIRE(before.size() == 3);
    REQUIRE(codeNames(before[1].path).size() == 1);
    auto r = Backups::restore(path, before[1].fileName);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(codeNames(path) == QStringList{QStringLiteral("K0")});
    // Afterwards every one is still there, and the safety copy (3 codes) is the newest.
    const QVector<BackupInfo> after = Backups::list(path);
    REQUIRE(after.size() == 4);
    CHECK(after[0].path == *r);
    CHECK(codeNames(after[0].path).size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(after[i + 1].path == before[i].path);
}
