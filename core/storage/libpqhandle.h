// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The libpq connection under a QPSQL connection, for the few things QSqlQuery cannot do
// (a streamed COPY, the connection's state without a round trip). Only in builds with
// libpq's headers (SITUATE_HAVE_LIBPQ).
//
// Situate does not link libpq: its functions are looked up in the libpq that the QPSQL
// driver loaded (Debian's QPSQL links the system libpq, so both speak of the same PGconn).
// A program that never opens a server connection never loads libpq and the twenty libraries
// it brings.

#ifdef SITUATE_HAVE_LIBPQ
#include <QSqlDatabase>

#include <libpq-fe.h>

namespace situate {

/// libpq's functions that Situate calls, as the loaded library has them.
struct LibPq {
    decltype(&::PQclear) clear;
    decltype(&::PQconnectdbParams) connectdbParams;
    decltype(&::PQconninfo) conninfo;
    decltype(&::PQconninfoFree) conninfoFree;
    decltype(&::PQerrorMessage) errorMessage;
    decltype(&::PQexec) exec;
    decltype(&::PQfinish) finish;
    decltype(&::PQfreemem) freemem;
    decltype(&::PQgetCopyData) getCopyData;
    decltype(&::PQgetResult) getResult;
    decltype(&::PQgetvalue) getvalue;
    decltype(&::PQisBusy) isBusy;
    decltype(&::PQnfields) nfields;
    decltype(&::PQntuples) ntuples;
    decltype(&::PQresultErrorMessage) resultErrorMessage;
    decltype(&::PQresultStatus) resultStatus;
    decltype(&::PQstatus) status;
    decltype(&::PQtransactionStatus) transactionStatus;
};

/// The functions, once QPSQL has loaded libpq; null before that, or if one is missing.
const LibPq* libPq();

/// The PGconn of a QPSQL connection, or null (another driver, none open, or libpq's
/// functions not found): then the callers take the QSqlQuery path.
PGconn* postgresHandle(const QSqlDatabase& db);

} // namespace situate
#endif
