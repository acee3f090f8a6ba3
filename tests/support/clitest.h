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

/// Runs situate-cli with `args` plus `--format json`, requires success and a JSON object,
/// and returns it.
QJsonObject cliJson(const QStringList& args);

/// Builds the demo project with `situate-cli demo` in `dir` and returns its path.
QString cliDemo(QTemporaryDir& dir);

/// One demo project for the whole test binary (building it takes a moment); tests that use
/// it only read it.
const QString& sharedCliDemo();

} // namespace situate::test
