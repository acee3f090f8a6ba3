// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace situate {

struct DemoReport {
    QString summary; // what was built, for the CLI to print
    int documents = 0;
    int codings = 0;
};

/// Builds the demo project (resources/demo: the HIN Communities of Practice case with
/// fictional interviews) into a new project file at `path`.
Result<DemoReport> buildDemoProject(const QString& path);

} // namespace situate
