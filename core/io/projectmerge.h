// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Merging another project's codings into this one, so coders who worked on copies of a
// project can be compared and reconciled. Rules in core/agreement/README.md, "Merge".

#include "core/commands/editor.h"

#include <QStringList>

namespace situate {

class Project;

/// What a merge matched, added and refused, in words a user can check.
struct MergeReport {
    QStringList documentsMatched; // "NAME" or "OTHER NAME as NAME"
    QStringList documentsRefused; // "NAME: reason"
    QStringList codesMatchedByUuid;
    QStringList codesMatchedByPath;
    QStringList codesCreated; // paths here
    QStringList codersMatched;
    QStringList codersAdded;
    int codingsAdded = 0;
    int duplicatesSkipped = 0; // same document, code, coder and range already here
    int codingsRefused = 0;
    QStringList refusals; // why codings were refused, one line per reason and count
};

/// Brings `other`'s codes, coders and codings into the project behind `e`: documents matched
/// by content hash (no document is added: codings on unmatched documents are refused), codes
/// by UUID then by path (missing ones created, parents first), coders by name (created when
/// missing), codings added unless the same document, code, coder and range is already here.
Result<MergeReport> mergeProject(Editor& e, const Storage& other);

/// Opens `otherPath` and merges it into `project` as one undoable step.
Result<MergeReport> mergeProjectFile(Project& project, const QString& otherPath);

} // namespace situate
