// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The situate-cli command that prints the counts a view shows, so every number on screen can
// be reproduced (and scripted) from the command line.

#include "core/analysis/cooccurrence.h"
#include "core/analysis/frequency.h"

namespace situate {

QString freqCommandLine(const Storage& s, const QString& projectPath, const FrequencyRequest& r,
                        CountType count);
QString cooccurrenceCommandLine(const Storage& s, const QString& projectPath,
                                const CooccurrenceRequest& r);

} // namespace situate
