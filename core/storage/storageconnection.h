// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/storage/: only its .cpp files include this header. The connection under a
// Storage, its transaction, and the few things each engine does its own way; the SQLite
// engine is sqlitestorage.cpp, the PostgreSQL one pgstorage.cpp. Everything QtSql stays
// behind here, so no header outside core/storage/ needs it (core/storage/README.md, "Engines
// and connections").

#include "core/result.h"
#include "core/storage/storage.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <functional>

class QObject;

namespace situate {

/// One open connection to a project. The base runs the transaction and words its failures,
/// the same on both engines; an engine (SqliteConnection, PostgresConnection) answers what
/// the engine can do and writes what differs between the two.
class StorageConnection {
public:
    /// Takes over the open connection `name` (core/storage/connections.h) to `path`: the
    /// file's absolute path, or the URL as shown.
    StorageConnection(const QString& name, QString path);
    /// Closes the connection and removes it (connections::remove).
    virtual ~StorageConnection();
    StorageConnection(const StorageConnection&) = delete;
    StorageConnection& operator=(const StorageConnection&) = delete;

    QSqlDatabase& database() { return m_db; }
    const QSqlDatabase& database() const { return m_db; }
    const QString& path() const { return m_path; }

    /// How messages name the project: the file's name, or the URL.
    virtual QString displayName() const = 0;
    /// The file's name without its suffix, or the database's name.
    virtual QString projectName() const = 0;

    // What the engine can do: Storage's questions, and isPostgres() for the SQL of
    // core/storage/ that exists on PostgreSQL only (roles, COPY, sequences).
    virtual bool isPostgres() const = 0;
    virtual bool isFile() const = 0;
    virtual bool canLoseConnection() const = 0;
    virtual bool hasOtherClients() const = 0;

    // What the shared SQL writes its own way on each engine.
    /// Appended to an INSERT so that insertedId() can read the new row's id.
    virtual QString returningId() const = 0;
    /// The id of the row the INSERT `q` (with returningId()) made.
    virtual qint64 insertedId(QSqlQuery& q) const = 0;
    /// Appended to the codes' columns: the row's version (PostgreSQL's xmin), or nothing.
    virtual QString rowVersionColumn() const = 0;
    /// Every table of the schema with its columns, and "table.column" for each NOT NULL one;
    /// fails when the project's tables are missing.
    Status readColumns(QHash<QString, QStringList>& columns, QSet<QString>& notNull);
    /// What the engine's own check of its pages and references finds; empty when all is well
    /// or when it checks them itself as it writes (PostgreSQL).
    virtual QStringList engineProblems() = 0;
    /// Before a transaction starts: a failure refuses it.
    virtual Status beforeTransaction() = 0;
    /// After a successful COMMIT: a failure reports the commit as failed.
    virtual Status afterCommit() = 0;
    /// A change of row `id` of `table` that touched `affected` rows: refused (kind Refused)
    /// when row-level security hid a row that is there; ok otherwise.
    virtual Status refusedChange(const QString& table, qint64 id, int affected) const = 0;

    // A connection to a server; a file's answers are the trivial ones (see Storage).
    virtual bool listenForChanges(QObject* context, std::function<void()> changed) = 0;
    virtual bool isConnected() = 0;
    virtual bool connectionBroken() const = 0;
    virtual Status reconnect() = 0;
    virtual std::function<QString()> connectionProbe() const = 0;

    // The transaction, nested begin()s joining the outer one (Storage's begin, commit and
    // rollback).
    Status begin();
    Status commit();
    void rollback();
    /// The first failure of the current transaction; ok while none failed.
    const Status& transactionFailure() const { return m_transactionFailure; }
    /// A failed statement, in words for users (core/storage/sqlfailure.h), noted as the
    /// transaction's first failure when it is.
    Status failed(const QSqlError& error) const;
    /// After a read: the failure that cut it short (also one the driver refused without an
    /// error, as on a closed connection), noted like failed(); ok when it read to the end.
    Status readStatus(const QSqlQuery& q) const;
    /// Notes `st`, a failure, as the transaction's first when it is one; returns it.
    Status note(const Status& st) const;
    /// `sql` prepared once and kept for the connection's life, or null: on an engine that
    /// may connect again (its statements would die with the old connection), or when it does
    /// not prepare. The edit log's inserts run once a row, 150,000 times in a large import,
    /// and preparing each anew was a fifth of that import.
    QSqlQuery* keptStatement(const QString& sql);

protected:
    /// The engine's side of readColumns(): what its catalogue says.
    virtual Status listColumns(QHash<QString, QStringList>& columns, QSet<QString>& notNull) = 0;
    /// Forgets the transaction (a connection opened again has none).
    void resetTransaction();

private:
    QSqlDatabase m_db;
    QString m_path;
    mutable Status m_transactionFailure;
    int m_depth = 0;
    bool m_rollbackOnly = false;      // an inner transaction failed
    QHash<QString, QSqlQuery> m_kept; // keptStatement()
};

/// The connection under `storage`, for the query code of core/storage/.
StorageConnection& connection(const Storage& storage);
inline QSqlDatabase& database(Storage& storage) {
    return connection(storage).database();
}
inline const QSqlDatabase& database(const Storage& storage) {
    return connection(storage).database();
}
/// For the SQL that exists on PostgreSQL only (team roles, COPY, identities).
inline bool isPostgres(const Storage& storage) {
    return connection(storage).isPostgres();
}
/// The tables of `columns` that are the project's (not those an engine keeps for itself),
/// sorted.
QStringList projectTables(const QHash<QString, QStringList>& columns);

/// Prepares, binds and runs a forward-only read; the error names `what` was being read.
Result<QSqlQuery> runReadQuery(const Storage& s, const QString& sql, const QVariantList& binds,
                               const QString& what);
/// Every row of that read made into a T by `row`, or why the read could not run.
template <typename T, typename Row>
Result<QVector<T>> readAll(const Storage& s, const QString& sql, const QVariantList& binds,
                           const QString& what, Row row) {
    Result<QSqlQuery> q = runReadQuery(s, sql, binds, what);
    if (!q)
        return Status::from(q);
    QVector<T> out;
    while (q->next())
        out << row(*q);
    return out;
}

// The two engines, each opening a connection (core/storage/README.md says what each checks).
/// The SQLite file at `path` (sqlitestorage.cpp).
Result<std::unique_ptr<StorageConnection>> openSqliteStorage(const QString& path,
                                                             Storage::Mode mode);
/// The PostgreSQL database a `postgresql://` URL names (pgstorage.cpp).
Result<std::unique_ptr<StorageConnection>>
openPostgresStorage(const QString& url, Storage::Mode mode, const ConnectionSecret& secret);

} // namespace situate
