// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/libpqhandle.h"

#ifdef SITUATE_HAVE_LIBPQ
#include <QLibrary>
#include <QSqlDriver>
#include <QVariant>

namespace situate {

namespace {

template <typename F> bool lookUp(QLibrary& library, F& function, const char* name) {
    function = reinterpret_cast<F>(library.resolve(name));
    return function != nullptr;
}

const LibPq* resolveAll() {
    // Already in the process when a QPSQL connection exists: load() only finds it.
    static QLibrary library(QStringLiteral("pq"), 5);
    if (!library.load())
        return nullptr;
    static LibPq f;
    const bool all =
        lookUp(library, f.clear, "PQclear") &&
        lookUp(library, f.connectdbParams, "PQconnectdbParams") &&
        lookUp(library, f.conninfo, "PQconninfo") &&
        lookUp(library, f.conninfoFree, "PQconninfoFree") &&
        lookUp(library, f.errorMessage, "PQerrorMessage") && lookUp(library, f.exec, "PQexec") &&
        lookUp(library, f.finish, "PQfinish") && lookUp(library, f.freemem, "PQfreemem") &&
        lookUp(library, f.getCopyData, "PQgetCopyData") &&
        lookUp(library, f.getResult, "PQgetResult") && lookUp(library, f.getvalue, "PQgetvalue") &&
        lookUp(library, f.isBusy, "PQisBusy") && lookUp(library, f.nfields, "PQnfields") &&
        lookUp(library, f.ntuples, "PQntuples") &&
        lookUp(library, f.resultErrorMessage, "PQresultErrorMessage") &&
        lookUp(library, f.resultStatus, "PQresultStatus") &&
        lookUp(library, f.status, "PQstatus") &&
        lookUp(library, f.transactionStatus, "PQtransactionStatus");
    return all ? &f : nullptr;
}

} // namespace

const LibPq* libPq() {
    static const LibPq* functions = resolveAll();
    return functions;
}

PGconn* postgresHandle(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler does (PGconn is a typedef of struct pg_conn).
    if (!v.isValid() ||
        (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return libPq() ? *static_cast<PGconn* const*>(v.constData()) : nullptr;
}

} // namespace situate
#endif
