// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace situate {

class Project;

namespace refi {

/// What a REFI-QDA import brought in and what it left out, for the CLI and the GUI.
struct ImportReport {
    QString file;
    QString origin; // the exporting tool, as the file names it
    bool codebookOnly = false;
    int documentsAdded = 0;
    int documentsReused = 0; // same text as a document already in the project
    int codesCreated = 0;
    int codesMatched = 0; // by GUID, then by path
    int codersCreated = 0;
    int codingsAdded = 0;
    int codingsDuplicate = 0; // already in the project (same document, code, coder, range)
    int codingsNotPlaced = 0; // listed in `notPlaced`
    int casesCreated = 0;
    int casesMatched = 0;
    int attributesCreated = 0;
    int attributeValues = 0;
    int memos = 0;     // memos written, coding memos not counted
    int keyQuotes = 0; // codings flagged as key quotes (a "Key quote" note on the coding)
    int questionsCreated = 0;
    int questionsMatched = 0;
    int questionLinks = 0;
    QStringList notPlaced; // one line per coding that could not be placed, with the reason
    QStringList skipped;   // what was left out, with counts
    QStringList warnings;  // what came in changed, or needs a look
    QStringList notes;     // how offsets were read, per source
};

/// Progress of an import: steps done, steps in all, and what is being read. Returning false
/// cancels the import, which then fails and leaves the project unchanged.
using ImportProgress = std::function<bool(int done, int total, const QString& step)>;

/// Imports a REFI-QDA project (.qdpx, or a bare .qde with an optional sources folder
/// beside it; a .qdc codebook is accepted too) into `project` as one undo step: all or
/// nothing. Documents are matched by their text, codes by GUID and then by path, coders
/// by GUID and then by name. Every coding is placed on exactly the text the exporting tool
/// coded, or reported in `notPlaced`; sources Situate cannot hold are reported as skipped.
/// A damaged or hostile file fails with a message and leaves the project unchanged.
Result<ImportReport> importProject(Project& project, const QString& path,
                                   const ImportProgress& progress = {});

/// Imports a REFI-QDA codebook (.qdc): its codes, and its sets of codes as research
/// questions. A project file is refused with a hint to import it as a project.
Result<ImportReport> importCodebook(Project& project, const QString& path,
                                    const ImportProgress& progress = {});

} // namespace refi
} // namespace situate
