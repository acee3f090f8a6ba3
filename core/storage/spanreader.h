// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a million codings' span columns on both cores (internal to core/storage/; used by
// loadCodingSpans). SQLite in WAL mode lets two connections read the same snapshot at once:
// this connection reads the first half of the rowids while a second, read-only connection
// reads the second half on a thread of its own.

#include "core/storage/analysisqueries.h"

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace situate::spanreader {

/// Below this many codings one thread reads them as fast.
inline constexpr qint64 halvesFrom = 100000;

/// Every coding's span columns in rowid order (as one `SELECT … FROM codings` gives them),
/// read in two halves at once; nothing when the halves cannot be read as one snapshot, so
/// the caller reads alone: `db` inside a transaction (its uncommitted rows are its own), a
/// second connection that does not open, or another connection committing while the two
/// read (`PRAGMA data_version` moved).
std::optional<QVector<CodingSpan>> readInHalves(sqlite3* db, qint64 rows);
/// The same read handed to `sink` (sink.start(2, …), then each half from its own thread),
/// whenever the rowids span at least halvesFrom; false when it was not read that way (the
/// caller then starts the sink over and reads alone). No count first: the halves are split
/// at the middle rowid, which min(id) and max(id) give from the table's b-tree at once.
bool readInHalves(sqlite3* db, CodingSpanSink& sink);

/// Every (code, document) pair's codings, ordered by code then document, into `out`
/// (loadCodeDocumentCounts), from the index on codings(code_id, document_id), the codes cut
/// into ranges that this connection and a second, read-only one take in turn (ranges of codes,
/// not two halves: codings are rarely spread evenly over the code ids). False, with `out`
/// empty, when they were not read that way: as readInHalves, when the rowids span fewer than
/// halvesFrom, `db` is inside a transaction, or the two did not read one snapshot.
bool countInRanges(sqlite3* db, QVector<CodeDocumentCount>& out);
/// The same read in ranges when countInRanges can, else in one read here; SQLITE_DONE or the
/// failure.
int countCodeDocuments(sqlite3* db, QVector<CodeDocumentCount>& out);

/// Steps `st` to its end, appending each row (id, document, code, coder, start, end);
/// SQLITE_DONE or the failure.
int appendSpans(sqlite3_stmt* st, QVector<CodingSpan>& out);
/// The same, handing the rows to `sink` as `part` in batches.
int streamSpans(sqlite3_stmt* st, CodingSpanSink& sink, int part);

} // namespace situate::spanreader
