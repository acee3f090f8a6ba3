// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The code table of presence.h as an SPSS .sav or a Stata .dta file, through ReadStat:
// valid variable names (statsnames.h), each column's title as its variable label, attribute
// choices as value labels, dates as dates. Rules: core/analysis/README.md, "Tables for
// statistics packages".

#include "core/analysis/presence.h"
#include "core/analysis/statsnames.h"
#include "core/result.h"

namespace situate {

/// Writes the table to `path` as an SPSS system file (`Spss`) or a Stata 14 file (`Stata`,
/// format 118, UTF-8), atomically: the old file stays intact when anything fails.
Status savePresenceStats(const Storage& s, const PresenceRequest& request, const QString& path,
                         StatsPackage package);

} // namespace situate
