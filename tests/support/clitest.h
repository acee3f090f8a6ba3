// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tests of situate-cli share: a command's JSON answer and the demo project built by the
// CLI itself.

#include "tests/support/testsupport.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace situate::test {

/// A short interview the CLI tests import (as interview-okafor.txt): four speaker turns, one
/// line each, and an emoji. Code points: the lines are [0,31) Interviewer, [32,85) P1,
/// [86,117) Interviewer and [118,136) P1; "Dr Okafor" 36-45, "Leeds" 69-74, the emoji 75.
inline constexpr const char* kOkaforInterview =
    "Interviewer: Who runs the ward?\n"
    "P1: Dr Okafor does. Okafor came from Leeds 🏥 in 2019.\n"
    "Interviewer: And okafor's team?\n"
    "P1: Ask Dr Okafor.\n";

/// Runs situate-cli with `args` plus `--format json`, requires success and a JSON object,
/// and returns it.
QJsonObject cliJson(const QStringList& args);

/// Builds the demo project with `situate-cli demo` in `dir` and returns its path.
QString cliDemo(QTemporaryDir& dir);

/// One demo project for the whole test binary (building it takes a moment); tests that use
/// it only read it.
const QString& sharedCliDemo();

} // namespace situate::test
