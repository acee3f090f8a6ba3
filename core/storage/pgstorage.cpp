// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL half of Storage: opening a project on a server and reading its columns.
// Everything else in Storage is shared SQL that both engines run.
#include "core/storage/dialect.h"
#include "core/storage/libpqhandle.h"
#include "core/storage/pgschema.h"
#include "core/storage/pgsecurity.h"
#include "core/storage/schema.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/storage.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace situate {

namespace {

QAtomicInt pgConnections;

// Brings an older project up to this version's schema and protections. Only the login that
// owns the tables may change them: anyone else is told so before anything is changed, so no
// project is left half migrated.
Status updateSchema(QSqlDatabase& db, const QString& name, int version) {
    Result<bool> outdated = schema::postgres::needsHardening(db);
    if (!outdated)
        return Status::failure(
            QStringLiteral("%1: cannot read the project: %2").arg(name, outdated.error()),
            outdated.kind());
    if (version >= schema::currentVersion() && !*outdated)
        return {};
    Result<bool> owner = schema::postgres::ownsSchema(db);
    if (!owner)
        return Status::failure(
            QStringLiteral("%1: cannot read the project: %2").arg(name, owner.error()),
            owner.kind());
    if (!*owner) {
        if (version >= schema::currentVersion())
            return {}; // the protections wait for the owner's next open; nothing else does
        return Status::failure(
            QStringLiteral("%1: the project is in format %2 and this version of Situate needs "
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

} // namespace

Result<std::unique_ptr<Storage>> Storage::openPostgres(const QString& url, Mode mode,
                                                       const ConnectionSecret& secret) {
    using R = Result<std::unique_ptr<Storage>>;
    Result<dialect::PostgresLocation> location = dialect::parsePostgresUrl(url);
    if (!location)
        return Status::from(location);
    location->password = secret.password;
    const QString name = dialect::displayUrl(*location);
    std::unique_ptr<Storage> s(new Storage);
    s->m_postgres = true;
    s->m_path = name;
    s->m_secret = secret;
    s->m_connection = QStringLiteral("situate-pg-%1").arg(pgConnections.fetchAndAddRelaxed(1));
    Result<QSqlDatabase> db = dialect::addPostgresConnection(s->m_connection);
    if (!db)
        return Status::from(db);
    s->m_db = *db;
    if (Status st = dialect::openPostgres(s->m_db, *location); !st)
        return st;

    Result<int> version = schema::postgres::version(s->m_db);
    if (!version) {
        if (version.kind() == ErrorKind::Refused)
            return R::failure(QStringLiteral("%1: this login may not read the project; its "
                                             "owner can give it a role (situate-cli team grant)")
                                  .arg(name),
                              ErrorKind::Refused);
        return R::failure(
            QStringLiteral("%1: cannot read the project: %2").arg(name, version.error()),
            version.kind());
    }
    if (mode == Mode::Create) {
        if (*version >= 0) {
            // A publish killed before its copy committed leaves the bare schema and no
            // project_info row (every project has its uuid there): nothing to keep.
            QSqlQuery q(s->m_db);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM project_info")) || !q.next() ||
                q.value(0).toLongLong() != 0)
                return R::failure(QStringLiteral("%1: already holds a Situate project").arg(name));
            q.finish();
            if (Status st = s->preparePostgresColumns(); !st)
                return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
            if (Status st = schema::postgres::drop(s->m_db, s->tables()); !st)
                return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
            s->m_columns.clear();
            s->m_notNull.clear();
        }
        Result<bool> empty = schema::postgres::isEmpty(s->m_db);
        if (!empty)
            return R::failure(QStringLiteral("%1: %2").arg(name, empty.error()), empty.kind());
        if (!*empty)
            return R::failure(QStringLiteral("%1: the database is not empty; a Situate project "
                                             "needs a database of its own (CREATE DATABASE)")
                                  .arg(name));
        if (Status st = schema::postgres::create(s->m_db); !st)
            return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
    } else {
        if (*version < 0)
            return R::failure(QStringLiteral("%1: not a Situate project (the database holds no "
                                             "Situate schema; `situate-cli publish` puts a "
                                             "project there)")
                                  .arg(name));
        if (*version > schema::currentVersion())
            return R::failure(QStringLiteral("%1: made by a newer version of Situate (project "
                                             "format %2; this version reads up to %3). "
                                             "Update Situate to open it.")
                                  .arg(name)
                                  .arg(*version)
                                  .arg(schema::currentVersion()));
        if (mode == Mode::Open) {
            if (Status st = updateSchema(s->m_db, name, *version); !st)
                return st;
        }
        if (mode == Mode::ReadOnly) {
            // The server then refuses any write through this connection.
            QSqlQuery q(s->m_db);
            if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
                return sqlfailure::statement(q.lastError(), name);
            s->m_readOnly = true;
        }
    }
    if (Status st = s->prepareColumns(); !st)
        return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
    return R(std::move(s));
}

Status Storage::preparePostgresColumns() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT table_name, column_name, is_nullable FROM "
                               "information_schema.columns WHERE table_schema = current_schema() "
                               "ORDER BY table_name, ordinal_position")))
        return sqlfailure::statement(q.lastError());
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString col = q.value(1).toString();
        m_columns[table] << col;
        if (q.value(2).toString() == QLatin1String("NO"))
            m_notNull.insert(table + QLatin1Char('.') + col);
    }
    if (!m_columns.contains(QStringLiteral("codings")))
        return Status::failure(QStringLiteral("the project's tables are missing"));
    return {};
}

