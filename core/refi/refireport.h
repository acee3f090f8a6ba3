// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/refi/refiexport.h"
#include "core/refi/refiimport.h"

#include <QStringList>

namespace situate::refi {

/// The readable lines of an import report, as the CLI prints them and the GUI shows them.
QStringList reportLines(const ImportReport& report);
/// What an export cannot represent, and what it writes in a Situate-only form.
QStringList planLines(const ExportPlan& plan);

} // namespace situate::refi
