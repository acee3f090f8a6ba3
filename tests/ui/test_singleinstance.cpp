// SPDX-License-Identifier: GPL-3.0-or-later
// One Situate per user, as processes: a running `situate` (offscreen, on a socket of this
// test's own, SITUATE_INSTANCE) is handed the projects of a second and third `situate`,
// which exit at once; it never opens the same file twice, opens the other one, and a
// `--grab` meanwhile keeps out of it. Its windows are read with `situate --list-windows`.
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <catch2/catch.hpp>

#include <functional>

using namespace situate;
using test::s;

namespace {

const QString kGui = s(SITUATE_GUI_PATH);

/// Runs `situate ARGS` in `folder` to completion.
test::ProcessResult runGui(const QStringList& args, const QString& folder) {
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start(kGui, args);
    test::ProcessResult r;
    REQUIRE(p.waitForStarted(10000));
    p.waitForFinished(60000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// The running Situate's projects, one per window, once `done` holds for them (or the last
/// answer after 30 s).
QStringList windowsOnceThey(const QString& folder, const std::function<bool(QStringList)>& done) {
    const QDeadlineTimer deadline(30000);
    QStringList windows;
    do {
        const auto r = runGui({s("--list-windows")}, folder);
        windows = r.exitCode == 0
                      ? QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                      : QStringList{s("(not running)")};
        if (done(windows))
            break;
        QThread::msleep(100);
    } while (!deadline.hasExpired());
    return windows;
}

} // namespace

TEST_CASE("single instance: a second situate hands its project over and the same file opens once") {
    QTemporaryDir dir;
    // Settings and runtime files in the test's folder, the socket of its own, and on.
    qputenv("XDG_CONFIG_HOME", dir.filePath(s("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(s("data")).toUtf8());
    qputenv("SITUATE_INSTANCE",
            (s("situate-test-") + QUuid::createUuid().toString(QUuid::Id128)).toUtf8());
    qunsetenv("SITUATE_NO_SINGLE_INSTANCE");
    qputenv("QT_QPA_PLATFORM", "offscreen");

    const QString a = dir.filePath(s("a.situate"));
    const QString b = dir.filePath(s("b.situate"));
    test::mustRun({s("new"), a});
    test::mustRun({s("new"), b});

    // Nothing runs yet: --list-windows says so.
    const auto none = runGui({s("--list-windows")}, dir.path());
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains("not running"));

    QProcess first;
    first.setWorkingDirectory(dir.path());
    first.start(kGui, {a});
    REQUIRE(first.waitForStarted(10000));
    const QStringList started =
        windowsOnceThey(dir.path(), [&](const QStringList& w) { return w == QStringList{a}; });
    REQUIRE(started == QStringList{a});

    // The same file, by a relative name: the second situate exits and nothing opens twice.
    const auto same = runGui({s("a.situate")}, dir.path());
    INFO(same.err.toStdString());
    CHECK(same.exitCode == 0);
    // A screenshot never talks to the running one.
    const QString shot = dir.filePath(s("shot.png"));
    const auto grab = runGui({s("--grab"), shot, b}, dir.path());
    INFO(grab.err.toStdString());
    CHECK(grab.exitCode == 0);
    CHECK(QImage(shot).size() == QSize(1600, 1000));
    // Another file opens in a window of its own.
    const auto other = runGui({b}, dir.path());
    INFO(other.err.toStdString());
    CHECK(other.exitCode == 0);

    const QStringList windows =
        windowsOnceThey(dir.path(), [](const QStringList& w) { return w.size() >= 2; });
    CHECK(windows == (QStringList{a, b}));
    CHECK(first.state() == QProcess::Running);

    first.kill();
    first.waitForFinished(10000);
}
