// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/version.h"
#include "core/driverwarnings.h"

#include <QCoreApplication>

using namespace situate::cli;

int main(int argc, char** argv) {
    situate::quietDriverWarnings();
    // Qt Core alone: the one command that draws, `report`, runs in situate-report.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("situate-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Situate"));
    QCoreApplication::setApplicationVersion(QLatin1String(situate::kVersion));
    return runCommandLine(allCommands());
}
