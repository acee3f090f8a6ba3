// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a project: files that are not usable projects are refused and left untouched; a
// project open in one process is refused by another, and a lock left by a killed process
// never keeps it shut.
#include "core/commands/commands.h"
#include "core/platform.h"
#include "core/project.h"
#include "tests/core/newerproject.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QByteArray sha(const QString& path) {
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

using test::textDocument;

// Opening `path` fails with `words` in its message and leaves the file as it was.
void checkRefusedUntouched(const QString& path, const QString& words) {
    const QByteArray before = sha(path);
    auto p = Project::open(path);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(QFileInfo(path).fileName()));
    CHECK(p.error().contains(words));
    CHECK(sha(path) == before);
}

void mustEdit(Project& p, const std::function<Status(Editor&)>& fn) {
    Status s = p.edit(QStringLiteral("test"), fn);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// The id of a process that has ended: a situate-cli run to its end, and reaped.
qint64 endedProcessId() {
    QProcess p;
    p.start(QString::fromUtf8(SITUATE_CLI_PATH), {QStringLiteral("--version")});
    REQUIRE(p.waitForStarted(10000));
    const qint64 pid = p.processId();
    REQUIRE(p.waitForFinished(10000));
    REQUIRE(pid > 0);
    return pid;
}

// A lock file as QLockFile writes it for process `pid` of `program` on this computer.
void writeLock(const QString& lockPath, qint64 pid,
               const QString& program = QStringLiteral("situate-cli")) {
    test::writeFile(lockPath, QByteArray::number(pid) + '\n' + program.toUtf8() + '\n' +
                                  QSysInfo::machineHostName().toUtf8() + '\n' +
                                  QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() +
                                  '\n');
}

} // namespace

