// SPDX-License-Identifier: GPL-3.0-or-later
// File > Publish to server and File > Clone server project (ui/mainwindow/teamcopy.h) on a
// real PostgreSQL server (tests/pg/cluster; skipped without SITUATE_TEST_PG, never under CI):
// the copy runs behind a progress dialog, and Cancel leaves nothing behind.
#include "core/generate/generator.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/pgtest.h"
#include "tests/support/waitfor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/servercontroller.h"
#include "ui/mainwindow/teamcopy.h"

#include <QAction>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

ProjectStats statsOf(const QString& location) {
    auto project = Project::open(location, Project::Backup::Skip);
    INFO(project.error().toStdString());
    REQUIRE(project.ok());
    return (*project)->storage().stats();
}

// Waits for the copy to end and returns whether it copied.
bool waitForCopy(QSignalSpy& finished) {
    test::waitFor([&] { return !finished.isEmpty(); }, 120000);
    REQUIRE(finished.size() == 1);
    return finished.takeFirst().at(0).toBool();
}

// Clicks Cancel on the copy's progress dialog once it shows and has counted some rows.
void cancelWhenUnderway(MainWindow& window) {
    QProgressDialog* progress = nullptr;
    test::waitFor([&] {
        progress = window.findChild<QProgressDialog*>(QStringLiteral("teamCopyProgress"));
        return progress && progress->isVisible() && progress->value() > 0;
    });
    auto* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
}

// A database without a project in it: opening it fails (and changes nothing there).
bool isEmptyDatabase(const QString& url) {
    return !Storage::open(url, Storage::Mode::Open).ok();
}

} // namespace

TEST_CASE("team copy ui: File > Publish copies the open project to an empty server database, "
          "and File > Clone brings it back as a new file that opens") {
    if (!test::postgresOrSkip())
        return;
    test::TempPgDatabase db;
    test::DemoWindow w;
    auto* publish = w.find<QAction>("publishServerAction");
    REQUIRE(w.find<QAction>("cloneServerAction")->isEnabled());
    REQUIRE(publish->isEnabled());
    const ProjectStats demo = w.storage().stats();
    REQUIRE(demo.codings == 178);

    TeamCopyController* copies = w.window.server()->copies();
    QSignalSpy finished(copies, &TeamCopyController::finished);
    w.prompter->answer = false; // not to open the server project afterwards
    REQUIRE(copies->publishTo(db.url()));
    CHECK(copies->isBusy());
    REQUIRE(waitForCopy(finished));
    CHECK(w.messages.isEmpty());
    REQUIRE(w.prompter->questions.size() == 1);
    CHECK(w.prompter->questions.first().contains(QStringLiteral("178 codings")));
    CHECK(w.window.statusBar()->currentMessage().startsWith(QStringLiteral("Published")));
    const ProjectStats onServer = statsOf(db.url());
    CHECK(onServer.codings == demo.codings);
    CHECK(onServer.documents == demo.documents);
    CHECK(onServer.codes == demo.codes);
    CHECK(w.window.project()->storage().isFile()); // the window keeps the file open

    // Publishing again into the same database is refused in words; nothing changes there.
    REQUIRE(copies->publishTo(db.url()));
    CHECK_FALSE(waitForCopy(finished));
    REQUIRE(w.messages.size() == 1);
    INFO(w.messages.first().toStdString());
    CHECK(w.messages.first().contains(QStringLiteral("already holds a Situate project")));
    CHECK(statsOf(db.url()).codings == demo.codings);

    const QString clone = w.dir.filePath(QStringLiteral("clone.situate"));
    REQUIRE(copies->cloneFrom(db.url(), clone));
    REQUIRE(waitForCopy(finished));
    REQUIRE(w.window.project());
    CHECK(QFileInfo(w.window.project()->storage().path()) == QFileInfo(clone));
    CHECK(w.window.project()->storage().stats().codings == demo.codings);
}

TEST_CASE("team copy ui: Cancel during a publish leaves the database empty, and during a clone "
          "leaves no file, and both can run again") {
    if (!test::postgresOrSkip())
        return;
    test::TempPgDatabase db;
    test::DemoWindow w;
    // A project big enough that the copy is still running when Cancel is clicked.
    const QString big = w.dir.filePath(QStringLiteral("big.situate"));
    REQUIRE(generateProject(big, {.documents = 20, .words = 1500, .codings = 40000}).ok());
    REQUIRE(w.window.openProject(big));
    const qint64 codings = w.storage().stats().codings;

    TeamCopyController* copies = w.window.server()->copies();
    QSignalSpy finished(copies, &TeamCopyController::finished);
    w.prompter->answer = false;
    REQUIRE(copies->publishTo(db.url()));
    cancelWhenUnderway(w.window);
    CHECK_FALSE(waitForCopy(finished));
    CHECK(w.messages.isEmpty()); // a cancel is no failure to report
    CHECK(w.window.statusBar()->currentMessage().startsWith(QStringLiteral("Cancelled")));
    CHECK(isEmptyDatabase(db.url()));

    REQUIRE(copies->publishTo(db.url()));
    REQUIRE(waitForCopy(finished));
    CHECK(statsOf(db.url()).codings == codings);

    const QString clone = w.dir.filePath(QStringLiteral("clone.situate"));
    REQUIRE(copies->cloneFrom(db.url(), clone));
    cancelWhenUnderway(w.window);
    CHECK_FALSE(waitForCopy(finished));
    CHECK_FALSE(QFileInfo::exists(clone));
    CHECK(QFileInfo(w.window.project()->storage().path()) == QFileInfo(big));

    REQUIRE(copies->cloneFrom(db.url(), clone));
    REQUIRE(waitForCopy(finished));
    REQUIRE(QFileInfo(w.window.project()->storage().path()) == QFileInfo(clone));
    CHECK(w.window.project()->storage().stats().codings == codings);
}
