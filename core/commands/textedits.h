// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Editing a document's text after coding: the one writer every text change goes through (an
// edit in the document view, `situate-cli edit`, find and replace, pseudonymisation). It
// applies a list of replacements and moves everything anchored in the text by the
// re-anchoring rule (core/text/README.md), inside the caller's Editor, so the whole change is
// one transaction and one undo step.

#include "core/commands/editor.h"
#include "core/enumnames.h"
#include "core/text/reanchor.h"

#include <QDateTime>

#include <functional>

namespace situate {

/// What kind of edit a history row records.
enum class TextEditKind { Edit, Replace, Pseudonymise };
inline constexpr EnumName<TextEditKind> textEditKindNames[] = {
    {TextEditKind::Edit, "edit"},
    {TextEditKind::Replace, "replace"},
    {TextEditKind::Pseudonymise, "pseudonymise"},
};

/// The history row of one edit: when it was made, by whom and what it changed. No text: a
/// pseudonymised name must not survive in the history.
struct DocumentEdit {
    qint64 id = 0;
    qint64 documentId = 0;
    QDateTime at;
    QString who;
    TextEditKind kind = TextEditKind::Edit;
    qint64 replacements = 0;
    qint64 removed = 0;  ///< code points removed
    qint64 inserted = 0; ///< code points inserted
};

/// What one edit did (or, previewed, would do) to a document.
struct TextEditReport {
    qint64 replacements = 0;
    EditCounts codings;             ///< unchanged, moved, changed, removed
    QVector<qint64> removedCodings; ///< ids of the codings the edit removes
    QVector<qint64> touchedCodings; ///< ids of the codings whose text it changes
    qint64 historyId = 0;           ///< the history row that records it
};

/// How an edit is recorded and what else it rewrites.
struct TextEditOptions {
    TextEditKind kind = TextEditKind::Edit;
    /// Who made it, for the history (a coder's name, or the system user's).
    QString who;
    /// Applied to the speaker labels of turns that come with timestamps (captions), whose
    /// turns are moved rather than detected again; pseudonymisation passes its list here.
    std::function<QString(const QString&)> relabel;
    /// The history row of the edit this one continues (the keystrokes of one burst of
    /// typing): its counts grow and its time moves on instead of a new row being added.
    qint64 continueHistory = 0;
    /// The content hash of the text the edit was made on (the document view's); when the
    /// stored text is another one (another owner edited it), the edit is refused as Stale.
    QString seenHash;
};

/// What `replacements` would do to the document's codings, without writing anything. The
/// list must be checked against the text (checkReplacements); a failure says why not.
Result<TextEditReport> previewTextEdit(const Storage& storage, qint64 documentId,
                                       const QVector<Replacement>& replacements);

/// Replaces `replacements` (code points of the stored text, sorted, not overlapping; texts
/// NFC-normalised) in the document and moves everything anchored in it: codings by the
/// re-anchoring rule (those that lay wholly in deleted text are removed, with their evidence
/// links, so undo restores them with their ids), speaker turns (detected again from the new
/// text; turns with caption timestamps keep their times and move by the rule), the
/// document's length and content hash, and the search index. Adds a history row. An empty
/// list changes nothing and records nothing.
Result<TextEditReport> editDocumentText(Editor& e, qint64 documentId,
                                        const QVector<Replacement>& replacements,
                                        const TextEditOptions& options);

/// The document's history of text edits, oldest first.
Result<QVector<DocumentEdit>> documentEdits(const Storage& storage, qint64 documentId);

/// The name the system knows the current user by, for the history when no coder is named.
QString systemUserName();

} // namespace situate
