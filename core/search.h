// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Full-text search over a project's documents; its SQL is core/storage/search.cpp.

#include "core/result.h"
#include "core/storage/connectionsecret.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace situate {

/// One place where a search matched, with a little context.
struct SearchHit {
    qint64 documentId = 0;
    QString documentName;
    qint64 start = 0; // code points, end exclusive
    qint64 end = 0;
    QString before;
    QString match;
    QString after;
};

/// A parsed search: words (all must occur), "quoted phrases" and prefixes (word*).
struct SearchQuery {
    QStringList words;
    QStringList phrases;
    QStringList prefixes;
    bool isEmpty() const { return words.isEmpty() && phrases.isEmpty() && prefixes.isEmpty(); }
    static SearchQuery parse(const QString& text);
    /// The FTS5 MATCH expression (every term quoted, so user text is never FTS syntax).
    QString ftsExpression() const;
};

/// Searches the project's documents (SQLite FTS5 finds the documents, then every
/// occurrence is located in their text). Opens its own read-only connection, so it can
/// run on a worker thread while the GUI keeps the project open; on a server with `secret`,
/// the password the project was opened with (Storage::secret()).
Result<QVector<SearchHit>> searchProject(const QString& projectPath, const SearchQuery& query,
                                         int maxHits = 5000,
                                         const std::atomic_bool* cancel = nullptr,
                                         const ConnectionSecret& secret = {});

} // namespace situate
