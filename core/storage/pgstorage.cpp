// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL engine: a project in a database on a server, shared by many clients. Opening
// it brings an older schema up to date, and the connection can be lost and opened again,
// listens for other clients' changes and tells a change row-level security refused. The SQL
// both engines share is in storage.cpp.
#include "core/storage/connections.h"
#include "core/storage/dialect.h"
#include "core/storage/libpqhandle.h"
#include "core/storage/pgschema.h"
#include "core/storage/pgsecurity.h"
#include "core/storage/schema.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/storageconnection.h"
#include "core/storage/storagerows.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDriver>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

using namespace storagerows;

namespace {

const QString changesChannel = QStringLiteral("situate_changes");

// Brings an older project up to this version's schema and protections. Only the login that
// owns the tables may change them: anyone else is told so before anything is changed, so no
// project is left half migrated.
Status updateSchema(QSqlDatabase& db, const QString& name, int version) {
    Result<bool> outdated = schema::postgres::needsHardening(db);
    if (!outdated)
        return Status::failure(
            Tr::tr("%1: cannot read the project: %2").arg(name, outdated.error()), outdated.kind());
    if (version >= schema::currentVersion() && !*outdated)
        return {};
    Result<bool> owner = schema::postgres::ownsSchema(db);
    if (!owner)
        return Status::failure(Tr::tr("%1: cannot read the project: %2").arg(name, owner.error()),
                               owner.kind());
    if (!*owner) {
        if (version >= schema::currentVersion())
            return {}; // the protections wait for the owner's next open; nothing else does
        return Status::failure(
            Tr::tr("%1: the project is in format %2 and this version of Situate needs "
                   "format %3. Only the login that published it (the owner of its "
                   "tables) may update a team project: ask them to open it once with "
                   "this version. Nothing was changed.")
                .arg(name)
                .arg(version)
                .arg(schema::currentVersion()));
    }
    if (Status st = schema::postgres::migrate(db, version); !st)
        return Status::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
    return {};
}

Status refusedByRowSecurity(const QSqlDatabase& db, const QString& table, qint64 id) {
    // A row-level security policy (a coder's hold on their own codings) does not raise an
    // error for UPDATE or DELETE: it hides the row from the statement, which then changes
    // nothing. A row that still exists was therefore refused; one another client removed
    // meanwhile is gone either way, as before.
    QSqlQuery q = run(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id});
    if (q.lastError().isValid())
        return sqlfailure::statement(q.lastError());
    if (!q.next() || q.value(0).toLongLong() == 0)
        return {};
    // Refused, which Project::edit words for users.
    if (table == QLatin1String("rating_evidence"))
        return Status::failure(Tr::tr("evidence link %1 belongs to another coder's "
                                      "maturity rating, and only they or an owner may "
                                      "change it")
                                   .arg(id),
                               ErrorKind::Refused);
    const QString row =
        table == QLatin1String("codings")      ? QStringLiteral("coding")
        : table == QLatin1String("key_quotes") ? QStringLiteral("the key-quote flag of coding")
        : table == QLatin1String("maturity_ratings") ? QStringLiteral("maturity rating")
                                                     : table;
    return Status::failure(Tr::tr("%1 %2 is another coder's, and only they or an owner "
                                  "may change it")
                               .arg(row)
                               .arg(id),
                           ErrorKind::Refused);
}

class PostgresConnection final : public StorageConnection {
public:
    using StorageConnection::StorageConnection;

    QString displayName() const override { return path(); }
    QString projectName() const override {
        const auto l = dialect::parsePostgresUrl(path());
        return l ? l->database : path();
    }

    bool isPostgres() const override { return true; }
    bool isFile() const override { return false; }
    bool canLoseConnection() const override { return true; }
    bool hasOtherClients() const override { return true; }

