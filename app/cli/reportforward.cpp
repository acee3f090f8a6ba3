// SPDX-License-Identifier: GPL-3.0-or-later
// situate-cli's `report`: runs situate-report with the same arguments, its output and exit
// code passed through (app/cli/README.md, "The report program").
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"
#include "core/installpaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

namespace situate::cli {

namespace {

#ifdef Q_OS_WIN
const QLatin1String kSuffix(".exe");
#else
const QLatin1String kSuffix("");
#endif

// Installed: SITUATE_REPORT_FROM_BIN, relative to this program's folder; inside the build
// tree, the build's copy (core/installpaths.h).
QString reportProgram() {
    const QStringList candidates = installedOrBuildTreeFile(
        QStringLiteral(SITUATE_REPORT_FROM_BIN "/situate-report") + kSuffix,
        QStringLiteral(SITUATE_REPORT_BUILD_TREE), QStringLiteral(SITUATE_REPORT_BUILD_FILE));
    for (const QString& path : candidates) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
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
