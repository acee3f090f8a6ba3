// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The situate-cli command that prints the counts a view shows, so every number on screen can
// be reproduced (and scripted) from the command line.

#include "core/analysis/cooccurrence.h"
#include "core/analysis/frequency.h"

namespace situate {

// An empty command means the view's choices have none (an attribute that is gone); a failure
// that the project could not be read.
Result<QString> freqCommandLine(const Storage& s, const QString& projectPath,
                                const FrequencyRequest& r, CountType count);
Result<QString> cooccurrenceCommandLine(const Storage& s, const QString& projectPath,
                                        const CooccurrenceRequest& r);

} // namespace situate
