// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/analysisqueries.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace situate {

namespace {

// The connection's own sqlite3 handle, or null for any other driver, which then takes the
// QSqlQuery path. The handle is only used when the driver runs the SQLite this file links
// (Debian's QSQLITE links the system libsqlite3); a driver with a bundled SQLite of another
// version keeps the QSqlQuery path.
sqlite3* nativeHandle(const Storage& s) {
    const QVariant v = s.database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    static const bool sameLibrary = [&s] {
        QSqlQuery q(s.database());
        return q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() &&
               q.value(0).toString() == QString::fromUtf8(sqlite3_libversion());
    }();
    return sameLibrary ? *static_cast<sqlite3* const*>(v.constData()) : nullptr;
}

// "?, ?, ?" for n bound values (the count comes from code, never from users).
QString placeholders(qsizetype n) {
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// SQLite's default limit on bound values is 32766; larger code sets read everything and
// leave the choice to the caller.
constexpr qsizetype maxBound = 30000;

// The six integers of "1 2 3 4 5 6" (what loadPostgresSpans selects); false when the text is
// anything else.
bool parseSpan(QStringView row, CodingSpan* out) {
    qint64 f[6] = {0, 0, 0, 0, 0, 0};
    int k = 0;
    bool digits = false, negative = false;
    for (const QChar ch : row) {
        const char16_t u = ch.unicode();
        if (u == u' ') {
            if (!digits || k == 5)
                return false;
            f[k] = negative ? -f[k] : f[k];
            ++k;
            digits = negative = false;
        } else if (u == u'-' && !digits && !negative) {
            negative = true;
        } else if (u >= u'0' && u <= u'9') {
            f[k] = f[k] * 10 + (u - u'0');
            digits = true;
        } else {
            return false;
        }
    }
    if (!digits || k != 5)
        return false;
    f[5] = negative ? -f[5] : f[5];
    *out = CodingSpan{f[0], f[1], f[2], f[3], f[4], f[5]};
    return true;
}

// PostgreSQL: the analyses read every coding, and QPSQL made that 2.5 s for a million (text
// protocol, six QVariants a row, and for a forward-only query libpq's single-row mode, one
// result object per row). One text column a row, and the whole result in one libpq result
// (the query is not forward-only), take 1.1-1.5 s (tests/bench/run_team, a loaded 2-core
// machine), for about 55 MB more memory while the result is read.
Result<QVector<CodingSpan>> loadPostgresSpans(const Storage& s, const QString& where,
                                              const QVariantList& binds) {
    using R = Result<QVector<CodingSpan>>;
    QSqlQuery q(s.database());
    q.setForwardOnly(false);
    if (!q.prepare(QStringLiteral("SELECT concat_ws(' ', id, document_id, code_id, coder_id, "
                                  "start, \"end\") FROM codings") +
                   where))
        return R::failure(QStringLiteral("cannot read codings: %1").arg(q.lastError().text()));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(QStringLiteral("cannot read codings: %1").arg(q.lastError().text()));
    QVector<CodingSpan> out;
    if (q.size() > 0)
        out.reserve(q.size());
    CodingSpan span;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (!parseSpan(row, &span))
            return R::failure(
                QStringLiteral("cannot read codings: unexpected row \"%1\"").arg(row));
        out.append(span);
    }
    return out;
}

} // namespace

