// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/teamqueries.h"

#include "core/storage/compactcolumns.h"
#include "core/storage/pgschema.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/sqlnames.h"
#include "core/storage/storageconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

namespace {

Status exec(Storage& s, const QString& sql) {
    QSqlQuery q(database(s));
    if (!q.exec(sql))
        return sqlfailure::statement(q.lastError());
    return {};
}

} // namespace

Status deferReferences(Storage& s) {
    return exec(s, isPostgres(s) ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                 : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Status readSnapshot(Storage& s) {
    if (!isPostgres(s))
        return {};
    return exec(s, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
}

qsizetype copyBatchRows(qsizetype columns) {
    // A few hundred rows per INSERT spare a round trip per row (publishing a million codings
    // one row at a time took 12 minutes), and stay within the bound values a statement may
    // have: 65535 on PostgreSQL, 32766 on SQLite (its default since 3.32).
    constexpr qsizetype rows = 500, maxBound = 32766;
    return columns <= 0 ? rows : std::clamp<qsizetype>(maxBound / columns, 1, rows);
}

namespace {

// INSERT INTO table (list) VALUES (?, ...), (?, ...) for `rows` rows of `columns` values.
QString insertRows(const QString& table, const QString& list, qsizetype columns, qsizetype rows) {
    QStringList marks;
    for (qsizetype i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    for (qsizetype i = 0; i < rows; ++i)
        values << row;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(sql::identifier(table), list, values.join(QStringLiteral(", ")));
}

} // namespace

Result<qint64> tableRowCount(const Storage& s, const QString& table) {
    QSqlQuery q(database(s));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(sql::identifier(table))) || !q.next())
        return sqlfailure::statement(q.lastError(), Tr::tr("cannot count %1").arg(table));
    return q.value(0).toLongLong();
}

Result<qint64> copyTable(const Storage& from, Storage& to, const QString& table,
                         const std::function<bool(qint64 rows)>& written) {
    using R = Result<qint64>;
    const QStringList columns = from.columns(table);
    if (columns.isEmpty() || columns != to.columns(table))
        return R::failure(Tr::tr("the table %1 differs between the two projects (are both "
                                 "at the same format version?)")
                              .arg(table));
    QStringList names;
    for (const QString& c : columns)
        names << sql::identifier(c);
    const QString list = names.join(QStringLiteral(", "));
    const qsizetype width = columns.size();
    const qsizetype batch = copyBatchRows(width);
    // Table and column names come from the schema of both projects, quoted all the same.
    QSqlQuery read(database(from));
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, sql::identifier(table))))
        return sqlfailure::statement(read.lastError(), Tr::tr("cannot read %1").arg(table));
    // One statement prepared for full batches, one more for the rows left over at the end.
    QSqlQuery full(database(to));
    bool prepared = false;
    QVariantList pending;
    pending.reserve(batch * width);
    qint64 rows = 0;
    auto write = [&](QSqlQuery& q) -> Status {
        for (qsizetype i = 0; i < pending.size(); ++i)
            q.bindValue(int(i), pending[i]);
        if (!q.exec())
            return sqlfailure::statement(q.lastError(),
                                         Tr::tr("cannot write %1 rows %2 to %3")
                                             .arg(table, pending.first().toString(),
                                                  pending[pending.size() - width].toString()));
        const qint64 carried = pending.size() / width;
        rows += carried;
        pending.clear();
        if (written && !written(carried))
            return Status::failure(QStringLiteral("cancelled"));
        return {};
    };
    // SQLite keeps a coding's uuid and times compact, a server as text (compactcolumns.h).
    const bool toFile = !isPostgres(to);
    auto value = [&](qsizetype i) {
        const QVariant v = compact::logical(table, columns[i], read.value(int(i)));
        return toFile ? compact::stored(table, columns[i], v) : v;
    };
    while (read.next()) {
        for (qsizetype i = 0; i < width; ++i)
            pending << value(i);
        if (pending.size() < batch * width)
            continue;
        if (!prepared && !full.prepare(insertRows(table, list, width, batch)))
            return sqlfailure::statement(full.lastError(), Tr::tr("cannot write %1").arg(table));
        prepared = true;
        if (Status st = write(full); !st)
            return st;
    }
    if (read.lastError().isValid())
        return sqlfailure::statement(read.lastError(), Tr::tr("cannot read %1").arg(table));
    if (!pending.isEmpty()) {
        QSqlQuery rest(database(to));
        if (!rest.prepare(insertRows(table, list, width, pending.size() / width)))
            return sqlfailure::statement(rest.lastError(), Tr::tr("cannot write %1").arg(table));
        if (Status st = write(rest); !st)
            return st;
    }
    return rows;
}

Status clearTable(Storage& s, const QString& table) {
    if (!s.tables().contains(table))
        return Status::failure(Tr::tr("internal error: unknown table ") + table);
    return exec(s, QStringLiteral("DELETE FROM %1").arg(sql::identifier(table)));
}

Status resetIdentities(Storage& s) {
    if (!isPostgres(s))
        return {};
    for (const QString& table : s.tables()) {
        if (!s.columns(table).contains(QStringLiteral("id")))
            continue;
        QSqlQuery q(database(s));
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                 "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                      .arg(sql::identifier(table)));
        q.addBindValue(sql::identifier(table));
        if (!q.exec())
            return sqlfailure::statement(q.lastError(),
                                         Tr::tr("cannot set the next id of %1").arg(table));
    }
    return {};
}

Status dropPostgresProject(Storage& s) {
    if (!isPostgres(s))
        return Status::failure(Tr::tr("internal error: not a PostgreSQL project"));
    return schema::postgres::drop(database(s), s.tables());
}

} // namespace situate
