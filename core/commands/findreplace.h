// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Find and replace across one document or the whole project, as one edit (one transaction,
// one undo step), through the one text writer (textedits.h).

#include "core/commands/textedits.h"
#include "core/text/textmatch.h"

namespace situate {

/// What replacing did (or, previewed, would do) in one document.
struct DocumentReplaceReport {
    qint64 documentId = 0;
    QString document;
    TextEditReport edit; ///< its replacements and what they do to the codings
};

/// What replacing did across documents: those with a match (and every one asked for by
/// name), in the project's document order.
struct ReplaceReport {
    QVector<DocumentReplaceReport> documents;
    qint64 total = 0;
};

/// One find and replace.
struct ReplaceRequest {
    QString find;
    QString with;
    FindOptions options;
    /// The documents to search; every document when empty.
    QVector<qint64> documentIds;
};

/// Previews `request` without writing anything.
Result<ReplaceReport> previewReplace(const Storage& storage, const ReplaceRequest& request);
/// Replaces every match in the documents `request` names; `who` goes into their history.
Result<ReplaceReport> replaceInDocuments(Editor& e, const ReplaceRequest& request,
                                         const QString& who);

} // namespace situate
