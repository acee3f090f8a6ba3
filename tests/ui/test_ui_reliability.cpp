// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/demo/demobuilder.h"
#include "core/generate/generator.h"
#include "core/project.h"
#include "core/reliability/backups.h"
#include "tests/support/demowindow.h"
#include "tests/support/testsupport.h"
#include "tests/support/waitfor.h"
#include "ui/documentview/documentview.h"
#include "ui/mainwindow/backupcontroller.h"
#include "ui/mainwindow/codingcontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <cstdio>
#include <random>

using namespace situate;

namespace {

QStringList codeNames(const Project& p) {
    QStringList names;
    for (const Code& c : p.storage().codes().value())
        names << c.name;
    return names;
}

constexpr int codingsPerRound = 300;
constexpr int rounds = 8;

} // namespace

TEST_CASE("ui: File > Restore backup lists backups and restores one, reopening the project") {
    test::DemoWindow demo; // backup 1: the demo as built
    MainWindow& window = demo.window;
    const QString& path = demo.path;
    const qsizetype demoCodes = window.project()->storage().codes().value().size();
    // The backup on opening is copied on a worker; an edit made at once, before it is done,
    // is not in it: the copy is the project as opened.
    Status s = window.project()->edit(QStringLiteral("Add code"), [](Editor& e) {
        Code c;
        c.name = QStringLiteral("Mistake");
        return Status::from(createCode(e, c));
    });
    REQUIRE(s.ok());

    auto* action = window.findChild<QAction*>(QStringLiteral("restoreBackupAction"));
    REQUIRE(action);
    action->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("restoreBackupDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backupList"));
    auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"));
    REQUIRE(list);
    REQUIRE(restore);
    REQUIRE(list->topLevelItemCount() == 1);
    const BackupInfo first = Backups::list(path).first();
    CHECK(list->topLevelItem(0)->text(2) == first.fileName);
    CHECK(list->topLevelItem(0)->text(1) == QLocale().formattedDataSize(first.size));
    CHECK_FALSE(list->topLevelItem(0)->text(0).isEmpty());
    CHECK_FALSE(restore->isEnabled()); // nothing chosen yet

    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    test::waitFor([&] {
        return window.statusBar()->currentMessage().startsWith(QStringLiteral("Restored"));
    });

    REQUIRE(window.project());
    CHECK_FALSE(codeNames(*window.project()).contains(QStringLiteral("Mistake")));
    CHECK(window.project()->storage().codes().value().size() == demoCodes);
    CHECK(window.project()->storage().checkIntegrity().isEmpty());
    CHECK(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Restored %1; the previous content is kept as ").arg(first.fileName)));
    // The safety copy holds the mistake: 1 (demo), 2 (demo + Mistake), 3 (the reopened,
    // restored demo, taken in the background).
    window.backups()->waitForBackup();
    const QVector<BackupInfo> all = Backups::list(path);
    REQUIRE(all.size() == 3);
    {
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(QStringLiteral("safety.situate"));
        REQUIRE(QFile::copy(all[1].path, copy));
        auto safety = Project::open(copy, Project::Backup::Skip);
        REQUIRE(safety.ok());
        CHECK(codeNames(**safety).contains(QStringLiteral("Mistake")));
    }
    CHECK(demo.messages.isEmpty());
    // Editing goes on in the reopened project.
    s = window.project()->edit(QStringLiteral("Add code"), [](Editor& e) {
        Code c;
        c.name = QStringLiteral("After restore");
        return Status::from(createCode(e, c));
    });
    CHECK(s.ok());
}

namespace {

// Chooses the backup `fileName` in File > Restore backup and presses Restore.
void restoreBackup(MainWindow& window, const QString& fileName) {
    window.findChild<QAction*>(QStringLiteral("restoreBackupAction"))->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("restoreBackupDialog"));
    REQUIRE(dialog);
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backupList"));
    REQUIRE(list);
    const QList<QTreeWidgetItem*> items = list->findItems(fileName, Qt::MatchExactly, 2);
    REQUIRE(items.size() == 1);
    list->setCurrentItem(items.first());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")),
                      Qt::LeftButton);
}

} // namespace

