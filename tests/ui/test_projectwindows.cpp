// SPDX-License-Identifier: GPL-3.0-or-later
// The windows of one running Situate (ui/mainwindow/projectwindows.h), in process: a project
// opened again brings its window forward instead of opening twice, another opens in a window
// of its own, and one that cannot be opened leaves no window behind.
#include "core/project.h"
#include "tests/support/catchqt.h"
#include "tests/support/demowindow.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projectwindows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString newProject(const QTemporaryDir& dir, const char* name) {
    const QString path = dir.filePath(QLatin1String(name));
    REQUIRE(Project::create(path).ok());
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

TEST_CASE("project windows: a project opened again raises its window, another opens anew") {
    test::TestSettings settings;
    QTemporaryDir dir;
    const QString a = newProject(dir, "a.situate");
    const QString b = newProject(dir, "b.situate");
    auto prompter = std::make_shared<test::TestPrompter>();
    ProjectWindows windows(prompter);

    MainWindow* first = windows.open(a);
    REQUIRE(first);
    CHECK(first->isVisible());
    CHECK(windows.projects() == QStringList{a});

    // The same file by another name (relative to the working folder, with "..") is the same.
    const QString current = QDir::currentPath();
    QDir::setCurrent(dir.path());
    MainWindow* again =
        windows.open(QStringLiteral("../%1/a.situate").arg(QDir(dir.path()).dirName()));
    QDir::setCurrent(current);
    CHECK(again == first);
    CHECK(windows.windows().size() == 1);

    MainWindow* second = windows.open(b);
    REQUIRE(second);
    CHECK(second != first);
    CHECK(windows.projects() == (QStringList{a, b}));
    CHECK(prompter->messages.isEmpty());

    // A file that is no project: the window made for it goes again; the message stays.
    const QString broken = dir.filePath(QStringLiteral("broken.situate"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a project");
    file.close();
    CHECK(windows.open(broken) == nullptr);
    CHECK(prompter->messages.size() == 1);
    CHECK(windows.projects() == (QStringList{a, b}));

    // A closed window is gone from the list; its project opens in a window again.
    QPointer<MainWindow> closed = first;
    first->close();
    CHECK(windows.projects() == QStringList{b});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // as the event loop would
    CHECK(closed.isNull());
    REQUIRE(windows.open(a));
    CHECK(prompter->messages.size() == 1);
    CHECK(windows.projects() == (QStringList{b, a}));
}

TEST_CASE("project windows: a window without a project takes the next one opened") {
    test::TestSettings settings;
    QTemporaryDir dir;
    const QString a = newProject(dir, "a.situate");
    ProjectWindows windows(std::make_shared<test::TestPrompter>());
    MainWindow* empty = windows.newWindow();
    CHECK(windows.projects() == QStringList{QString()});
    CHECK(windows.open(a) == empty);
    CHECK(windows.projects() == QStringList{a});
}
