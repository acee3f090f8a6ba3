// SPDX-License-Identifier: GPL-3.0-or-later
// situate-cli's `report`: runs situate-report with the same arguments, its output and exit
// code passed through (app/cli/README.md, "The report program").
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace situate::cli {

namespace {

#ifdef Q_OS_WIN
const QLatin1String kSuffix(".exe");
#else
const QLatin1String kSuffix("");
#endif

// Installed: SITUATE_REPORT_FROM_BIN, relative to this program's folder. A program run inside
// the build tree also takes the build's copy; an installed one never looks in a build folder.
QString reportProgram() {
    const QString dir = QCoreApplication::applicationDirPath();
    const QString installed = QDir::cleanPath(
        dir + QStringLiteral("/" SITUATE_REPORT_FROM_BIN "/situate-report") + kSuffix);
    if (QFileInfo(installed).isExecutable())
        return installed;
    const QString tree = QDir::cleanPath(QStringLiteral(SITUATE_REPORT_BUILD_TREE));
    if (QDir::cleanPath(dir).startsWith(tree + QLatin1Char('/')) &&
        QFileInfo(QStringLiteral(SITUATE_REPORT_BUILD_FILE)).isExecutable())
        return QStringLiteral(SITUATE_REPORT_BUILD_FILE);
    return {};
}

} // namespace

int runReportProgram() {
    const QString program = reportProgram();
    if (program.isEmpty())
        return fail(QStringLiteral("Situate's report program (situate-report), which writes "
                                   "reports, is missing: reinstall Situate."));
    QProcess report;
    report.setProcessChannelMode(QProcess::ForwardedChannels);
    report.setInputChannelMode(QProcess::ForwardedInputChannel);
    report.start(program, QCoreApplication::arguments().mid(1));
    if (!report.waitForStarted(-1))
        return fail(QStringLiteral("Situate's report program (%1) could not be started: "
                                   "reinstall Situate.")
                        .arg(program));
    report.waitForFinished(-1);
    if (report.exitStatus() != QProcess::NormalExit)
        return fail(QStringLiteral("the report program stopped unexpectedly; nothing was "
                                   "written over an existing file."));
    return report.exitCode();
}

} // namespace situate::cli
