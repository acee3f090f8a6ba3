// SPDX-License-Identifier: GPL-3.0-or-later
// Backup rotation by sequence number (a clock set back), the copies of earlier days, and
// the permissions of backups and their folder.
#include "core/commands/commands.h"
#include "core/project.h"
#include "core/reliability/backups.h"
#include "tests/core/reliabilityhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace situate;
using namespace situate::reliabilitytest;

namespace {

// Adds a code and takes a backup as if the clock said `when`; returns the backup's path.
QString editAndBackUp(Project& p, const QString& code, int keep, const QDateTime& when) {
    addCode(p, code);
    Result<QString> made = Backups::take(p.storage(), keep, when);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    REQUIRE_FALSE(made->isEmpty());
    return *made;
}

// A new project NAME.situate in `dir`, open without taking a backup of its own.
std::unique_ptr<Project> newProject(const QTemporaryDir& dir, const QString& name, QString* path) {
    *path = dir.filePath(name + QStringLiteral(".situate"));
    REQUIRE(Project::create(*path).ok());
    return mustOpen(*path, Project::Backup::Skip);
}

QStringList paths(const QVector<BackupInfo>& all) {
    QStringList out;
    for (const BackupInfo& b : all)
        out << b.path;
    return out;
}

int mode(const QString& path) {
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

// Sets the process umask for one test.
struct Umask {
    explicit Umask(mode_t m)
        : old(::umask(m)) {}
    ~Umask() { ::umask(old); }
    mode_t old;
};

} // namespace

TEST_CASE("A clock set back does not make the new backup look old: order is by sequence") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clock.situate"));
    REQUIRE(Project::create(path).ok());
    auto p = mustOpen(path, Project::Backup::Skip);
    const QDateTime t0(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    const QString first = editAndBackUp(*p, QStringLiteral("A"), 2, t0);
    const QString second = editAndBackUp(*p, QStringLiteral("B"), 2, t0.addSecs(3600));
    // The clock is set back a day: the copy is still the newest, and kept.
    const QString back = editAndBackUp(*p, QStringLiteral("C"), 2, t0.addDays(-1));
    QVector<BackupInfo> all = Backups::list(path);
    // Keeping two, the oldest by sequence goes; by the clock it would have been this one.
    REQUIRE(paths(all) == QStringList({back, second}));
    CHECK_FALSE(QFileInfo::exists(first));
    CHECK(all[0].taken == t0.addDays(-1));
    CHECK(all[0].sequence == 3);
    CHECK(codeNames(back) ==
          QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    // One more: the newest two by sequence stay.
    const QString next = editAndBackUp(*p, QStringLiteral("D"), 2, t0.addDays(-1).addSecs(60));
    all = Backups::list(path);
    CHECK(paths(all) == QStringList({next, back}));
    CHECK_FALSE(QFileInfo::exists(second));
}

TEST_CASE("Rotation keeps the newest copy of each of the last 7 days and the copy from before "
          "the run") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("days.situate"));
    REQUIRE(Project::create(path).ok());
    auto p = mustOpen(path, Project::Backup::Skip);
    const QDateTime today = QDateTime::currentDateTimeUtc();
    const auto at = [&](int daysAgo, int hour) {
        return QDateTime(today.date().addDays(-daysAgo), QTime(hour, 0), Qt::UTC);
    };
    const QString eightDays = editAndBackUp(*p, QStringLiteral("d8"), 2, at(8, 9));
    const QString threeDays = editAndBackUp(*p, QStringLiteral("d3"), 2, at(3, 9));
    const QString yesterdayMorning = editAndBackUp(*p, QStringLiteral("d1a"), 2, at(1, 9));
    const QString yesterdayEvening = editAndBackUp(*p, QStringLiteral("d1b"), 2, at(1, 18));
    // A run of six edits today, each with its backup, as a script makes them.
    QStringList run;
    for (int i = 0; i < 6; ++i)
        run << editAndBackUp(*p, QStringLiteral("t%1").arg(i), 2, QDateTime());
    // The newest two, the first of the run, yesterday's newest and the newest of three days
    // ago. Eight days ago is past the window; yesterday morning is not the newest of its day.
    CHECK(paths(Backups::list(path)) ==
          QStringList({run[5], run[4], run[0], yesterdayEvening, threeDays}));
    CHECK_FALSE(QFileInfo::exists(eightDays));
    CHECK_FALSE(QFileInfo::exists(yesterdayMorning));
    CHECK(codeNames(run[0]).size() == 5);
}