TEST_CASE("ui: Restore backup runs behind a progress dialog, and Cancel leaves the project as "
          "it was") {
    test::DemoWindow demo;
    MainWindow& window = demo.window;
    // Large enough that the copies take several steps.
    const QString big = demo.dir.filePath(QStringLiteral("big.situate"));
    REQUIRE(generateProject(big, {.documents = 40, .words = 1500, .codings = 20000}).ok());
    REQUIRE(window.openProject(big));
    window.backups()->waitForBackup(); // backup 1: the project as generated
    REQUIRE(Backups::list(big).size() == 1);
    const QString generatedBackup = Backups::list(big).first().fileName;
    const QStringList generated = codeNames(*window.project());
    Status s = window.project()->edit(QStringLiteral("Add code"), [](Editor& e) {
        Code c;
        c.name = QStringLiteral("Mistake");
        return Status::from(createCode(e, c));
    });
    REQUIRE(s.ok());
    const QStringList edited = codeNames(*window.project());
    const qsizetype codings = window.project()->storage().allCodings().value().size();

    restoreBackup(window, generatedBackup);
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("restoreBackupProgress"));
    REQUIRE(progress);
    emit progress->canceled(); // as its Cancel button does
    test::waitFor([&] {
        return !window.findChild<QProgressDialog*>(QStringLiteral("restoreBackupProgress"));
    });
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Restore cancelled: the project is unchanged."));
    CHECK(demo.messages.isEmpty());
    REQUIRE(window.project());
    CHECK(codeNames(*window.project()) == edited);
    CHECK(window.project()->storage().allCodings().value().size() == codings);
    CHECK(window.project()->storage().checkIntegrity().isEmpty());

    restoreBackup(window, generatedBackup);
    test::waitFor([&] {
        return window.statusBar()->currentMessage().startsWith(QStringLiteral("Restored"));
    });
    REQUIRE(window.project());
    CHECK(codeNames(*window.project()) == generated);
    CHECK(window.project()->storage().allCodings().value().size() == codings);
    CHECK(window.project()->storage().checkIntegrity().isEmpty());
    CHECK(demo.messages.isEmpty());
}

TEST_CASE("ui: a project open elsewhere, or whose backup fails, is reported clearly") {
    test::TestSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.situate"));
    REQUIRE(buildDemoProject(path).ok());
    auto prompter = std::make_shared<test::TestPrompter>();
    const QStringList& messages = prompter->messages;
    MainWindow window(prompter);

    SECTION("open in another process: refused with the process named") {
        auto other = Project::open(path, Project::Backup::Skip);
        REQUIRE(other.ok());
        CHECK_FALSE(window.openProject(path));
        REQUIRE(messages.size() == 1);
        CHECK(messages[0].startsWith(
            QStringLiteral("demo.situate: already open in another Situate process (process %1 ")
                .arg(QCoreApplication::applicationPid())));
        CHECK(messages[0].endsWith(QStringLiteral("close it there first")));
        CHECK(window.project() == nullptr);
    }
    SECTION("the backup folder cannot be made: opened anyway, said in the status bar") {
        test::writeFile(Backups::folder(path), "a file in the way");
        REQUIRE(window.openProject(path));
        test::waitFor([&] { return !window.backups()->isRunning(); });
        QCoreApplication::processEvents(); // the watcher's finished signal
        CHECK(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("No backup was taken on opening: cannot create the backup folder")));
        CHECK(messages.isEmpty());
    }
    SECTION("Restore backup with no backups yet") {
        qputenv("SITUATE_BACKUPS", "0");
        const bool opened = window.openProject(path);
        qunsetenv("SITUATE_BACKUPS");
        REQUIRE(opened);
        window.findChild<QAction*>(QStringLiteral("restoreBackupAction"))->trigger();
        REQUIRE(messages.size() == 1);
        CHECK(messages[0].startsWith(QStringLiteral("There are no backups of demo.situate yet")));
        CHECK(window.findChild<QDialog*>(QStringLiteral("restoreBackupDialog")) == nullptr);
    }
}