    // lastval() misses an insert that names its id (undo restoring a row).
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }
    qint64 insertedId(QSqlQuery& q) const override {
        return q.next() ? q.value(0).toLongLong() : 0;
    }
    // xmin: the transaction that last wrote the row, PostgreSQL's row version.
    QString rowVersionColumn() const override { return QStringLiteral(", xmin::text::bigint"); }
    // The server checks its own pages and enforces every reference as it writes.
    QStringList engineProblems() override { return {}; }
    Status beforeTransaction() override { return {}; }
    Status afterCommit() override;
    Status refusedChange(const QString& table, qint64 id, int affected) const override;

    bool listenForChanges(QObject* context, std::function<void()> changed) override;
    bool isConnected() override;
    bool connectionBroken() const override;
    Status reconnect() override;
    std::function<QString()> connectionProbe() const override;

    /// Makes the session read-only: the server then refuses any write through it.
    Status makeReadOnly();

protected:
    Status listColumns(QHash<QString, QStringList>& columns, QSet<QString>& notNull) override;

private:
    bool m_readOnly = false;  // the session was made read-only
    bool m_listening = false; // LISTEN situate_changes
};

Status PostgresConnection::afterCommit() {
    if (!Storage::lostCommitHook || !Storage::lostCommitHook())
        return {};
    // The change is committed; end this session the way a network failure would.
    QSqlQuery(database()).exec(QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid())"));
    return Status::failure(Tr::tr("could not save the change: the connection was "
                                  "lost before the server answered (test)"));
}

Status PostgresConnection::refusedChange(const QString& table, qint64 id, int affected) const {
    if (affected != 0)
        return {};
    return note(refusedByRowSecurity(database(), table, id));
}

Status PostgresConnection::listColumns(QHash<QString, QStringList>& columns,
                                       QSet<QString>& notNull) {
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT table_name, column_name, is_nullable FROM "
                               "information_schema.columns WHERE table_schema = current_schema() "
                               "ORDER BY table_name, ordinal_position")))
        return sqlfailure::statement(q.lastError());
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString col = q.value(1).toString();
        columns[table] << col;
        if (q.value(2).toString() == QLatin1String("NO"))
            notNull.insert(table + QLatin1Char('.') + col);
    }
    return {};
}

Status PostgresConnection::makeReadOnly() {
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return sqlfailure::statement(q.lastError());
    m_readOnly = true;
    return {};
}

bool PostgresConnection::listenForChanges(QObject* context, std::function<void()> changed) {
    m_listening = database().driver()->subscribeToNotification(changesChannel);
    if (m_listening)
        QObject::connect(database().driver(), &QSqlDriver::notification, context,
                         [changed = std::move(changed)](const QString&,
                                                        QSqlDriver::NotificationSource source,
                                                        const QVariant&) {
                             if (source == QSqlDriver::OtherSource)
                                 changed();
                         });
    return m_listening;
}

bool PostgresConnection::isConnected() {
    if (!database().isOpen())
        return false;
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

bool PostgresConnection::connectionBroken() const {
    if (!database().isOpen())
        return true;
#ifdef SITUATE_HAVE_LIBPQ
    if (PGconn* c = postgresHandle(database()))
        return libPq()->status(c) == CONNECTION_BAD;
#endif
    return false;
}

Status PostgresConnection::reconnect() {
    resetTransaction();
    // QSqlDatabase keeps the name, user, host, port, password and options it was opened with;
    // closing also drops the driver's LISTEN subscriptions.
    QSqlDatabase& db = database();
    db.close();
    if (!db.open())
        return sqlfailure::connection(db.lastError(), path());
    if (m_readOnly) {
        if (Status st = makeReadOnly(); !st)
            return st;
    }
    if (m_listening && !db.driver()->subscribeToNotification(changesChannel))
        return sqlfailure::statement(
            db.driver()->lastError(),
            Tr::tr("connected to %1, but cannot listen for other clients' changes").arg(path()));
    return {};
}

std::function<QString()> PostgresConnection::connectionProbe() const {
    const QString source = database().connectionName();
    const QString where = path();
    return [source, where] {
        return connections::tryCopy(source, where);
    };
}

} // namespace

