// SPDX-License-Identifier: GPL-3.0-or-later
// situate-report: the `report` command of situate-cli, in a program of its own because it
// draws (charts with fonts, PDF pages) and so needs Qt Gui, which no other command does.
// situate-cli starts it with its own arguments (app/cli/README.md, "The report program").
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"
#include "app/version.h"
#include "core/driverwarnings.h"
#include "core/evaluation/report.h"
#include "core/project.h"

#include <QGuiApplication>

using namespace situate;
using namespace situate::cli;

namespace {

int cmdReport(const Args& a) {
    const QString output = a.option(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(QStringLiteral("report needs --output FILE.html, FILE.pdf or FILE.docx"));
    if (Result<ReportFormat> f = reportFormatForPath(output); !f)
        return usage(f.error());
    auto p = openProject(a);
    if (!p)
        return kFailure;
    ReportOptions o;
    o.question = a.option(QStringLiteral("rq"));
    o.caseName = a.option(QStringLiteral("case"));
    o.rollup = a.has(QStringLiteral("rollup"));
    o.title = a.option(QStringLiteral("title"));
    if (a.options.contains(QStringLiteral("extracts"))) {
        bool ok = false;
        o.extractsPerCode = a.option(QStringLiteral("extracts")).toInt(&ok);
        if (!ok || o.extractsPerCode < 0)
            return usage(QStringLiteral("--extracts takes a number (0 for none)"));
    }
    if (Status st = writeReport(p->storage(), p->name(), o, output); !st)
        return fail(st.error());
    reportWritten(QStringLiteral("the report"), output);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    situate::quietDriverWarnings();
    // The charts are drawn with fonts, which need a QGuiApplication; with no display to talk
    // to, the offscreen platform serves.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Messages name the command the user typed, situate-cli.
    QCoreApplication::setApplicationName(QStringLiteral("situate-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Situate"));
    QCoreApplication::setApplicationVersion(QLatin1String(situate::kVersion));
    return runCommandLine({reportCommand(cmdReport)});
}
