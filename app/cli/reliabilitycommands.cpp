// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

namespace situate::cli {

void addReliabilityCommands(QVector<Command>& commands) {
    Q_UNUSED(commands);
}

} // namespace situate::cli