TEST_CASE("Backups and their folder get the project file's permissions") {
    const Umask umask(022);
    QTemporaryDir dir;
    SECTION("a 0600 project: 0600 copies in a 0700 folder") {
        const QString path = dir.filePath(QStringLiteral("private.situate"));
        REQUIRE(Project::create(path).ok());
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        auto p = mustOpen(path, Project::Backup::Skip);
        const QString made =
            editAndBackUp(*p, QStringLiteral("Secret"), 5, QDateTime::currentDateTimeUtc());
        CHECK(mode(Backups::folder(path)) == 0700);
        CHECK(mode(made) == 0600);
    }
    SECTION("a 0640 project: 0640 copies in a 0750 folder") {
        const QString path = dir.filePath(QStringLiteral("group.situate"));
        REQUIRE(Project::create(path).ok());
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        auto p = mustOpen(path, Project::Backup::Skip);
        const QString made =
            editAndBackUp(*p, QStringLiteral("Shared"), 5, QDateTime::currentDateTimeUtc());
        CHECK(mode(Backups::folder(path)) == 0750);
        CHECK(mode(made) == 0640);
    }
    SECTION("an existing wider folder is narrowed, never widened") {
        const QString path = dir.filePath(QStringLiteral("old.situate"));
        REQUIRE(Project::create(path).ok());
        REQUIRE(QDir().mkdir(Backups::folder(path)));
        REQUIRE(::chmod(QFile::encodeName(Backups::folder(path)).constData(), 0755) == 0);
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        auto p = mustOpen(path, Project::Backup::Skip);
        const QString made =
            editAndBackUp(*p, QStringLiteral("One"), 5, QDateTime::currentDateTimeUtc());
        CHECK(mode(Backups::folder(path)) == 0700);
        CHECK(mode(made) == 0600);
        // The project made readable to all later: the folder stays as narrow as it was.
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        const QString later =
            editAndBackUp(*p, QStringLiteral("Two"), 5, QDateTime::currentDateTimeUtc());
        CHECK(mode(Backups::folder(path)) == 0700);
        CHECK(mode(later) == 0644);
    }
}

TEST_CASE("Deleting a project's backups removes every copy and any half-written one, and "
          "nothing else") {
    QTemporaryDir dir;
    QString path;
    auto p = newProject(dir, QStringLiteral("erase"), &path);
    for (const QString& code : {QStringLiteral("A"), QStringLiteral("B")})
        editAndBackUp(*p, code, 5, QDateTime());
    const QDir folder(Backups::folder(path));
    const QString part =
        folder.filePath(QStringLiteral("erase-20260310-120200-000003.situate.part"));
    const QString other = folder.filePath(QStringLiteral("notes.txt"));
    // Another project's backup in the same folder is not this project's to delete.
    const QString sibling =
        folder.filePath(QStringLiteral("erased-20260310-120000-000001.situate"));
    for (const QString& f : {part, other, sibling}) {
        QFile file(f);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    REQUIRE(Backups::list(path).size() == 2);

    const BackupRemoval removal = Backups::removeAll(path);
    CHECK(removal.removed == 2);
    CHECK(removal.failed.isEmpty());
    CHECK(Backups::list(path).isEmpty());
    CHECK_FALSE(QFileInfo::exists(part));
    CHECK(QFileInfo::exists(other));
    CHECK(QFileInfo::exists(sibling));
    CHECK(folder.exists());
    // Nothing left to delete is no failure.
    CHECK(Backups::removeAll(path).removed == 0);
}
