// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/connections.h"

#include "core/storage/sqlfailure.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate::connections {

namespace {

QAtomicInt connectionCounter;

} // namespace

QString newName(const char* purpose) {
    return QStringLiteral("situate-%1-%2")
        .arg(QLatin1String(purpose))
        .arg(connectionCounter.fetchAndAddRelaxed(1));
}

Status openSqlite(const QString& name, const QString& path, const QString& options) {
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (db.open())
            return {};
        error = db.lastError().text();
    }
    remove(name);
    return Status::failure(error);
}

Status openPostgres(const QString& name, const dialect::PostgresLocation& l) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Status::failure(
            Tr::tr("PostgreSQL projects need Qt's PostgreSQL driver (QPSQL; on Debian "
                   "the package libqt6sql6-psql), which is not installed"));
    Status st;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(l.database);
        if (!l.user.isEmpty())
            db.setUserName(l.user);
        if (!l.password.isEmpty())
            db.setPassword(l.password);
        if (!l.host.isEmpty())
            db.setHostName(l.host);
        if (l.port > 0)
            db.setPort(l.port);
        db.setConnectOptions(dialect::connectOptions(l));
        if (!db.open()) {
            st = sqlfailure::connection(db.lastError(), dialect::displayUrl(l));
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SHOW server_encoding")) || !q.next() ||
                q.value(0).toString() != QLatin1String("UTF8"))
                st = Status::failure(Tr::tr("%1: the database does not store text as "
                                            "UTF-8 (create it with ENCODING 'UTF8')")
                                         .arg(dialect::displayUrl(l)));
        }
    }
    if (!st)
        remove(name);
    return st;
}

QString tryCopy(const QString& source, const QString& where) {
    const QString name = newName("probe");
    QString error;
    {
        // The thread-safe clone: settings are copied under the connection list's lock.
        QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
        if (!db.open())
            error = sqlfailure::connection(db.lastError(), where).error();
    }
    remove(name);
    return error;
}

void remove(const QString& name) {
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace situate::connections
