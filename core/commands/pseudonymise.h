// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pseudonymisation: a replacement list applied to the whole project as one edit, everywhere
// a name can hide: document texts (speaker labels included), document and case names,
// memos, coding memos, code definitions and examples, evidence summaries, maturity
// rationales and consensus reasoning, and the values of text attributes. The key (what was
// replaced by what, where, how often) is returned for a file the user chooses; it is never
// written into the project.

#include "core/commands/textedits.h"
#include "core/text/textmatch.h"

namespace situate {

/// One row of the key: `find` was replaced by `replace` `count` times in `document`'s text
/// (the document's name before the change), or, with an empty `document`, in the project's
/// other texts (names, memos, summaries, ...). Every entry has at least one row; an entry
/// that matched nothing has one row with an empty document and a count of 0.
struct PseudonymKeyRow {
    QString find;
    QString replace;
    QString document;
    qint64 count = 0;
};

/// What a pseudonymisation did (or, planned, would do).
struct PseudonymReport {
    QVector<PseudonymKeyRow> key;
    qint64 documents = 0;    ///< documents whose text changed
    qint64 replacements = 0; ///< in document texts
    qint64 otherTexts = 0;   ///< other texts changed (names, memos, ...)
    EditCounts codings;      ///< what the text changes do to codings
};

/// What applying `entries` (checked with checkPseudonymEntries) would do; writes nothing.
Result<PseudonymReport> planPseudonymisation(const Storage& storage,
                                             const QVector<PseudonymEntry>& entries);

/// Applies `entries` to the whole project inside `e`; `who` goes into the history.
Result<PseudonymReport> pseudonymiseProject(Editor& e, const QVector<PseudonymEntry>& entries,
                                            const QString& who);

} // namespace situate
