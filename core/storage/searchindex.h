// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace situate {

class Storage;

/// Many documents added in one edit are indexed for search in one statement rather than one
/// by one. On SQLite the insert trigger hands each new document to FTS5, and the savepoint
/// of the statement after it makes FTS5 write that document out as a segment of its own,
/// merged again later: a quarter of a large import. Inside the edit's transaction,
/// pauseSearchInserts() drops that trigger (answering its SQL); resumeSearchInserts()
/// indexes the documents with ids `firstId`..`lastId` at once and creates the trigger again
/// from the same SQL, so the committed schema is unchanged, a failed edit rolls both back,
/// and undo and redo keep the index through the triggers as before. PostgreSQL's search
/// column is computed by the server: there both do nothing.
Result<QString> pauseSearchInserts(Storage& storage);
Status resumeSearchInserts(Storage& storage, const QString& trigger, qint64 firstId, qint64 lastId);

} // namespace situate
