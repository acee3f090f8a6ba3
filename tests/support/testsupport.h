// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace situate::test {

/// A string from UTF-8 text: keeps argument lists short (`{s("stats"), project}`).
inline QString s(const char* text) {
    return QString::fromUtf8(text);
}

/// Absolute path of a file under tests/fixtures/.
QString fixture(const QString& relativePath);
/// Absolute path under the repository root.
QString sourcePath(const QString& relativePath);
/// Path of ../shared next to the checkout, or empty when it is absent (tests then skip).
QString sharedDir();

/// Whether the CI environment variable is set (to anything but "", "0" or "false").
bool underCi();

/// For a test that needs something the machine may lack (root, a tool, a file system):
/// true when `available`. Otherwise the test must stop (return) and this reports why: under
/// CI the test FAILs, so a green CI run means it really ran; elsewhere it WARNs that the test
/// is skipped. `what` names the prerequisite, e.g. "root, to mount a tmpfs".
///     if (!test::requirePrerequisite(mounted, "root, to mount a tmpfs")) return;
bool requirePrerequisite(bool available, const char* what);

/// Writes bytes to a file, creating folders; returns the path.
QString writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);

/// Result of running a process to completion.
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/// Runs the built situate-cli with the arguments (path from SITUATE_CLI).
ProcessResult runCli(const QStringList& args, const QByteArray& stdinData = {});
/// Runs situate-cli and requires exit code 0; on failure the test stops and shows the command
/// line, stdout and stderr.
ProcessResult mustRun(const QStringList& args);
/// Runs any program.
ProcessResult runProcess(const QString& program, const QStringList& args,
                         const QByteArray& stdinData = {});

} // namespace situate::test