// The child of the GUI kill test: codes spans [n, n+7) of the first coded document with
// CodingController::codeSelection as fast as it can, printing "ACK n" once each call returned.
TEST_CASE("ui kill child", "[.gui-kill-child]") {
    const QString path = qEnvironmentVariable("SITUATE_KILL_PROJECT");
    const int from = qEnvironmentVariableIntValue("SITUATE_KILL_FROM");
    REQUIRE_FALSE(path.isEmpty());
    // Its messages go to stderr, which the parent forwards.
    struct StderrPrompter : test::TestPrompter {
        void message(QWidget*, const QString& m) override {
            std::fprintf(stderr, "%s\n", qPrintable(m));
        }
    };
    MainWindow window(std::make_shared<StderrPrompter>());
    REQUIRE(window.openProject(path));
    window.openFirstCodedDocument();
    window.setCurrentCoder(QStringLiteral("Killer"));
    const qint64 code = window.project()->storage().codes().value().first().id;
    std::printf("READY\n");
    std::fflush(stdout);
    for (int n = from; n < from + codingsPerRound; ++n) {
        window.documentView()->selectRange(n, n + 7);
        const Status s = window.coding()->codeSelection(code);
        if (!s) {
            std::fprintf(stderr, "coding %d failed: %s\n", n, qPrintable(s.error()));
            break;
        }
        std::printf("ACK %d\n", n);
        std::fflush(stdout);
    }
}

TEST_CASE("ui: every coding whose command returned survives a SIGKILL of the GUI") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.situate"));
    REQUIRE(buildDemoProject(path).ok());
    std::mt19937 rng(20261126);
    // The kill point is a number of acknowledgements, not a time: coding got fast enough
    // that a child could finish a round within a timed delay.
    std::uniform_int_distribution<int> killAfter(5, codingsPerRound - 60);
    int totalAcked = 0, killed = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SITUATE_KILL_PROJECT"), path);
        env.insert(QStringLiteral("SITUATE_KILL_FROM"), QString::number(round * codingsPerRound));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("ui kill child")});
        REQUIRE(child.waitForStarted(10000));
        QByteArray out;
        // Kill once it has acknowledged a random number of codings, while it codes on.
        const int target = killAfter(rng);
        while (out.count("ACK ") < target && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            out += child.readAllStandardOutput();
        }
        if (child.state() == QProcess::Running) {
            child.kill();
            REQUIRE(child.waitForFinished(10000));
            killed += child.exitStatus() == QProcess::CrashExit;
        }
        // Whatever the child wrote before dying is still in the pipe.
        out += child.readAllStandardOutput();
        QVector<int> acked;
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith("ACK "))
                acked << line.mid(4).toInt();
        INFO("round " << round << ": " << acked.size() << " acknowledged");
        REQUIRE_FALSE(acked.isEmpty());
        totalAcked += acked.size();

        const auto check = test::runCli({QStringLiteral("check"), path});
        INFO(check.err.toStdString());
        REQUIRE(check.out == "ok\n");
        auto p = Project::open(path, Project::Backup::Skip);
        REQUIRE(p.ok());
        const Storage& s = (*p)->storage();
        const auto coder = s.coderIdByName(QStringLiteral("Killer"));
        REQUIRE(coder);
        const qint64 from = round * codingsPerRound;
        QSet<qint64> starts;
        for (const Coding& c : s.allCodings().value())
            if (c.coderId == *coder && c.start >= from && c.start < from + codingsPerRound)
                starts.insert(c.start);
        for (int n : acked) {
            INFO("acknowledged coding at " << n);
            CHECK(starts.contains(n));
        }
        // Besides the acknowledged ones, only the coding in flight at the kill (committed,
        // its ACK not yet printed) may be there.
        CHECK((starts.size() == acked.size() || starts.size() == acked.size() + 1));
    }
    CHECK(killed >= rounds - 1);
    WARN("GUI kill test: " << killed << " of " << rounds << " rounds killed, " << totalAcked
                           << " acknowledged codings, all present");
}
