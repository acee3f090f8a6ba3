// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

namespace situate::test {

QString sourcePath(const QString& relativePath) {
    return QDir(QString::fromUtf8(SITUATE_SOURCE_DIR)).filePath(relativePath);
}

QString fixture(const QString& relativePath) {
    return sourcePath(QStringLiteral("tests/fixtures/") + relativePath);
}

QString sharedDir() {
    const QString dir = QDir::cleanPath(sourcePath(QStringLiteral("../shared")));
    return QFileInfo(dir).isDir() ? dir : QString();
}

bool underCi() {
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != "0" && ci != "false";
}

bool requirePrerequisite(bool available, const char* what) {
    if (available)
        return true;
    if (underCi())
        FAIL_CHECK("prerequisite missing under CI (so this test did not run): " << what);
    else
        WARN("prerequisite missing, test skipped (it fails under CI): " << what);
    return false;
}

ProcessResult mustRun(const QStringList& args) {
    const ProcessResult r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString()
         << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QString writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ProcessResult runProcess(const QString& program, const QStringList& args,
                         const QByteArray& stdinData) {
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + program.toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult runCli(const QStringList& args, const QByteArray& stdinData) {
    const QString cli = QString::fromUtf8(SITUATE_CLI_PATH);
    // tests/valgrind/run sets SITUATE_CLI_WRAPPER (e.g. "valgrind --error-exitcode=99") so
    // every CLI test runs situate-cli under a checker.
    QStringList wrapper = QProcess::splitCommand(qEnvironmentVariable("SITUATE_CLI_WRAPPER"));
    if (wrapper.isEmpty())
        return runProcess(cli, args, stdinData);
    const QString program = wrapper.takeFirst();
    return runProcess(program, wrapper + QStringList{cli} + args, stdinData);
}

} // namespace situate::test
