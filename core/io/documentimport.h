// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QString>
#include <QStringList>
#include <QVector>

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
    /// Called after each file is read: (files done, files in all), from the reading threads
    /// one call at a time. May be null.
    std::function<void(int, int)> progress;
    /// Set from another thread to stop before the next file; nothing is written then.
    const std::atomic_bool* cancel = nullptr;
    /// The process has the project to itself (situate-cli): the import is written through
    /// SQLite's rollback journal, each page once (core/storage/rollbackjournal.h).
    bool soleUser = false;
};

/// Expands folders (recursively, importable suffixes only, sorted) into files.
QStringList collectImportFiles(const QStringList& filesOrFolders, QStringList* problems);

/// A file read by an importer, ready to be added to a project.
struct ReadDocument {
    QString file;
    QString name; // the document name it will get
    QString originalName;
    QString format;
    QString text;
    QVector<SpeakerTurn> turns;
    QString hash;       // contentHash(text), computed by the reading thread
    qint64 length = -1; // the text's code points, counted by the reading thread
};

/// The reading half of an import: parses and hashes every file on one thread per core,
/// touching no project, so it can run on a worker thread too. The documents and `failures`
/// (unreadable files) keep the order of `files`; with `cancel` set it stops early.
QVector<ReadDocument> readDocumentFiles(const QStringList& files,
                                        const DocumentImportOptions& options, QStringList* failures,
                                        bool* cancelled);

/// The writing half: adds read documents as one undo step (see importDocuments).
Result<DocumentImportReport> addReadDocuments(Project& project, const QVector<ReadDocument>& reads,
                                              const DocumentImportOptions& options = {});

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
