// SPDX-License-Identifier: GPL-3.0-or-later
// From the command line to the command: help, version, the longest match of command words,
// and the options parsed. Shared by situate-cli and situate-report.
#include "app/cli/clicommands.h"
#include "app/cli/clihelpers.h"
#include "app/version.h"
#include "core/io/csv.h"

#include <QCoreApplication>

namespace situate::cli {

int runCommandLine(const QVector<Command>& commands) {
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        out(helpText(commands));
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out(QStringLiteral("situate-cli %1\n").arg(QLatin1String(situate::kVersion)));
        return 0;
    }
    // "codebook --help": the commands of a group (those sharing their first word).
    if (args.size() > 1 && args[1] == QLatin1String("--help")) {
        const QVector<const Command*> group = commandGroup(commands, args.first());
        if (isGroup(group, args.first())) {
            out(groupHelp(args.first(), group));
            return 0;
        }
    }
    // Longest match of command words wins ("codebook import" before "codebook").
    const Command* chosen = nullptr;
    qsizetype used = 0;
    for (const Command& c : commands) {
        const QStringList words = c.words.split(QLatin1Char(' '));
        if (words.size() <= args.size() && args.mid(0, words.size()) == words &&
            words.size() > used) {
            chosen = &c;
            used = words.size();
        }
    }
    if (!chosen)
        return usage(QStringLiteral("unknown command \"%1\"").arg(args.first()));
    const QStringList rest = args.mid(used);
    if (rest.contains(QLatin1String("--help"))) {
        out(commandHelp(*chosen));
        return 0;
    }
    const Args parsed =
        parseArgs(rest, chosen->booleanFlags + QSet<QString>{QStringLiteral("help")});
    if (!parsed.error.isEmpty())
        return usage(parsed.error);
    // Every CSV a command writes takes the separator given, for spreadsheets in locales whose
    // decimal sign is a comma.
    if (parsed.options.contains(QStringLiteral("separator"))) {
        const QString name = parsed.option(QStringLiteral("separator"));
        const char separator = situate::csv::separatorNamed(name);
        if (separator == 0)
            return usage(QStringLiteral("--separator takes ',' ';' or tab, not \"%1\"").arg(name));
        situate::csv::setSeparator(separator);
    }
    if (parsed.positional.size() < chosen->minPositional)
        return usage(QStringLiteral("usage: situate-cli %1").arg(chosen->usage));
    return chosen->run(parsed);
}

} // namespace situate::cli
