// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/analysisqueries.h"

#include "core/storage/compactcolumns.h"
#include "core/storage/libpqhandle.h"
#include "core/storage/spanreader.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/sqlitestorage.h"
#include "core/storage/storageconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <thread>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

namespace {

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

QAtomicInteger<qsizetype> parallelReadThreshold = 100000;

#ifdef SITUATE_HAVE_LIBPQ
// The connection's own libpq handle when it is free for a statement of ours (no query of
// QPSQL's still running on it), else null. Debian's QPSQL links the system libpq, as this
// file does, so both speak of the same PGconn.
PGconn* nativePostgres(const Storage& s) {
    PGconn* c = postgresHandle(database(s));
    if (!c || libPq()->status(c) != CONNECTION_OK || libPq()->isBusy(c))
        return nullptr;
    const PGTransactionStatusType t = libPq()->transactionStatus(c);
    return t == PQTRANS_IDLE || t == PQTRANS_INTRANS ? c : nullptr;
}

// The rows of one COPY ... TO STDOUT (text format: six tab-separated integers a row), parsed
// straight from the bytes as libpq hands them over, appended to *out; the error, or empty.
QString copyRows(PGconn* c, const QByteArray& sql, QVector<CodingSpan>* out) {
    QString error;
    PGresult* started = libPq()->exec(c, sql.constData());
    if (libPq()->resultStatus(started) == PGRES_COPY_OUT) {
        char* buffer = nullptr;
        int size = 0;
        CodingSpan span;
        // libpq hands over one whole row at a time, its line end included.
        while ((size = libPq()->getCopyData(c, &buffer, 0)) > 0) {
            const QByteArrayView row(buffer, size);
            if (error.isEmpty()) {
                if (row.endsWith('\n') && parseCodingSpan(row.chopped(1), '\t', &span))
                    out->append(span);
                else
                    error = Tr::tr("unexpected row \"%1\"")
                                .arg(QString::fromUtf8(row.first(std::min<qsizetype>(size, 200))));
            }
            libPq()->freemem(buffer);
        }
        if (size == -2)
            error = QString::fromUtf8(libPq()->errorMessage(c));
    } else {
        error = QString::fromUtf8(libPq()->resultErrorMessage(started));
    }
    libPq()->clear(started);
    // The COPY's own result, or an error after it; the connection is idle again after.
    while (PGresult* r = libPq()->getResult(c)) {
        if (libPq()->resultStatus(r) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(libPq()->resultErrorMessage(r));
        libPq()->clear(r);
    }
    return error;
}

// One statement whose result is a command or rows; false on an error.
bool run(PGconn* c, const QByteArray& sql, QByteArrayList* firstRow = nullptr) {
    PGresult* r = libPq()->exec(c, sql.constData());
    const ExecStatusType st = libPq()->resultStatus(r);
    const bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (ok && firstRow && libPq()->ntuples(r) > 0) {
        for (int i = 0; i < libPq()->nfields(r); ++i)
            *firstRow << QByteArray(libPq()->getvalue(r, 0, i));
    }
    libPq()->clear(r);
    return ok;
}

// A second connection with the first one's settings (PQconninfo gives them all, the
// password it was opened with included), or null.
PGconn* secondConnection(PGconn* c) {
    PQconninfoOption* options = libPq()->conninfo(c);
    if (!options)
        return nullptr;
    std::vector<const char*> keys, values;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (o->val && *o->val) {
            keys.push_back(o->keyword);
            values.push_back(o->val);
        }
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* other = libPq()->connectdbParams(keys.data(), values.data(), 0);
    libPq()->conninfoFree(options);
    if (libPq()->status(other) != CONNECTION_OK) {
        libPq()->finish(other);
        return nullptr;
    }
    return other;
}

// A large table read in two halves at once, over two connections (the server sends rows on
// two cores; most of a million-coding read is the server producing rows). Both read one
// snapshot (pg_export_snapshot / SET TRANSACTION SNAPSHOT, as pg_dump's parallel jobs do),
// so the halves are the table at one moment, as one COPY would be. nullopt when anything of
// that is not possible here; the caller then reads with one COPY.
std::optional<QVector<CodingSpan>> copyInTwo(PGconn* c, qsizetype expected) {
    if (libPq()->transactionStatus(c) != PQTRANS_IDLE)
        return std::nullopt;
    PGconn* other = secondConnection(c);
    if (!other)
        return std::nullopt;
    const QByteArray begin = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    QByteArrayList first;
    bool ok = run(c, begin) &&
              run(c, "SELECT pg_export_snapshot(), min(id), max(id) FROM codings", &first) &&
              first.size() == 3;
    // The snapshot's name comes from the server: hex digits and dashes.
    static const QRegularExpression snapshotName(QStringLiteral("^[0-9A-Fa-f-]{1,64}$"));
    ok = ok && snapshotName.match(QString::fromLatin1(first.value(0))).hasMatch();
    ok = ok && run(other, begin) && run(other, "SET TRANSACTION SNAPSHOT '" + first.value(0) + "'");
    std::optional<QVector<CodingSpan>> result;
    if (ok) {
        const qint64 lo = first.value(1).toLongLong(), hi = first.value(2).toLongLong();
        const QByteArray middle = QByteArray::number(lo + (hi - lo) / 2);
        const QByteArray select = "COPY (SELECT id, document_id, code_id, coder_id, start, \"end\" "
                                  "FROM codings WHERE id ";
        QVector<CodingSpan> low, high;
        low.reserve(expected / 2 + 1024);
        high.reserve(expected / 2 + 1024);
        QString lowError, highError;
        std::thread upper(
            [&] { highError = copyRows(other, select + "> " + middle + ") TO STDOUT", &high); });
        lowError = copyRows(c, select + "<= " + middle + ") TO STDOUT", &low);
        upper.join();
        if (lowError.isEmpty() && highError.isEmpty()) {
            low.reserve(low.size() + high.size());
            low.append(high);
            result = std::move(low);
        }
    }
    libPq()->finish(other); // ends its transaction too
    if (libPq()->transactionStatus(c) != PQTRANS_IDLE)
        run(c, "ROLLBACK"); // a read-only transaction: nothing to keep
    return result;
}

// Every coding through the connection's libpq handle: COPY in text format, one message of
// six tab-separated integers a row, parsed straight from the bytes as they stream in. The
// server sends less than for a query (no per-row result tuple, and 28 bytes a row where the
// binary format takes 74) and the client makes no QVariant or QString, so a million codings
// take about two thirds of the time of the text query below (README.md, "Team server
// (PostgreSQL)"); a large table comes in two halves at once (copyInTwo). COPY takes no bound
// values, so only the unfiltered read comes this way.
Result<QVector<CodingSpan>> copyPostgresSpans(const Storage& s, PGconn* c) {
    using R = Result<QVector<CodingSpan>>;
    qsizetype expected = 0;
    {
        // Sized from the planner's estimate. Run through QSqlQuery, this also has QPSQL look
        // for notifications afterwards, which libpq may take in while the COPY runs.
        QSqlQuery q(database(s));
        if (q.exec(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = "
                                  "'codings'::regclass")) &&
            q.next())
            expected = qsizetype(std::clamp(q.value(0).toDouble(), 0.0, 1e8));
    }
    if (expected >= parallelReadThreshold.loadRelaxed()) {
        if (std::optional<QVector<CodingSpan>> both = copyInTwo(c, expected))
            return std::move(*both);
    }
    QVector<CodingSpan> out;
    out.reserve(expected + 1024);
    const QString error = copyRows(
        c, "COPY codings (id, document_id, code_id, coder_id, start, \"end\") TO STDOUT", &out);
    if (!error.isEmpty())
        return R::failure(Tr::tr("cannot read codings: %1").arg(error.trimmed()));
    return out;
}
#endif

// PostgreSQL without the libpq path (a filter on codes, which COPY cannot bind, or a build
// without libpq): one concat_ws text a row, parsed in place, and the whole result in one
// libpq result (the query is not forward-only, so libpq's single-row mode, one result object
// per row, is not used). QPSQL's six QVariants a row made this 2.5 s for a million codings;
// this takes 1.1-1.5 s (tests/bench/run_team, a loaded 2-core machine), for about 55 MB more
// memory while the result is read.
Result<QVector<CodingSpan>> loadPostgresSpans(const Storage& s, const QString& where,
                                              const QVariantList& binds) {
    using R = Result<QVector<CodingSpan>>;
#ifdef SITUATE_HAVE_LIBPQ
    if (binds.isEmpty()) {
        if (PGconn* c = nativePostgres(s))
            return copyPostgresSpans(s, c);
    }
#endif
    QSqlQuery q(database(s));
    q.setForwardOnly(false);
    if (!q.prepare(QStringLiteral("SELECT concat_ws(' ', id, document_id, code_id, coder_id, "
                                  "start, \"end\") FROM codings") +
                   where))
        return sqlfailure::query(q, database(s), Tr::tr("cannot read codings"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlfailure::query(q, database(s), Tr::tr("cannot read codings"));
    QVector<CodingSpan> out;
    if (q.size() > 0)
        out.reserve(q.size());
    CodingSpan span;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (!parseCodingSpan(row, &span))
            return R::failure(Tr::tr("cannot read codings: unexpected row \"%1\"").arg(row));
        out.append(span);
    }
    return out;
}

// Six integers separated by single `separator`s; see parseCodingSpan.
template <typename Char>
bool parseSpanFields(const Char* p, const Char* end, Char separator, CodingSpan* out) {
    qint64 f[6] = {0, 0, 0, 0, 0, 0};
    int k = 0;             // the field being read
    quint64 magnitude = 0; // its digits so far, without the sign
    bool digits = false, negative = false;
    constexpr quint64 maxPositive = quint64(std::numeric_limits<qint64>::max());
    auto endField = [&] {
        if (!digits)
            return false;
        // -2^63 has no positive counterpart; C++20 defines the conversion as modular.
        f[k] = negative ? qint64(0 - magnitude) : qint64(magnitude);
        magnitude = 0;
        digits = negative = false;
        return true;
    };
    for (; p != end; ++p) {
        const Char ch = *p;
        if (ch >= Char('0') && ch <= Char('9')) {
            const unsigned digit = unsigned(ch - Char('0'));
            const quint64 limit = negative ? maxPositive + 1 : maxPositive;
            if (magnitude > (limit - digit) / 10)
                return false; // does not fit in qint64
            magnitude = magnitude * 10 + digit;
            digits = true;
        } else if (ch == separator) {
            if (k == 5 || !endField())
                return false;
            ++k;
        } else if (ch == Char('-') && !digits && !negative) {
            negative = true;
        } else {
            return false;
        }
    }
    if (k != 5 || !endField())
        return false;
    *out = CodingSpan{f[0], f[1], f[2], f[3], f[4], f[5]};
    return true;
}

} // namespace

bool parseCodingSpan(QStringView row, CodingSpan* out) {
    return parseSpanFields(row.utf16(), row.utf16() + row.size(), char16_t(u' '), out);
}

bool parseCodingSpan(QByteArrayView row, char separator, CodingSpan* out) {
    return parseSpanFields(row.data(), row.data() + row.size(), separator, out);
}

qsizetype setParallelReadThreshold(qsizetype codings) {
    return parallelReadThreshold.fetchAndStoreRelaxed(codings);
}

bool postgresCopyAvailable(const Storage& s) {
#ifdef SITUATE_HAVE_LIBPQ
    return nativePostgres(s) != nullptr;
#else
    Q_UNUSED(s);
    return false;
#endif
}

namespace {

// loadCodingSpans; with `halves` false an unfiltered read of a file stays on this thread
// (forEachCodingSpan has tried the halves already).
Result<QVector<CodingSpan>> readCodingSpans(const Storage& s, const QVector<qint64>& codeIds,
                                            const QVector<qint64>& documentIds, bool halves) {
    using R = Result<QVector<CodingSpan>>;
    const bool byCode = !codeIds.isEmpty() && codeIds.size() <= maxBound;
    const bool byDocument =
        !documentIds.isEmpty() && documentIds.size() + (byCode ? codeIds.size() : 0) <= maxBound;
    const bool some = byCode || byDocument;
    QStringList conditions;
    QVector<qint64> bound;
    if (byCode) {
        conditions << QStringLiteral("code_id IN (%1)").arg(placeholders(codeIds.size()));
        bound << codeIds;
    }
    if (byDocument) {
        conditions << QStringLiteral("document_id IN (%1)").arg(placeholders(documentIds.size()));
        bound << documentIds;
    }
    const QString where =
        some ? QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")) : QString();
    const QString sql =
        QStringLiteral("SELECT id, document_id, code_id, coder_id, start, \"end\" FROM codings") +
        where;
    QVector<CodingSpan> out;
    if (sqlite3* db = sqliteHandle(s)) {
        sqlite3_stmt* st = nullptr;
        if (!some) {
            // Sized once: growing a million-row vector step by step copies it repeatedly.
            qint64 rows = 0;
            if (sqlite3_prepare_v2(db, "SELECT count(*) FROM codings", -1, &st, nullptr) ==
                    SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW)
                rows = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
            st = nullptr;
            if (auto both = halves ? spanreader::readInHalves(db, rows) : std::nullopt)
                return *std::move(both);
            out.reserve(qsizetype(rows));
        }
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK)
            return R::failure(
                Tr::tr("cannot read codings: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        for (int i = 0; i < bound.size(); ++i)
            sqlite3_bind_int64(st, i + 1, bound[i]);
        const int rc = spanreader::appendSpans(st, out);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return R::failure(
                Tr::tr("cannot read codings: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        return out;
    }
    QVariantList binds;
    for (qint64 id : bound)
        binds << id;
    if (isPostgres(s))
        return loadPostgresSpans(s, where, binds);
    auto q = runReadQuery(s, sql, binds, QStringLiteral("codings"));
    if (!q)
        return Status::from(q);
    while (q->next())
        out.append(CodingSpan{q->value(0).toLongLong(), q->value(1).toLongLong(),
                              q->value(2).toLongLong(), q->value(3).toLongLong(),
                              q->value(4).toLongLong(), q->value(5).toLongLong()});
    return out;
}

} // namespace

Result<QVector<CodingSpan>> loadCodingSpans(const Storage& s, const QVector<qint64>& codeIds,
                                            const QVector<qint64>& documentIds) {
    return readCodingSpans(s, codeIds, documentIds, true);
}

Status forEachCodingSpan(const Storage& s, CodingSpanSink& sink, const QVector<qint64>& codeIds,
                         const QVector<qint64>& documentIds) {
    sqlite3* db = sqliteHandle(s);
    if (db && codeIds.isEmpty() && documentIds.isEmpty() && spanreader::readInHalves(db, sink))
        return {};
    Result<QVector<CodingSpan>> read = readCodingSpans(s, codeIds, documentIds, !db);
    if (!read)
        return Status::from(read);
    sink.start(1, read->size());
    if (!read->isEmpty())
        sink.take(0, read->constData(), read->size());
    return {};
}

Result<QVector<CodeDocumentCount>> loadCodeDocumentCounts(const Storage& s) {
    using R = Result<QVector<CodeDocumentCount>>;
    if (sqlite3* db = sqliteHandle(s)) {
        QVector<CodeDocumentCount> out;
        if (const int rc = spanreader::countCodeDocuments(db, out); rc != SQLITE_DONE)
            return R::failure(
                Tr::tr("cannot read codings: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        return out;
    }
    return readAll<CodeDocumentCount>(
        s,
        QStringLiteral("SELECT code_id, document_id, count(*) FROM codings "
                       "GROUP BY code_id, document_id ORDER BY code_id, document_id"),
        {}, QStringLiteral("codings"), [](const QSqlQuery& q) {
            return CodeDocumentCount{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                     q.value(2).toLongLong()};
        });
}

Result<QVector<CodingDetail>> loadCodingDetails(const Storage& s, qint64 documentId) {
    using R = Result<QVector<CodingDetail>>;
    const QString sql =
        QStringLiteral("SELECT id, uuid, memo, created FROM codings WHERE document_id = ?");
    QVector<CodingDetail> out;
    if (sqlite3* db = sqliteHandle(s)) {
        // A full export reads every coding's text columns once; straight from UTF-8.
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK)
            return R::failure(
                Tr::tr("cannot read codings: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_bind_int64(st, 1, documentId);
        auto text = [st](int column) {
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)),
                                     sqlite3_column_bytes(st, column));
        };
        // The uuid's 16 bytes and the time's milliseconds (compactcolumns.h).
        auto uuid = [st] {
            if (sqlite3_column_type(st, 1) != SQLITE_BLOB)
                return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                                         sqlite3_column_bytes(st, 1));
            return compact::uuidText(QByteArray(
                static_cast<const char*>(sqlite3_column_blob(st, 1)), sqlite3_column_bytes(st, 1)));
        };
        auto created = [&] {
            if (sqlite3_column_type(st, 3) == SQLITE_INTEGER)
                return compact::isoOf(QVariant(qint64(sqlite3_column_int64(st, 3))));
            return text(3);
        };
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            out.append(CodingDetail{sqlite3_column_int64(st, 0), uuid(), text(2), created()});
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return R::failure(
                Tr::tr("cannot read codings: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
        return out;
    }
    auto q = runReadQuery(s, sql, {documentId}, QStringLiteral("codings"));
    if (!q)
        return Status::from(q);
    while (q->next())
        out.append(CodingDetail{q->value(0).toLongLong(), compact::uuidText(q->value(1)),
                                q->value(2).toString(), compact::isoOf(q->value(3))});
    return out;
}

Result<QVector<CodingDetail>> loadCodingDetailsById(const Storage& s, const QVector<qint64>& ids) {
    QSqlQuery q(database(s));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT uuid, memo, created FROM codings WHERE id = ?")))
        return sqlfailure::query(q, database(s), Tr::tr("cannot read codings"));
    QVector<CodingDetail> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlfailure::query(q, database(s), Tr::tr("cannot read codings"));
        CodingDetail d;
        d.id = id;
        if (q.next()) {
            d.uuid = compact::uuidText(q.value(0));
            d.memo = q.value(1).toString();
            d.created = compact::isoOf(q.value(2));
        }
        out.append(d);
        q.finish();
    }
    return out;
}

Result<QVector<CodingText>> loadCodingTexts(const Storage& s, const QVector<qint64>& ids,
                                            int contextLength) {
    // The context length is a number from code, written into the SQL; CAST keeps substr's
    // arguments integers on PostgreSQL, where the columns are bigint.
    const QString n = QString::number(std::max(0, contextLength));
    const QString from =
        QStringLiteral("CASE WHEN c.start > %1 THEN c.start - %1 ELSE 0 END").arg(n);
    const QString sqlHead =
        QStringLiteral("SELECT c.id, substr(d.text, CAST(%1 + 1 AS INTEGER), "
                       "CAST(c.start - (%1) AS INTEGER)), "
                       "substr(d.text, CAST(c.start + 1 AS INTEGER), "
                       "CAST(c.\"end\" - c.start AS INTEGER)), "
                       "substr(d.text, CAST(c.\"end\" + 1 AS INTEGER), %2) "
                       "FROM codings c JOIN documents d ON d.id = c.document_id WHERE c.id IN (")
            .arg(from, n);
    QHash<qint64, CodingText> byId;
    for (qsizetype first = 0; first < ids.size(); first += maxBound) {
        const QVector<qint64> part = ids.mid(first, maxBound);
        QVariantList binds;
        for (qint64 id : part)
            binds << id;
        auto q = runReadQuery(s, sqlHead + placeholders(part.size()) + QStringLiteral(")"), binds,
                              QStringLiteral("codings"));
        if (!q)
            return Status::from(q);
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            byId.insert(id, CodingText{id, q->value(1).toString(), q->value(2).toString(),
                                       q->value(3).toString()});
        }
    }
    QVector<CodingText> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out.append(byId.value(id, CodingText{id, {}, {}, {}}));
    return out;
}

Result<QVector<DocumentInfo>> loadDocumentLengths(const Storage& s) {
    using R = Result<QVector<DocumentInfo>>;
    sqlite3* db = sqliteHandle(s);
    if (!db)
        return s.documents();
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT id, name, length FROM documents ORDER BY sort_order, name",
                           -1, &st, nullptr) != SQLITE_OK)
        return R::failure(
            Tr::tr("cannot read documents: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    QVector<DocumentInfo> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        DocumentInfo& d = out.emplaceBack();
        d.id = sqlite3_column_int64(st, 0);
        // As UTF-16, as Qt's driver reads it: a name keeps whatever SQLite stored.
        const void* name = sqlite3_column_text16(st, 1);
        d.name = QString(static_cast<const QChar*>(name), sqlite3_column_bytes16(st, 1) / 2);
        d.length = sqlite3_column_int64(st, 2);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return R::failure(
            Tr::tr("cannot read documents: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return out;
}

Result<QVector<TurnSpan>> loadTurnSpans(const Storage& s) {
    return readAll<TurnSpan>(s,
                             QStringLiteral("SELECT document_id, start, \"end\" FROM "
                                            "speaker_turns ORDER BY document_id, start"),
                             {}, QStringLiteral("speaker turns"), [](const QSqlQuery& q) {
                                 return TurnSpan{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                 q.value(2).toLongLong()};
                             });
}

} // namespace situate