bool Storage::listenForChanges(QObject* context, std::function<void()> changed) {
    m_listening =
        m_postgres && m_db.driver()->subscribeToNotification(QStringLiteral("situate_changes"));
    if (m_listening)
        QObject::connect(m_db.driver(), &QSqlDriver::notification, context,
                         [changed = std::move(changed)](const QString&,
                                                        QSqlDriver::NotificationSource source,
                                                        const QVariant&) {
                             if (source == QSqlDriver::OtherSource)
                                 changed();
                         });
    return m_listening;
}

QString Storage::displayName() const {
    return m_postgres ? m_path : QFileInfo(m_path).fileName();
}

QString Storage::projectName() const {
    if (!m_postgres)
        return QFileInfo(m_path).completeBaseName();
    const auto l = dialect::parsePostgresUrl(m_path);
    return l ? l->database : m_path;
}

std::function<bool()> Storage::lostCommitHook;

bool Storage::isConnected() {
    if (!m_postgres)
        return true;
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

bool Storage::connectionBroken() const {
    if (!m_postgres)
        return false;
    if (!m_db.isOpen())
        return true;
#ifdef SITUATE_HAVE_LIBPQ
    if (PGconn* c = postgresHandle(m_db))
        return PQstatus(c) == CONNECTION_BAD;
#endif
    return false;
}

Status Storage::reconnect() {
    if (!m_postgres)
        return {};
    m_depth = 0;
    m_failed = false;
    // QSqlDatabase keeps the name, user, host, port, password and options it was opened with;
    // closing also drops the driver's LISTEN subscriptions.
    m_db.close();
    if (!m_db.open())
        return sqlfailure::connection(m_db.lastError(), m_path);
    if (m_readOnly) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return sqlfailure::statement(q.lastError());
    }
    if (m_listening && !m_db.driver()->subscribeToNotification(QStringLiteral("situate_changes")))
        return sqlfailure::statement(
            m_db.driver()->lastError(),
            QStringLiteral("connected to %1, but cannot listen for other clients' changes")
                .arg(m_path));
    return {};
}

std::function<QString()> Storage::connectionProbe() const {
    if (!m_postgres)
        return [] {
            return QString();
        };
    const QString source = m_connection;
    const QString where = m_path;
    return [source, where]() -> QString {
        const QString name =
            QStringLiteral("situate-probe-%1").arg(pgConnections.fetchAndAddRelaxed(1));
        QString error;
        {
            // The thread-safe clone: settings are copied under the connection list's lock.
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (!db.open())
                error = sqlfailure::connection(db.lastError(), where).error();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    };
}

Result<qint64> Storage::transactionId() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT txid_current()")) || !q.next()) {
        const Status st = failed(q.lastError());
        return st;
    }
    return q.value(0).toLongLong();
}

Result<QString> Storage::transactionStatus(qint64 id) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT txid_status(?)"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        const Status st = sqlfailure::statement(q.lastError());
        return st;
    }
    return q.value(0).isNull() ? QString() : q.value(0).toString();
}

QStringList Storage::tables() const {
    QStringList out;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (!dialect::isInternalTable(it.key()))
            out << it.key();
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace situate
