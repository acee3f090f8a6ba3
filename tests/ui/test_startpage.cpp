// SPDX-License-Identifier: GPL-3.0-or-later
// The start page (ui/help/startpage.h) on the real main window: shown while no project is
// open, gone while one is, back when it closes; its buttons are the menus' own actions.
#include "core/demo/demobuilder.h"
#include "core/project.h"
#include "tests/support/demowindow.h"
#include "tests/support/testprompter.h"
#include "ui/mainwindow/helpcontroller.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <memory>
#include <utility>
#include <vector>

using namespace situate;

namespace {

/// A window as Situate opens it with no project, and a demo project on disk to open.
struct EmptyWindow {
    test::TestSettings settings;
    QTemporaryDir dir;
    QString demo = dir.filePath(QStringLiteral("demo.situate"));
    std::shared_ptr<test::TestPrompter> prompter = std::make_shared<test::TestPrompter>();
    MainWindow window{prompter};

    EmptyWindow() {
        REQUIRE(buildDemoProject(demo).ok());
        window.resize(1200, 800);
        window.show();
    }
    template <typename T> T* find(const char* name) const {
        T* found = window.findChild<T*>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
    bool startShown() const { return find<QWidget>("startPage")->isVisible(); }
    void click(const char* button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }
    QString projectPath() const { return window.project() ? window.project()->path() : QString(); }
};

} // namespace

TEST_CASE(
    "start page: an empty window shows it, an open project hides it, closing brings it back") {
    EmptyWindow w;
    CHECK(w.startShown());
    REQUIRE(w.window.openProject(w.demo));
    CHECK_FALSE(w.startShown());
    CHECK(w.window.centralWidget()->isVisible()); // the transcript's area instead

    auto* close = w.find<QAction>("closeProjectAction");
    CHECK(close->shortcut() == QKeySequence(QStringLiteral("Ctrl+W")));
    close->trigger();
    CHECK(w.window.project() == nullptr);
    CHECK(w.startShown());
    CHECK(w.window.windowTitle() == QLatin1String("Situate"));
    // The panels no longer show the closed project's codebook.
    CHECK(w.find<QTreeWidget>("codebookTree")->topLevelItemCount() == 0);
}

TEST_CASE("start page: a recent project opens with a click") {
    EmptyWindow w;
    REQUIRE(w.window.openProject(w.demo));
    w.find<QAction>("closeProjectAction")->trigger();
    auto* recent = w.find<QListWidget>("startRecentProjects");
    REQUIRE(recent->count() >= 1);
    QListWidgetItem* first = recent->item(0); // the most recent first
    CHECK(first->text().startsWith(QLatin1String("demo.situate")));
    CHECK(first->toolTip() == w.demo);
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {},
                      recent->visualItemRect(first).center());
    CHECK(w.projectPath() == w.demo);
    CHECK_FALSE(w.startShown());
}

TEST_CASE("start page: New, Open, the demo and the manual are the menus' own commands") {
    EmptyWindow w;
    // Each button triggers the action of the same name, once.
    const std::vector<std::pair<const char*, const char*>> commands = {
        {"startNewButton", "newProjectAction"},
        {"startOpenButton", "openProjectAction"},
        {"startManualButton", "manualAction"},
        {"startDemoButton", "openDemoAction"}, // last: it opens a project
    };
    for (const auto& [button, action] : commands) {
        INFO(button);
        QSignalSpy triggered(w.find<QAction>(action), &QAction::triggered);
        w.prompter->fileAnswers = {QString()}; // a dialog, if any, is cancelled
        w.click(button);
        CHECK(triggered.size() == 1);
    }

    SECTION("Open Project") {
        w.window.closeProjectForUser();
        w.prompter->fileAnswers = {w.demo};
        w.click("startOpenButton");
        CHECK(w.projectPath() == w.demo);
        CHECK_FALSE(w.startShown());
    }
    SECTION("New Project") {
        w.window.closeProjectForUser();
        w.prompter->fileAnswers = {w.dir.filePath(QStringLiteral("study"))};
        w.click("startNewButton");
        CHECK(w.projectPath() == w.dir.filePath(QStringLiteral("study.situate")));
        CHECK_FALSE(w.startShown());
    }
    SECTION("the demo") {
        w.window.closeProjectForUser();
        w.click("startDemoButton");
        CHECK(w.projectPath() == HelpController::demoPath());
    }
    SECTION("the manual") {
        w.window.closeProjectForUser();
        w.find<QWidget>("manualWindow")->hide();
        w.click("startManualButton");
        CHECK(w.find<QTextBrowser>("manualView")->isVisible());
    }
}