Result<std::unique_ptr<StorageConnection>>
openPostgresStorage(const QString& url, Storage::Mode mode, const ConnectionSecret& secret) {
    using R = Result<std::unique_ptr<StorageConnection>>;
    Result<dialect::PostgresLocation> location = dialect::parsePostgresUrl(url);
    if (!location)
        return Status::from(location);
    location->password = secret.password;
    const QString name = dialect::displayUrl(*location);
    const QString connectionName = connections::newName("postgres");
    if (Status st = connections::openPostgres(connectionName, *location); !st)
        return st;
    auto c = std::make_unique<PostgresConnection>(connectionName, name);
    QSqlDatabase& db = c->database();

    Result<int> version = schema::postgres::version(db);
    if (!version) {
        if (version.kind() == ErrorKind::Refused)
            return R::failure(Tr::tr("%1: this login may not read the project; its "
                                     "owner can give it a role (situate-cli team grant)")
                                  .arg(name),
                              ErrorKind::Refused);
        return R::failure(Tr::tr("%1: cannot read the project: %2").arg(name, version.error()),
                          version.kind());
    }
    if (mode == Storage::Mode::Create) {
        if (*version >= 0) {
            // A publish killed before its copy committed leaves the bare schema and no
            // project_info row (every project has its uuid there): nothing to keep.
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM project_info")) || !q.next() ||
                q.value(0).toLongLong() != 0)
                return R::failure(Tr::tr("%1: already holds a Situate project").arg(name));
            q.finish();
            QHash<QString, QStringList> columns;
            QSet<QString> notNull;
            if (Status st = c->readColumns(columns, notNull); !st)
                return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
            if (Status st = schema::postgres::drop(db, projectTables(columns)); !st)
                return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
        }
        Result<bool> empty = schema::postgres::isEmpty(db);
        if (!empty)
            return R::failure(QStringLiteral("%1: %2").arg(name, empty.error()), empty.kind());
        if (!*empty)
            return R::failure(Tr::tr("%1: the database is not empty; a Situate project "
                                     "needs a database of its own (CREATE DATABASE)")
                                  .arg(name));
        if (Status st = schema::postgres::create(db); !st)
            return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
    } else {
        if (*version < 0)
            return R::failure(Tr::tr("%1: not a Situate project (the database holds no "
                                     "Situate schema; `situate-cli publish` puts a "
                                     "project there)")
                                  .arg(name));
        if (*version > schema::currentVersion())
            return R::failure(Tr::tr("%1: made by a newer version of Situate (project "
                                     "format %2; this version reads up to %3). "
                                     "Update Situate to open it.")
                                  .arg(name)
                                  .arg(*version)
                                  .arg(schema::currentVersion()));
        if (mode == Storage::Mode::Open) {
            if (Status st = updateSchema(db, name, *version); !st)
                return st;
        }
        if (mode == Storage::Mode::ReadOnly) {
            // The server then refuses any write through this connection.
            if (Status st = c->makeReadOnly(); !st)
                return Status::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
        }
    }
    return R(std::move(c));
}

std::function<bool()> Storage::lostCommitHook;

Result<qint64> Storage::transactionId() {
    QSqlQuery q(database(*this));
    if (!q.exec(QStringLiteral("SELECT txid_current()")) || !q.next())
        return m_connection->failed(q.lastError());
    return q.value(0).toLongLong();
}

Result<QString> Storage::transactionStatus(qint64 id) {
    QSqlQuery q(database(*this));
    q.prepare(QStringLiteral("SELECT txid_status(?)"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlfailure::statement(q.lastError());
    return q.value(0).isNull() ? QString() : q.value(0).toString();
}

} // namespace situate
