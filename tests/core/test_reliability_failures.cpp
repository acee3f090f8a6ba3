// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commands.h"
#include "core/project.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace situate;

namespace {

Status addCode(Project& p, const QString& name) {
    return p.edit(QStringLiteral("Add code"), [&](Editor& e) {
        Code c;
        c.name = name;
        return Status::from(createCode(e, c));
    });
}

} // namespace

TEST_CASE("A project renamed while open keeps everything saved and refuses further edits") {
    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("draft.situate"));
    const QString after = dir.filePath(QStringLiteral("final.situate"));
    {
        auto p = Project::create(before);
        REQUIRE(p.ok());
        // Still in the WAL (named after the old path) when the file is renamed.
        REQUIRE(addCode(**p, QStringLiteral("Before")).ok());
        // Another program (a file manager, a sync client) renames the file under us.
        REQUIRE(QFile::rename(before, after));
        const Status s = addCode(**p, QStringLiteral("After"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error() == QStringLiteral("draft.situate was renamed, moved or deleted while "
                                          "open; nothing more can be saved here. Everything "
                                          "saved before is in the file: open it from its new "
                                          "place to go on"));
        // Undo is a write too, and is refused the same way.
        (*p)->undoStack()->undo();
        CHECK((*p)->storage().codes().value().size() == 1);
    }
    // Closing released the lock and left nothing under the old name.
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        CHECK_FALSE(QFileInfo::exists(before + QLatin1String(suffix)));
    auto reopened = Project::open(after, Project::Backup::Skip);
    INFO(reopened.error().toStdString());
    REQUIRE(reopened.ok());
    QStringList names;
    for (const Code& c : (*reopened)->storage().codes().value())
        names << c.name;
    CHECK(names == QStringList{QStringLiteral("Before")});
    CHECK((*reopened)->storage().checkIntegrity().isEmpty());
    CHECK(addCode(**reopened, QStringLiteral("After")).ok());
}

TEST_CASE("A read-only project file is refused with a clear message and left untouched") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.situate"));
    REQUIRE(Project::create(path).ok());
    const QByteArray bytes = test::readFile(path);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (geteuid() != 0) {
        auto p = Project::open(path);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error() == QStringLiteral("ro.situate: the file is read-only; Situate needs to "
                                          "write to it"));
    } else {
        // chmod does not stop root: situate-cli runs as the unprivileged user nobody, in a
        // folder it may write (for the lock) holding a file it may only read.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (!test::requirePrerequisite(!setpriv.isEmpty(),
                                       "setpriv (util-linux), to run situate-cli as nobody"))
            return;
        REQUIRE(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther | QFile::WriteOther | QFile::WriteGroup));
        const auto r = test::runProcess(
            setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QString::fromUtf8(SITUATE_CLI_PATH),
                      QStringLiteral("stats"), path});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.endsWith("situate-cli: ro.situate: the file is read-only; Situate needs to "
                             "write to it\n"));
    }
    CHECK(test::readFile(path) == bytes);
}
