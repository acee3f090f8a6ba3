// SPDX-License-Identifier: GPL-3.0-or-later
// What both engines' connections share: the transaction, nested begin()s joining the outer
// one, and its first failure in words for users.
#include "core/storage/storageconnection.h"

#include "core/storage/connections.h"
#include "core/storage/dialect.h"
#include "core/storage/sqlfailure.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

StorageConnection::StorageConnection(const QString& name, QString path)
    : m_db(QSqlDatabase::database(name, false))
    , m_path(std::move(path)) {}

StorageConnection::~StorageConnection() {
    m_kept.clear(); // before the connection they were prepared on goes
    const QString name = m_db.connectionName();
    m_db = QSqlDatabase();
    connections::remove(name);
}

QSqlQuery* StorageConnection::keptStatement(const QString& sql) {
    if (canLoseConnection())
        return nullptr;
    auto it = m_kept.find(sql);
    if (it == m_kept.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return nullptr;
        it = m_kept.insert(sql, q);
    }
    return &*it;
}

Status StorageConnection::begin() {
    if (m_depth++ > 0)
        return {};
    if (Status st = beforeTransaction(); !st) {
        m_depth = 0;
        return st;
    }
    m_rollbackOnly = false;
    m_transactionFailure = Status();
    if (!m_db.transaction()) {
        m_depth = 0;
        const Status st = failed(m_db.lastError());
        return Status::failure(Tr::tr("could not start a transaction: ") + st.error(), st.kind());
    }
    return {};
}

Status StorageConnection::commit() {
    if (m_depth == 0)
        return Status::failure(Tr::tr("commit without a transaction"));
    if (--m_depth > 0)
        return {};
    if (m_rollbackOnly) {
        m_db.rollback();
        return Status::failure(Tr::tr("the change was rolled back"), m_transactionFailure.kind());
    }
    if (!m_db.commit()) {
        // A transaction a statement aborted ends in a ROLLBACK: that statement's failure is
        // the reason, not the commit's.
        const Status st =
            m_transactionFailure.ok() ? failed(m_db.lastError()) : m_transactionFailure;
        m_db.rollback();
        return Status::failure(Tr::tr("could not save the change: ") + st.error(), st.kind());
    }
    return afterCommit();
}

void StorageConnection::rollback() {
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true; // the outermost commit turns into a rollback
        return;
    }
    m_db.rollback();
}

void StorageConnection::resetTransaction() {
    m_depth = 0;
    m_rollbackOnly = false;
}

Status StorageConnection::note(const Status& st) const {
    if (!st && m_depth > 0 && m_transactionFailure.ok())
        m_transactionFailure = st;
    return st;
}

Status StorageConnection::failed(const QSqlError& error) const {
    // After a failed statement PostgreSQL refuses every further one of the transaction with
    // "current transaction is aborted": the first failure is the one to tell.
    if (m_depth > 0 && !m_transactionFailure.ok() && sqlfailure::isAbortedTransaction(error))
        return m_transactionFailure;
    return note(sqlfailure::statement(error));
}

Status StorageConnection::readStatus(const QSqlQuery& q) const {
    if (q.lastError().isValid())
        return failed(q.lastError());
    if (q.isActive())
        return {};
    return note(sqlfailure::notRun(m_db));
}

Status StorageConnection::readColumns(QHash<QString, QStringList>& columns,
                                      QSet<QString>& notNull) {
    if (Status st = listColumns(columns, notNull); !st)
        return st;
    if (!columns.contains(QStringLiteral("codings")))
        return Status::failure(Tr::tr("the project's tables are missing"));
    return {};
}

StorageConnection& connection(const Storage& storage) {
    return *storage.m_connection;
}

QStringList projectTables(const QHash<QString, QStringList>& columns) {
    QStringList out;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!dialect::isInternalTable(it.key()))
            out << it.key();
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<QSqlQuery> runReadQuery(const Storage& s, const QString& sql, const QVariantList& binds,
                               const QString& what) {
    QSqlQuery q(database(s));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlfailure::query(q, database(s), Tr::tr("cannot read %1").arg(what));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlfailure::query(q, database(s), Tr::tr("cannot read %1").arg(what));
    return q;
}

} // namespace situate
