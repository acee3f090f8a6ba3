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

} // namespace situate::cli
