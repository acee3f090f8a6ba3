// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sheets of pseudonymisation: the replacement list a team writes (find, replace and
// optional match and case columns), the key Situate writes for the team to keep outside the
// project, and the candidate list it suggests.

#include "core/commands/pseudonymise.h"
#include "core/io/csv.h"
#include "core/text/candidates.h"

namespace situate {

/// Reads a list with the columns `find` and `replace` and the optional `match` (`word`, the
/// default, or `anywhere`) and `case` (`sensitive`, the default, or `ignore`). A row with an
/// empty find, an unknown match or case, or an entry repeated is refused, named by its line.
Result<QVector<PseudonymEntry>> readPseudonymList(const csv::Table& table, const QString& fileName);

/// The list as readPseudonymList reads it back: columns find, replace, match, case.
QByteArray pseudonymListSheet(const QVector<PseudonymEntry>& entries);

/// The key: columns find, replace, document, count.
QByteArray pseudonymKeySheet(const QVector<PseudonymKeyRow>& key);

/// Whether the key file `keyPath` would lie in the folder of the project file `projectPath`
/// or below it, where it would travel with the very project it protects (shared,
/// synchronised, committed with it). Symbolic links are followed as far as the folders
/// exist. Never for a project on a server, which has no folder.
bool keyInsideProjectFolder(const QString& keyPath, const QString& projectPath);

/// The candidates: columns candidate, kind, count, documents (names joined by "; ").
QByteArray candidateSheet(const QVector<Candidate>& candidates);

/// Every document of the project as the candidate finder reads it.
Result<QVector<CandidateSource>> candidateSources(const Storage& storage);

} // namespace situate
