// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running a coding query on a project: the names resolved (an unknown one is an error that
// names it), the codings read, and the set of characters computed in every document
// (core/query/README.md).

#include "core/query/querydata.h"
#include "core/query/queryparser.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace situate::query {

/// What each run of a result is widened to (`--unit`).
enum class Unit { Run, Turn, Paragraph, Document };
/// "run", "turn", "paragraph", "document".
bool parseUnit(const QString& name, Unit* out);

struct Counts {
    qint64 runs = 0;
    qint64 documents = 0; // with at least one run
    qint64 cases = 0;     // distinct cases of those documents
    qint64 characters = 0;
};

/// What the caller of a query answered once uses: its runs alone (a matrix row, auto-coding),
/// or their text too (the CLI writes it). With Needs::Texts each run's text is kept while the
/// evaluation has its document's text in hand (`near`, `in paragraph`, `--unit paragraph`
/// read it), so that writing the result does not read that text a second time.
enum class Needs { Runs, Texts };

/// A query's answer: the runs of every document, by the document's position in data's list.
struct QueryResult {
    QString query;
    std::shared_ptr<QueryData> data;
    std::vector<Runs> runs;
    /// With Needs::Texts, by position: the UTF-8 of each of the runs of the documents whose
    /// text the evaluation read; empty for the others, whose runs' text is read through data.
    std::vector<std::vector<QByteArray>> texts;
    Counts counts() const;
};

/// Parses `text` and resolves every name in it, reading no coding: the error runQuery
/// would give for a bad query, or ok.
Status checkQuery(const Storage& storage, const QString& text);

/// Parses, resolves and evaluates `text` on `storage`, document by document, then widens the
/// runs to `unit`.
Result<QueryResult> runQuery(const Storage& storage, const QString& text, Unit unit = Unit::Run,
                             Needs needs = Needs::Runs);
/// The same on a loaded query context: `loaded` is bound to `storage` and reads only what it
/// has not read for an earlier query (the codings of a code not asked for before, say), so a
/// query on a project unchanged since is answered from memory. It stays bound: the caller
/// unbinds it when done with the result (which reads texts through it). A null `loaded` is a
/// new one.
Result<QueryResult> runQuery(const Storage& storage, std::shared_ptr<QueryData> loaded,
                             const QString& text, Unit unit = Unit::Run);

} // namespace situate::query
