// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The queries behind frequencies, co-occurrence and extracts. They fetch compact rows in
// one pass; the counting itself (interval sweeps) happens in core/analysis/, in C++.

#include "core/result.h"
#include "core/storage/storage.h"

#include <QByteArrayView>
#include <QString>
#include <QVector>

namespace situate {

/// One coding reduced to what counting needs: where it is, which code, which coder.
struct CodingSpan {
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 coderId = 0;
    qint64 start = 0;
    qint64 end = 0;
};

/// The parts of a coding an extract shows besides its span.
struct CodingDetail {
    qint64 id = 0;
    QString uuid;
    QString memo;
    QString created; // ISO 8601 UTC as stored
};

/// A coding's text and up to a context length of code points either side of it.
struct CodingText {
    qint64 id = 0;
    QString before;
    QString text;
    QString after;
};

/// A speaker turn reduced to its document and range.
struct TurnSpan {
    qint64 documentId = 0;
    qint64 start = 0;
    qint64 end = 0;
};

/// The codings of the given codes (all codings when `codeIds` is empty), unordered; with
/// `documentIds`, only those documents' codings (the lists may be ignored when too long to
/// bind, so callers filter too).
/// Counting reads a million of these at a time, so this bypasses QVariant: on SQLite through
/// the sqlite3 handle, on PostgreSQL (all codings) with a COPY through the libpq handle.
Result<QVector<CodingSpan>> loadCodingSpans(const Storage& s, const QVector<qint64>& codeIds = {},
                                            const QVector<qint64>& documentIds = {});
/// Receives the codings forEachCodingSpan reads, a batch at a time, possibly from two threads
/// at once.
class CodingSpanSink {
public:
    virtual ~CodingSpanSink() = default;
    /// Before the first row: the rows come in `parts` parts (1 or 2), each from a thread of its
    /// own at the same time, at most about `expected` rows in all (a hint for reserving). Called
    /// again when a read in two parts has to start over on one thread: drop what came before.
    virtual void start(int parts, qint64 expected) = 0;
    /// Some rows of `part` (0 <= part < parts), on that part's thread.
    virtual void take(int part, const CodingSpan* rows, qsizetype count) = 0;
};

/// The rows loadCodingSpans would return (the same filter, the same contract), handed to `sink`
/// as they are read instead of gathered first: a counter maps and keeps only what it needs,
/// on both cores, and a million rows are never held twice. An unfiltered read of a SQLite
/// file comes in two parts at once (spanreader.h), without counting the rows first.
Status forEachCodingSpan(const Storage& s, CodingSpanSink& sink,
                         const QVector<qint64>& codeIds = {},
                         const QVector<qint64>& documentIds = {});
/// How many codings one code has in one document, every coder's together.
struct CodeDocumentCount {
    qint64 codeId = 0;
    qint64 documentId = 0;
    qint64 codings = 0;
};

/// Every (code, document) pair that has codings, with how many, ordered by code then
/// document: all that counting codings, documents and cases needs when it tells neither
/// positions nor coders apart. On a SQLite file this reads the index on
/// codings(code_id, document_id) alone, a quarter of the table's pages, in ranges of codes on
/// two connections at once when the table is large (spanreader.h); elsewhere one GROUP BY.
Result<QVector<CodeDocumentCount>> loadCodeDocumentCounts(const Storage& s);
/// Reads one coding as PostgreSQL sends it for loadCodingSpans: six integers "id document code
/// coder start end" separated by single spaces (a text query) or by `separator` (tabs, a
/// COPY). False for any other text, a number outside qint64 included; `out` is then
/// unchanged.
bool parseCodingSpan(QStringView row, CodingSpan* out);
bool parseCodingSpan(QByteArrayView row, char separator, CodingSpan* out);
/// PostgreSQL: from how many codings (the planner's estimate) loadCodingSpans reads all
/// codings in two halves over two connections at once (100,000; tests set 0 to use it on a
/// small project). Returns the previous value.
qsizetype setParallelReadThreshold(qsizetype codings);
/// PostgreSQL: whether loadCodingSpans can read with a COPY through the connection's own libpq
/// (found in the process, core/storage/libpqhandle.h) rather than text rows, about twice as
/// slow. False on SQLite and in builds without libpq's headers.
bool postgresCopyAvailable(const Storage& s);
/// Uuid, memo and creation time of every coding of one document.
Result<QVector<CodingDetail>> loadCodingDetails(const Storage& s, qint64 documentId);
/// The same for the given codings only, in the order of `ids`.
Result<QVector<CodingDetail>> loadCodingDetailsById(const Storage& s, const QVector<qint64>& ids);
/// The texts of the given codings only, cut from their documents by the engine (substr counts
/// code points on both), in the order of `ids`; an id that no longer exists gets empty texts.
/// A page of a long list reads this instead of whole documents.
Result<QVector<CodingText>> loadCodingTexts(const Storage& s, const QVector<qint64>& ids,
                                            int contextLength);
/// Every speaker turn of the project, ordered by document and start.
Result<QVector<TurnSpan>> loadTurnSpans(const Storage& s);
/// The documents in Storage::documents()'s order with only their id, name and length filled,
/// what a comparison needs: on SQLite read straight from the listing index (a thousand
/// documents through QVariant, with every column and their cases, took 5 ms of a 0.12 s run).
Result<QVector<DocumentInfo>> loadDocumentLengths(const Storage& s);

} // namespace situate
