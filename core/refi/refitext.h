// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// The conventions by which Situate writes what REFI-QDA has no element for (criteria, the
// theory-of-change element, research question titles, choice lists) and reads them back;
// and the clean-up of what other tools write (GUIDs, colours, code paths in names).
namespace situate::refi {

/// A GUID as Situate stores it (lower case, no braces), or empty when `guid` is not one.
QString cleanGuid(const QString& guid);
/// A stable GUID derived from another one, for elements Situate has no row for (the
/// selection around a coding, the note holding a coding memo).
QString derivedGuid(const QString& guid, QLatin1String purpose);
/// "#rrggbb" from "#RRGGBB" or "#RGB"; empty when `colour` is no colour.
QString cleanColour(const QString& colour);
/// "#RRGGBB", as REFI-QDA files usually spell colours.
QString refiColour(const QString& colour);

/// A code's definition, then its criteria and ToC element as labelled paragraphs
/// ("Inclusion: ...", "Exclusion: ...", "Example: ...", "Theory of change: mechanism").
QString codeDescription(const Code& code);
/// Splits a description written by codeDescription back into the code's fields. Text
/// without the labels (any other tool's) becomes the definition.
void readCodeDescription(const QString& description, Code* code);

/// How code names are split into levels (see core/refi/README.md, "Import").
struct CodeNameParts {
    QStringList levels;
    bool slashReplaced = false; // a "/" inside a name became U+2215
};
/// `flat` is true when no code of the file is nested in another.
CodeNameParts splitCodeName(const QString& name, bool flat);

/// Runs of white space become one space, ends trimmed: how labels and texts are compared.
QString collapseSpace(QStringView text);

/// The name of the note Situate refers to from a coding flagged as a key quote (REFI-QDA has
/// no place for the flag); its text says the same, for the tools that show it as a memo.
inline QString keyQuoteNoteName() {
    return QStringLiteral("Key quote");
}

/// "RQ1: title" (or "RQ1"), the name of the Set that holds a research question.
QString questionSetName(const ResearchQuestion& q);
/// Reads a Set name back into a code and a title: "RQ1: Title" splits when the part before
/// ": " is one short word not in `takenCodes`; otherwise the whole name is the code.
void readQuestionSetName(const QString& name, const QStringList& takenCodes, QString* code,
                         QString* title);

/// The Description of a Variable for a choice attribute ("Choices:" and one per line).
QString choicesDescription(const QStringList& choices);
/// The choices a Variable's Description lists, or an empty list.
QStringList readChoicesDescription(const QString& description);

} // namespace situate::refi
