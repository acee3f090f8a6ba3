// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reads behind coding queries (core/query/) that the typed reads of Storage and
// analysisqueries.h do not already give.

#include "core/result.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/storage.h"

#include <QString>
#include <QVector>

#include <functional>

struct sqlite3_stmt;

namespace situate {

/// A speaker turn with its document, for queries over every document at once.
struct SpeakerTurnRow {
    qint64 documentId = 0;
    QString speaker;
    qint64 start = 0;
    qint64 end = 0;
};

/// Every speaker turn of the project, ordered by document and start.
Result<QVector<SpeakerTurnRow>> loadSpeakerTurnRows(const Storage& s);

/// The distinct speaker names of the project.
Result<QStringList> loadSpeakerNames(const Storage& s);

/// Reads documents' texts one after another through one prepared statement: on a file through
/// the sqlite3 handle as the UTF-8 SQLite stores (a query reads hundreds of transcripts and
/// converts none of them whole), elsewhere as Storage::documentText gives them.
class TextReader {
public:
    explicit TextReader(const Storage& s);
    ~TextReader();
    TextReader(const TextReader&) = delete;
    TextReader& operator=(const TextReader&) = delete;

    /// Hands `take` the UTF-8 text of the document `id` (nothing when there is none; the
    /// bytes live until `take` returns); a failure is kept in status().
    void read(qint64 id, const std::function<void(const char* utf8, qsizetype size)>& take);
    const Status& status() const { return m_status; }

private:
    const Storage& m_storage;
    sqlite3_stmt* m_statement = nullptr;
    Status m_status;
};

/// The span columns of every coding of `codes`, in no particular order. On a file the rows
/// are read in rowid order: their ids from the covering index codings(code_id, document_id)
/// first, then each row once through the table's b-tree. Read in the index's order instead,
/// neighbouring rows of one code lie on pages far apart, and SQLite's page cache let go of
/// most table pages before the next row on them came: twice the page reads (25,000 against
/// 13,700 for two codes of 109,000 codings on the large project).
Result<QVector<CodingSpan>> loadCodeSpans(const Storage& s, const QVector<qint64>& codes);

} // namespace situate
