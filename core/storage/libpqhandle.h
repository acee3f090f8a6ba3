// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The libpq connection under a QPSQL connection, for the few things QSqlQuery cannot do
// (a streamed COPY, the connection's state without a round trip). Only in builds with
// libpq's headers (SITUATE_HAVE_LIBPQ); Debian's QPSQL links the same system libpq.

#ifdef SITUATE_HAVE_LIBPQ
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace situate {

/// The PGconn of a QPSQL connection, or null (another driver, or none open).
inline PGconn* postgresHandle(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler does (PGconn is a typedef of struct pg_conn).
    if (!v.isValid() ||
        (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(v.constData());
}

} // namespace situate
#endif
