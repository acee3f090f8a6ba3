// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reads behind coding queries (core/query/) that the typed reads of Storage and
// analysisqueries.h do not already give.

#include "core/result.h"
#include "core/storage/storage.h"

#include <QString>
#include <QVector>

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
/// the sqlite3 handle as UTF-8 (a query reads hundreds of transcripts, and SQLite's own
/// conversion to UTF-16 for Qt's driver costs more than Qt's from UTF-8), elsewhere as
/// Storage::documentText does.
class TextReader {
public:
    explicit TextReader(const Storage& s);
    ~TextReader();
    TextReader(const TextReader&) = delete;
    TextReader& operator=(const TextReader&) = delete;

    /// The text of the document `id` (empty when there is none); a failure is kept in status().
    QString text(qint64 id);
    const Status& status() const { return m_status; }

private:
    const Storage& m_storage;
    sqlite3_stmt* m_statement = nullptr;
    Status m_status;
};

} // namespace situate
