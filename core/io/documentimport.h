// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace situate {

class Project;

/// What a bulk import did, file by file.
struct DocumentImportReport {
    QStringList imported;   // document names
    QStringList duplicates; // "file: same text as document X"
    QStringList failures;   // "file: problem"
    bool cancelled = false;
};

struct DocumentImportOptions {
    QString caseName; // assign every imported document to this case (created if needed)
    /// Called after each file is read: (files done, files in all). May be null.
    std::function<void(int, int)> progress;
    /// Set from another thread to stop before the next file; nothing is written then.
    const std::atomic_bool* cancel = nullptr;
};

/// Expands folders (recursively, importable suffixes only, sorted) into files.
QStringList collectImportFiles(const QStringList& filesOrFolders, QStringList* problems);

/// Reads the files and adds them to the project as one undo step. A document is named
/// after its file without the extension; a name clash (with the project or within the
/// batch) fails the whole import naming both files. Files that cannot be read are
/// reported and skipped; a file whose text is already in the project is reported as a
/// duplicate and not imported twice.
Result<DocumentImportReport> importDocuments(Project& project, const QStringList& files,
                                             const DocumentImportOptions& options = {});

/// Document name for a file: the file name without its (last) extension.
QString documentNameForFile(const QString& path);

} // namespace situate