Result<QVector<CodingSpan>> loadCodingSpans(const Storage& s, const QVector<qint64>& codeIds) {
    using R = Result<QVector<CodingSpan>>;
    const bool some = !codeIds.isEmpty() && codeIds.size() <= maxBound;
    const QString where =
        some ? QStringLiteral(" WHERE code_id IN (%1)").arg(placeholders(codeIds.size()))
             : QString();
    const QString sql =
        QStringLiteral("SELECT id, document_id, code_id, coder_id, start, \"end\" FROM codings") +
        where;
    QVector<CodingSpan> out;
    if (sqlite3* db = nativeHandle(s)) {
        sqlite3_stmt* st = nullptr;
        if (!some) {
            // Sized once: growing a million-row vector step by step copies it repeatedly.
            if (sqlite3_prepare_v2(db, "SELECT count(*) FROM codings", -1, &st, nullptr) ==
                    SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW)
                out.reserve(qsizetype(sqlite3_column_int64(st, 0)));
            sqlite3_finalize(st);
            st = nullptr;
        }
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK)
            return R::failure(QStringLiteral("cannot read codings: %1")
                                  .arg(QString::fromUtf8(sqlite3_errmsg(db))));
        if (some) {
            for (int i = 0; i < codeIds.size(); ++i)
                sqlite3_bind_int64(st, i + 1, codeIds[i]);
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            out.append(CodingSpan{sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                                  sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3),
                                  sqlite3_column_int64(st, 4), sqlite3_column_int64(st, 5)});
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return R::failure(QStringLiteral("cannot read codings: %1")
                                  .arg(QString::fromUtf8(sqlite3_errstr(rc))));
        return out;
    }
    QVariantList binds;
    if (some) {
        for (qint64 id : codeIds)
            binds << id;
    }
    if (s.isPostgres())
        return loadPostgresSpans(s, where, binds);
    auto q = runReadQuery(s, sql, binds, QStringLiteral("codings"));
    if (!q)
        return R::failure(q.error());
    while (q->next())
        out.append(CodingSpan{q->value(0).toLongLong(), q->value(1).toLongLong(),
                              q->value(2).toLongLong(), q->value(3).toLongLong(),
                              q->value(4).toLongLong(), q->value(5).toLongLong()});
    return out;
}

Result<QVector<CodingDetail>> loadCodingDetails(const Storage& s, qint64 documentId) {
    using R = Result<QVector<CodingDetail>>;
    const QString sql =
        QStringLiteral("SELECT id, uuid, memo, created FROM codings WHERE document_id = ?");
    QVector<CodingDetail> out;
    if (sqlite3* db = nativeHandle(s)) {
        // A full export reads every coding's text columns once; straight from UTF-8.
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK)
            return R::failure(QStringLiteral("cannot read codings: %1")
                                  .arg(QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_bind_int64(st, 1, documentId);
        auto text = [st](int column) {
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)),
                                     sqlite3_column_bytes(st, column));
        };
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            out.append(CodingDetail{sqlite3_column_int64(st, 0), text(1), text(2), text(3)});
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return R::failure(QStringLiteral("cannot read codings: %1")
                                  .arg(QString::fromUtf8(sqlite3_errstr(rc))));
        return out;
    }
    auto q = runReadQuery(s, sql, {documentId}, QStringLiteral("codings"));
    if (!q)
        return R::failure(q.error());
    while (q->next())
        out.append(CodingDetail{q->value(0).toLongLong(), q->value(1).toString(),
                                q->value(2).toString(), q->value(3).toString()});
    return out;
}

Result<QVector<CodingDetail>> loadCodingDetailsById(const Storage& s, const QVector<qint64>& ids) {
    QSqlQuery q(s.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT uuid, memo, created FROM codings WHERE id = ?")))
        return Result<QVector<CodingDetail>>::failure(
            QStringLiteral("cannot read codings: %1").arg(q.lastError().text()));
    QVector<CodingDetail> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return Result<QVector<CodingDetail>>::failure(
                QStringLiteral("cannot read codings: %1").arg(q.lastError().text()));
        CodingDetail d;
        d.id = id;
        if (q.next()) {
            d.uuid = q.value(0).toString();
            d.memo = q.value(1).toString();
            d.created = q.value(2).toString();
        }
        out.append(d);
        q.finish();
    }
    return out;
}

Result<QVector<TurnSpan>> loadTurnSpans(const Storage& s) {
    auto q = runReadQuery(s,
                          QStringLiteral("SELECT document_id, start, \"end\" FROM speaker_turns "
                                         "ORDER BY document_id, start"),
                          {}, QStringLiteral("speaker turns"));
    if (!q)
        return Result<QVector<TurnSpan>>::failure(q.error());
    QVector<TurnSpan> out;
    while (q->next())
        out.append(
            TurnSpan{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()});
    return out;
}

Result<QSqlQuery> runReadQuery(const Storage& s, const QString& sql, const QVariantList& binds,
                               const QString& what) {
    QSqlQuery q(s.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Result<QSqlQuery>::failure(
            QStringLiteral("cannot read %1: %2").arg(what, q.lastError().text()));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Result<QSqlQuery>::failure(
            QStringLiteral("cannot read %1: %2").arg(what, q.lastError().text()));
    return q;
}

} // namespace situate
