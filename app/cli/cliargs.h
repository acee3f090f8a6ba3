// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace situate::cli {

/// A sub-command's arguments: positionals, `--name value` options and boolean `--flags`.
struct Args {
    QStringList positional;
    QHash<QString, QString> options;       // the last value of each option
    QHash<QString, QStringList> allValues; // every value of each option, in order
    QSet<QString> flags;
    QString error; // set when parsing failed

    bool has(const QString& flag) const { return flags.contains(flag); }
    QString option(const QString& name, const QString& fallback = {}) const {
        return options.value(name, fallback);
    }
    /// Every value of an option that may be given more than once (`--document A --document B`).
    QStringList values(const QString& name) const { return allValues.value(name); }
};

/// Parses `args`; names in `booleanFlags` take no value. Accepts --name=value too.
Args parseArgs(const QStringList& args, const QSet<QString>& booleanFlags);

/// Output helpers: UTF-8 to stdout/stderr, exactly the bytes given.
void out(const QString& text);
void outBytes(const QByteArray& bytes);
void err(const QString& text);
/// The exit code of a command that failed (a usage error is 2).
inline constexpr int kFailure = 1;
/// Prints "situate-cli: MESSAGE" on stderr and returns kFailure.
int fail(const QString& message);
/// Prints a usage error and returns exit code 2.
int usage(const QString& message);

} // namespace situate::cli
