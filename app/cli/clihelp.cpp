// SPDX-License-Identifier: GPL-3.0-or-later
// The --help texts: the whole tool's, a group's (commands sharing a first word) and one
// command's.
#include "app/cli/clicommands.h"

namespace situate::cli {

namespace {

QString firstWord(const Command& c) {
    return c.words.section(QLatin1Char(' '), 0, 0);
}

QString entry(const Command& c) {
    return QStringLiteral("  %1\n      %2\n").arg(c.usage, c.summary);
}

} // namespace

QString helpText(const QVector<Command>& commands) {
    QString text = QStringLiteral(
        "situate-cli: Situate projects from the command line (qualitative coding of "
        "interview transcripts).\n\nUsage: situate-cli COMMAND [ARGS...]\n\nCommands:\n");
    for (const Command& c : commands)
        text += entry(c);
    text += QStringLiteral(
        "\nOffsets are Unicode code points into a document's normalised text (LF line ends, "
        "no BOM, NFC), end exclusive.\nSheets read (codebook, codings, attributes, maturity "
        "levels, pseudonymisation lists) may be CSV as any spreadsheet saves it (comma, "
        "semicolon or tab; UTF-8, UTF-16 with BOM or Windows-1252) or an .xlsx workbook (its "
        "first worksheet).\nEvery command that writes CSV takes --separator ';' (or tab) for "
        "spreadsheets in locales whose decimal sign is a comma; numbers keep their '.'.\n"
        "Errors go to stderr with exit code 1 (2 for usage "
        "errors).\n");
    return text;
}

QString commandHelp(const Command& c) {
    return QStringLiteral("Usage: situate-cli %1\n%2\n").arg(c.usage, c.summary);
}

QVector<const Command*> commandGroup(const QVector<Command>& commands, const QString& word) {
    QVector<const Command*> group;
    for (const Command& c : commands) {
        if (firstWord(c) == word)
            group << &c;
    }
    return group;
}

bool isGroup(const QVector<const Command*>& group, const QString& word) {
    return group.size() > 1 || (group.size() == 1 && group.first()->words != word);
}

QString groupHelp(const QString& word, const QVector<const Command*>& group) {
    bool wordIsCommand = false;
    for (const Command* c : group)
        wordIsCommand = wordIsCommand || c->words == word;
    QString text =
        QStringLiteral("Usage: situate-cli %1 %2 [ARGS...]\n\nCommands:\n")
            .arg(word, wordIsCommand ? QStringLiteral("[COMMAND]") : QStringLiteral("COMMAND"));
    for (const Command* c : group)
        text += entry(*c);
    return text;
}

} // namespace situate::cli
