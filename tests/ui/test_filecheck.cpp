// SPDX-License-Identifier: GPL-3.0-or-later
// A project file damaged on disk opens quickly (opening reads the header and the schema only)
// and the window, reading every page on a worker thread once it shows the project, says so in
// a banner above the transcript with a way to restore a backup.
#include "core/demo/demobuilder.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/testprompter.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/mainwindow/filecheck.h"
#include "ui/mainwindow/mainwindow.h"

#include <QFileInfo>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

// Pages written last sit at the end of the file: a table filled after everything else, whose
// pages are then overwritten with garbage, damages nothing the window reads on opening.
void damageTheEnd(const QString& path) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("filler"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(s("CREATE TABLE filler(b BLOB)")));
        for (int i = 0; i < 200; ++i)
            REQUIRE(q.exec(s("INSERT INTO filler VALUES (randomblob(3000))")));
        REQUIRE(q.exec(s("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(s("filler"));
    QFile::remove(path + s("-wal"));
    QFile::remove(path + s("-shm"));
    QByteArray bytes = test::readFile(path);
    for (qsizetype at = bytes.size() - 40 * 4096; at < bytes.size(); at += 4096)
        bytes.replace(at, 64, QByteArray(64, '\xAB'));
    test::writeFile(path, bytes);
}

} // namespace

TEST_CASE("ui file check: a project damaged on disk opens, and a banner says it is damaged") {
    test::TestSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(s("demo.situate"));
    REQUIRE(buildDemoProject(path).ok());
    {
        // A sound project: the check finds nothing and no banner shows.
        MainWindow window(std::make_shared<test::TestPrompter>());
        REQUIRE(window.openProject(path));
        window.show();
        test::waitFor([&] { return !window.fileCheck()->isRunning(); });
        QCoreApplication::processEvents();
        CHECK_FALSE(window.findChild<QWidget*>(s("damageBanner"))->isVisible());
    }
    damageTheEnd(path);
    REQUIRE_FALSE(QFileInfo::exists(path + s("-wal")));

    auto prompter = std::make_shared<test::TestPrompter>();
    MainWindow window(prompter);
    window.resize(1400, 900);
    REQUIRE(window.openProject(path)); // a clean close before: no page-by-page read
    window.show();
    auto* banner = window.findChild<QWidget*>(s("damageBanner"));
    REQUIRE(banner);
    test::waitFor([&] { return banner->isVisible(); });
    const QString text = window.findChild<QLabel*>(s("damageText"))->text();
    CHECK(text.contains(s("damaged")));
    CHECK(text.contains(s("Restore backup")));
    CHECK(window.findChild<QWidget*>(s("damageRestoreButton"))->isVisible());
    for (const QString& m : prompter->messages)
        CHECK_FALSE(m.contains(s("malformed")));
    // Dismissed, it stays away.
    QTest::mouseClick(window.findChild<QWidget*>(s("damageDismissButton")), Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());
}
