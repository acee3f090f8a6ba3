// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Failed statements and connections as users read them. The driver's words (QPSQL's
// "Unable to …", "ERROR:", SQLSTATE codes) never reach a message: each failure says what
// happened and what to do, with at most the server's own sentence in brackets.

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace situate::sqlfailure {

/// A failed statement. On PostgreSQL the SQLSTATE gives the kind: 23505 (a unique key
/// another client took just before), 40001 and 40P01 are Conflict, 42501 Refused, a lost
/// connection ConnectionLost; SQLite's failures are Other with SQLite's own sentence.
Status statement(const QSqlError& error);
/// The same after what was being done: "<context>: <words>", of the same kind.
Status statement(const QSqlError& error, const QString& context);
/// A statement that never ran and left no error: QSqlQuery refuses statements on a closed
/// connection with only a warning, and QPSQL closes its connection when libpq reports it
/// lost. On PostgreSQL that is ConnectionLost.
Status notRun(const QSqlDatabase& db);
/// The failure of a query that did not run (lastError(), or notRun() when it has none).
Status query(const QSqlQuery& q, const QSqlDatabase& db);
/// The same after what was being done: "<context>: <words>".
Status query(const QSqlQuery& q, const QSqlDatabase& db, const QString& context);
/// A connection that could not be opened to `where` (a URL without password): unreachable,
/// a password wanted or refused (kind Authentication), no such database, no encryption, …
Status connection(const QSqlError& error, const QString& where);
/// The server's (or SQLite's) own sentence, without driver prefixes, "ERROR:" or SQLSTATE;
/// empty when there is none.
QString serverSentence(const QSqlError& error);
/// Whether `error` is PostgreSQL's "current transaction is aborted" (25P02), which only
/// repeats that an earlier statement of the transaction failed.
bool isAbortedTransaction(const QSqlError& error);

} // namespace situate::sqlfailure