TEST_CASE("Opening files that are not usable projects fails clearly and leaves them untouched") {
    QTemporaryDir dir;
    SECTION("a text file") {
        const QString path =
            test::writeFile(dir.filePath(QStringLiteral("notes.situate")), "Interviewer: hello\n");
        checkRefusedUntouched(path, QStringLiteral("not a Situate project"));
    }
    SECTION("an SQLite database of another application") {
        const QString path = dir.filePath(QStringLiteral("other.situate"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        checkRefusedUntouched(path, QStringLiteral("not a Situate project"));
    }
    SECTION("a project from a newer Situate") {
        const QString path = dir.filePath(QStringLiteral("future.situate"));
        REQUIRE(Project::create(path).ok());
        test::markAsFromNewerSituate(path);
        checkRefusedUntouched(path, QStringLiteral("newer version of Situate"));
    }
    SECTION("a damaged project") {
        const QString path = dir.filePath(QStringLiteral("damaged.situate"));
        {
            auto p = Project::create(path);
            REQUIRE(p.ok());
            mustEdit(**p, [](Editor& e) {
                for (int i = 0; i < 200; ++i) {
                    auto r = addDocument(e, textDocument(QStringLiteral("d%1").arg(i),
                                                         QString(2000, QLatin1Char('a' + i % 26)) +
                                                             QString::number(i)));
                    if (!r)
                        return Status::failure(r.error());
                }
                return Status();
            });
        }
        // Checkpointed on close; overwrite pages in the middle with garbage.
        QByteArray bytes = test::readFile(path);
        REQUIRE(bytes.size() > 64 * 1024);
        for (qsizetype i = 8192; i < bytes.size() - 4096; i += 4096)
            bytes.replace(i + 100, 64, QByteArray(64, '\xAB'));
        test::writeFile(path, bytes);
        const QByteArray before = sha(path);
        REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // closed cleanly

        // After a clean close, opening reads the header and the schema only: the damage shows
        // where it is read, in plain words, never as data, and in the full check.
        {
            auto p = Project::open(path);
            if (p) {
                const Storage& storage = (*p)->storage();
                const Status pages = storage.quickCheck();
                CHECK_FALSE(pages.ok());
                CHECK(pages.error().contains(QStringLiteral("damaged")));
                CHECK_FALSE(storage.checkIntegrity().isEmpty());
                bool metDamage = false;
                for (int i = 1; i <= 200 && !metDamage; ++i) {
                    const std::optional<Document> d = storage.document(i);
                    metDamage = !d;
                }
                const Result<QVector<Coding>> all = storage.allCodings();
                const Result<QVector<DocumentInfo>> docs = storage.documents();
                const Status read = !docs ? Status::from(docs) : Status::from(all);
                if (!read.ok()) {
                    CHECK(read.error().contains(QStringLiteral("damaged")));
                    CHECK_FALSE(read.error().contains(QStringLiteral("malformed")));
                }
                CHECK((metDamage || !read.ok()));
            } else {
                CHECK(p.error().contains(QStringLiteral("damaged")));
            }
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        test::writeFile(path, bytes);

        // A reader that is not Situate (an sqlite3 shell, a backup tool) leaves an empty WAL
        // behind, a read-only connection cannot remove it: no unclean close, so opening
        // still reads only the header and the schema, and the damage shows where it is read.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            REQUIRE(db.open());
            QSqlQuery q(db);
            CHECK(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        {
            auto p = Project::open(path);
            REQUIRE(p.ok());
            CHECK_FALSE((*p)->storage().quickCheck().ok());
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        test::writeFile(path, bytes);

        // After an unclean close (a WAL left behind with frames a crash may have cut short),
        // opening reads every page and refuses.
        test::writeFile(path + QStringLiteral("-wal"), QByteArray(4096 + 32, '\0'));
        auto p = Project::open(path);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().contains(QStringLiteral("damaged")));
        CHECK(sha(path) == before);
    }
    SECTION("a large project cut short") {
        // Opening checks the page count instead of running quick_check
        // (core/storage/README.md); a copy truncated half way must still be refused.
        const QString path = dir.filePath(QStringLiteral("large.situate"));
        REQUIRE(Project::create(path).ok());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("large"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE filler(b BLOB)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO filler VALUES (zeroblob(70000000))")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("large"));
        REQUIRE(QFileInfo(path).size() > 64 * 1024 * 1024);
        REQUIRE(Project::open(path).ok()); // whole: opens
        QFile f(path);
        REQUIRE(f.resize(f.size() / 2));
        checkRefusedUntouched(path, QStringLiteral("damaged"));
    }
    SECTION("a missing file") {
        auto p = Project::open(dir.filePath(QStringLiteral("missing.situate")));
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().contains(QStringLiteral("no such file")));
    }
}

TEST_CASE("A project open in one process is refused by another") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.situate"));
    auto p = Project::create(path);
    REQUIRE(p.ok());
    const auto r = test::runCli({QStringLiteral("stats"), path});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("already open in another Situate process"));
    p = Result<std::unique_ptr<Project>>(nullptr);
    const auto r2 = test::runCli({QStringLiteral("stats"), path});
    CHECK(r2.exitCode == 0);
}

TEST_CASE("A project reached through a symbolic link and through its real path has one lock") {
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real/study.situate"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("real"))));
    REQUIRE(Project::create(real).ok());
    // A link to the file, and a link to the folder holding it.
    const QString fileLink = dir.filePath(QStringLiteral("link.situate"));
    REQUIRE(QFile::link(real, fileLink));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("real")),
                        dir.filePath(QStringLiteral("folder-link"))));
    const QString folderLink = dir.filePath(QStringLiteral("folder-link/study.situate"));
    const QStringList ways{real, fileLink, folderLink};
    for (const QString& first : ways) {
        for (const QString& second : ways) {
            if (first == second)
                continue;
            CAPTURE(first.toStdString(), second.toStdString());
            auto p = Project::open(first, Project::Backup::Skip);
            REQUIRE(p.ok());
            const auto r = test::runCli({QStringLiteral("codes"), QStringLiteral("list"), second});
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains("already open in another Situate process"));
        }
    }
    // Closed, every way in opens it again.
    for (const QString& way : ways)
        CHECK(test::runCli({QStringLiteral("stats"), way}).exitCode == 0);
}

