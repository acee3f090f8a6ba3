// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace situate {

/// What `situate-cli generate` makes: sizes, the seed, and where to write the documents as
/// files for the import benchmarks.
struct GenerateOptions {
    int documents = 100;
    int words = 5000; // per document
    int codes = 200;
    qint64 codings = 10000; // in all, over every coder
    int coders = 2;
    quint64 seed = 1;
    QString txtDir = {};  // when set, every document is also written there as NAME.txt
    QString docxDir = {}; // ... and there as NAME.docx
};

/// What was generated, as counted while writing.
struct GenerateReport {
    qint64 documents = 0;
    qint64 codes = 0;
    qint64 codings = 0;
    qint64 coders = 0;
    qint64 cases = 0;
    qint64 questions = 0;
    qint64 characters = 0; // code points of all texts
};

/// Limits of the generator's options; a readable message for the first one broken.
Status validateGenerateOptions(const GenerateOptions& options);

/// Creates a new project at `path` (an existing file is refused) holding a synthetic study:
/// interview transcripts with speaker turns, a three-level theory-of-change codebook linked to
/// research questions, 7 cases with attributes, and codings by several coders who partly agree
/// (each later coder repeats about 70% of the first coder's codings with shifted boundaries
/// and codes the rest independently). The same options give the same project content.
/// Rows are written in large transactions through BulkWriter, not as undoable edits.
/// `progress`, when given, is told how many documents are done.
Result<GenerateReport> generateProject(const QString& path, const GenerateOptions& options,
                                       const std::function<void(int)>& progress = {});

} // namespace situate
