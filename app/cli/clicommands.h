// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cliargs.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace situate::cli {

/// One `situate-cli` sub-command: its words ("codebook import"), usage line and handler.
struct Command {
    QString words;
    QString usage;
    QString summary;
    QSet<QString> booleanFlags;
    int minPositional = 0;
    std::function<int(const Args&)> run;
};

/// Every sub-command, in the order --help lists them.
QVector<Command> allCommands();
/// Runs the command the program's arguments name among `commands`, or the help it asks for;
/// returns the exit code (clidispatch.cpp).
int runCommandLine(const QVector<Command>& commands);
/// The `report` command's words, usage and summary, with `run` as its handler
/// (reportcommand.cpp).
Command reportCommand(std::function<int(const Args&)> run);
/// situate-cli's handler of `report`: runs situate-report with this program's arguments and
/// returns its exit code (reportforward.cpp).
int runReportProgram();

// The --help texts (clihelp.cpp).
/// `situate-cli --help`: every command.
QString helpText(const QVector<Command>& commands);
/// `situate-cli COMMAND --help`: its usage and summary.
QString commandHelp(const Command& command);
/// The commands whose first word is `word`, in --help order.
QVector<const Command*> commandGroup(const QVector<Command>& commands, const QString& word);
/// Whether `word` names a group of commands (several, or one of more words: "attributes")
/// rather than only the one command of that name ("stats").
bool isGroup(const QVector<const Command*>& group, const QString& word);
/// `situate-cli WORD --help` for a group: the usage and summary of each of its commands.
QString groupHelp(const QString& word, const QVector<const Command*>& group);

// Grouped by file.
void addProjectCommands(QVector<Command>& commands);     // projectcommands.cpp
void addCodebookCommands(QVector<Command>& commands);    // codebookcommands.cpp
void addAnalysisCommands(QVector<Command>& commands);    // analysiscommands.cpp
void addAgreementCommands(QVector<Command>& commands);   // agreementcommands.cpp
void addRefiCommands(QVector<Command>& commands);        // reficommands.cpp
void addEvaluationCommands(QVector<Command>& commands);  // evaluationcommands.cpp
void addReliabilityCommands(QVector<Command>& commands); // reliabilitycommands.cpp
void addGenerateCommands(QVector<Command>& commands);    // generatecommands.cpp
void addTeamCommands(QVector<Command>& commands);        // teamcommands.cpp
void addTextCommands(QVector<Command>& commands);        // textcommands.cpp
void addQueryCommands(QVector<Command>& commands);       // querycommands.cpp
void addLookupCommands(QVector<Command>& commands);      // lookupcommands.cpp

} // namespace situate::cli