TEST_CASE("A lock file left without an owner by a killed process does not lock users out") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.situate"));
    REQUIRE(Project::create(path).ok());
    // What a SIGKILL between QLockFile creating the file and writing its process id leaves:
    // an empty lock (the kill harness met it). A lock naming a live process still refuses.
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.close();
    auto p = Project::open(path);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    const auto r = test::runCli({QStringLiteral("stats"), path});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("already open in another Situate process"));
}

TEST_CASE("A lock that names a process started after the lock was written is a killed "
          "process's, whose id came round again") {
#ifndef Q_OS_LINUX
    WARN("process start times are read from /proc: Linux only");
    return;
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.situate"));
    {
        auto p = Project::create(path);
        REQUIRE(p.ok());
    }
    // This test process stands for a later Situate that was given the dead owner's id.
    const QString program =
        QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).fileName();
    const QString lockPath = QFileInfo(path).canonicalFilePath() + QStringLiteral(".lock");
    const QDateTime started = platform::processStart(QCoreApplication::applicationPid());
    REQUIRE(started.isValid());
    const auto setWritten = [&](const QDateTime& when) {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::ReadWrite));
        REQUIRE(lock.setFileTime(when, QFileDevice::FileModificationTime));
    };
    const auto refused = [&] {
        auto p = Project::open(path);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().contains(QStringLiteral("already open in another Situate process")));
    };
    {
        // Taken now by a process that runs and holds it: a real owner, refused. Also when
        // the lock was written within a second of its start, where the start time cannot
        // tell: the owner's hold on the file (its flock) does.
        QLockFile owner(lockPath);
        REQUIRE(owner.tryLock(0));
        refused();
        setWritten(started);
        refused();
    }
    // Written within that second but held by no one: the process with the id is not its
    // owner.
    writeLock(lockPath, QCoreApplication::applicationPid(), program);
    setWritten(started);
    {
        auto p = Project::open(path);
        INFO(p.error().toStdString());
        CHECK(p.ok());
    }
    // Written an hour before that process started: not its lock.
    writeLock(lockPath, QCoreApplication::applicationPid(), program);
    setWritten(started.addSecs(-3600));
    auto opened = Project::open(path);
    INFO(opened.error().toStdString());
    CHECK(opened.ok());
}

TEST_CASE("A lock whose dead owner's clearing was cut short by a kill does not keep the "
          "project shut") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.situate"));
    REQUIRE(Project::create(path).ok());
    const QString lockPath = QFileInfo(path).canonicalFilePath() + QStringLiteral(".lock");
    const QString rmlockPath = lockPath + QStringLiteral(".rmlock");
    // What the kill harness's merge left: the lock of a killed process, and beside it the
    // empty .rmlock of the next one, killed between QLockFile creating that file (to clear
    // the dead owner's lock) and writing its id into it. QLockFile counts that one as held
    // for 30 seconds, and the project stayed shut that long although no process had it.
    writeLock(lockPath, endedProcessId());
    test::writeFile(rmlockPath, QByteArray());
    const auto check = test::runCli({QStringLiteral("check"), path});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out == "ok\n");
    CHECK_FALSE(QFileInfo::exists(lockPath));
    CHECK_FALSE(QFileInfo::exists(rmlockPath));

    // An .rmlock a live process holds stays with it; the dead owner's lock goes all the same.
    writeLock(lockPath, endedProcessId());
    QLockFile held(rmlockPath);
    REQUIRE(held.tryLock(0));
    {
        auto p = Project::open(path, Project::Backup::Skip);
        INFO(p.error().toStdString());
        CHECK(p.ok());
        CHECK(QFileInfo::exists(rmlockPath));
    }
    held.unlock();

    // A lock its owner holds (this process) still refuses, an empty .rmlock beside it or not.
    QLockFile owner(lockPath);
    REQUIRE(owner.tryLock(0));
    test::writeFile(rmlockPath, QByteArray());
    auto refused = Project::open(path, Project::Backup::Skip);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("already open in another Situate process")));
    CHECK(owner.isLocked());
    CHECK(QFileInfo::exists(lockPath));
}
