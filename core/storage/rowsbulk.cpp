// SPDX-License-Identifier: GPL-3.0-or-later
// The edit log's bulk rows (Storage::insertRows, deleteRows): an import's 150,000 speaker
// turns. On a file, one prepared sqlite3 statement on the connection's own handle, bound
// value by value as Qt's SQLite driver binds them (so the rows are the ones insertRow
// writes); on a server, or with a driver on another SQLite, the generic row functions.
#include "core/storage/compactcolumns.h"
#include "core/storage/dialect.h"
#include "core/storage/sqlitestorage.h"
#include "core/storage/storage.h"
#include "core/storage/storageconnection.h"
#include "core/storage/storagerows.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

using storagerows::run;

namespace {

// As QSQLITE binds: a null value or a null text or bytes as NULL, whole numbers as integers,
// bytes as a blob, text as text; as Storage::boundValue, a null text in a NOT NULL column as
// empty text. The value must live until the statement is reset.
int bind(sqlite3_stmt* st, int i, const QVariant& v, bool notNull) {
    if (!v.isValid() || v.isNull())
        return sqlite3_bind_null(st, i);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(st, i, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(st, i, v.toDouble());
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(v.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(st, i);
        return sqlite3_bind_blob(st, i, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::QString: {
        const auto* text = static_cast<const QString*>(v.constData());
        if (text->isNull())
            return notNull ? sqlite3_bind_text(st, i, "", 0, SQLITE_STATIC)
                           : sqlite3_bind_null(st, i);
        return sqlite3_bind_text16(st, i, text->utf16(), int(text->size() * 2), SQLITE_STATIC);
    }
    case QMetaType::QDateTime: {
        const QString text = v.toDateTime().toString(Qt::ISODateWithMs);
        return sqlite3_bind_text16(st, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    default: {
        const QString text = v.toString();
        return sqlite3_bind_text16(st, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    }
}

// SQLite's failure as Qt's driver reports it, so it is worded like every other
// (sqlfailure.h: a damaged file, a full disk, ...).
QSqlError nativeError(sqlite3* db) {
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

} // namespace

Status Storage::insertRows(const QString& table, const QStringList& columns,
                           const QVariantList& values, QVector<qint64>& ids) {
    const qsizetype width = columns.size();
    const bool given = !ids.isEmpty();
    const qsizetype rows = width == 0 ? 0 : values.size() / width;
    if (width == 0 || values.size() % width != 0 || (given && ids.size() != rows))
        return Status::failure(Tr::tr("internal error: %1 values for %2 columns of %3")
                                   .arg(values.size())
                                   .arg(width)
                                   .arg(table));
    for (const QString& c : columns) {
        if (!knownColumn(table, c))
            return Status::failure(Tr::tr("internal error: unknown column %1.%2").arg(table, c));
    }
    sqlite3* db = m_connection->isPostgres() ? nullptr : sqliteHandle(*this);
    if (!db) {
        for (qsizetype k = 0; k < rows; ++k) {
            QVariantMap row;
            for (qsizetype c = 0; c < width; ++c)
                row.insert(columns.at(c), values.at(k * width + c));
            if (given)
                row.insert(QStringLiteral("id"), ids.at(k));
            Result<qint64> id = insertRow(table, row);
            if (!id)
                return Status::from(id);
            if (!given)
                ids << *id;
        }
        return {};
    }

    // What boundValue() does to a value, asked once a column rather than once a value (it
    // was a tenth of a large import).
    QStringList names, marks;
    std::vector<char> notNull(static_cast<size_t>(width)), compacted(static_cast<size_t>(width));
    for (qsizetype c = 0; c < width; ++c) {
        names << dialect::column(columns.at(c));
        marks << QStringLiteral("?");
        notNull[size_t(c)] = m_notNull.contains(table + QLatin1Char('.') + columns.at(c));
        compacted[size_t(c)] = compact::isCompact(table, columns.at(c));
    }
    if (given) {
        names << QStringLiteral("id");
        marks << QStringLiteral("?");
    }
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
            .toUtf8();
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK)
        return m_connection->failed(nativeError(db));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(prepared, sqlite3_finalize);
    std::vector<QVariant> held(static_cast<size_t>(width)); // a row's compact values
    if (!given)
        ids.reserve(rows);
    for (qsizetype k = 0; k < rows; ++k) {
        for (qsizetype c = 0; c < width; ++c) {
            const QVariant* v = &values.at(k * width + c);
            if (compacted[size_t(c)]) {
                held[size_t(c)] = compact::stored(table, columns.at(c), *v);
                v = &held[size_t(c)];
            }
            if (bind(st.get(), int(c) + 1, *v, notNull[size_t(c)]) != SQLITE_OK)
                return m_connection->failed(nativeError(db));
        }
        if (given && sqlite3_bind_int64(st.get(), int(width) + 1, ids.at(k)) != SQLITE_OK)
            return m_connection->failed(nativeError(db));
        if (sqlite3_step(st.get()) != SQLITE_DONE) {
            const QSqlError error = nativeError(db);
            sqlite3_reset(st.get());
            return m_connection->failed(error);
        }
        sqlite3_reset(st.get());
        if (!given)
            ids << qint64(sqlite3_last_insert_rowid(db));
    }
    return {};
}

Status Storage::deleteRows(const QString& table, const QVector<qint64>& ids) {
    if (!m_columns.contains(table))
        return Status::failure(Tr::tr("internal error: unknown table ") + table);
    if (hasOtherClients()) {
        // One by one, so a row another client's role hides is refused as deleteRow refuses it.
        for (qint64 id : ids) {
            if (Status st = deleteRow(table, id); !st)
                return st;
        }
        return {};
    }
    QVector<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(table);
    for (qsizetype k = 0; k < sorted.size();) {
        qsizetype last = k;
        while (last + 1 < sorted.size() && sorted.at(last + 1) == sorted.at(last) + 1)
            ++last;
        QSqlQuery q = run(database(*this), sql, {sorted.at(k), sorted.at(last)});
        if (q.lastError().isValid())
            return m_connection->failed(q.lastError());
        k = last + 1;
    }
    return {};
}

} // namespace situate
