// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace situate::dialect {

bool isPostgresUrl(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PostgresLocation> parsePostgresUrl(const QString& text) {
    using R = Result<PostgresLocation>;
    const QUrl url(text, QUrl::StrictMode);
    // The URL may hold a password: the message names only what is wrong with it.
    const auto bad = [](const QString& why) {
        return R::failure(QStringLiteral("not a usable PostgreSQL URL (%1); the form is "
                                         "postgresql://user@host:port/dbname")
                              .arg(why));
    };
    if (!url.isValid() || !isPostgresUrl(text))
        return bad(QStringLiteral("it does not parse"));
    PostgresLocation l;
    l.user = url.userName(QUrl::FullyDecoded);
    l.password = url.password(QUrl::FullyDecoded);
    l.host = url.host(QUrl::FullyDecoded);
    l.port = url.port(-1);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty())
        return bad(QStringLiteral("no database name"));
    if (path.contains(QLatin1Char('/')))
        return bad(QStringLiteral("the database name contains /"));
    l.database = path;
    static const QRegularExpression key(QStringLiteral("^[a-z_]+$"));
    QStringList options;
    for (const auto& [k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!key.match(k).hasMatch() || v.contains(QLatin1Char(';')))
            return bad(QStringLiteral("the setting \"%1\" is not a connection setting").arg(k));
        options << k + QLatin1Char('=') + v;
    }
    l.options = options.join(QLatin1Char(';'));
    return l;
}

QString displayUrl(const PostgresLocation& l) {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(l.user);
    url.setHost(l.host);
    url.setPort(l.port);
    url.setPath(QLatin1Char('/') + l.database);
    if (!l.options.isEmpty()) {
        QUrlQuery q;
        for (const QString& kv : l.options.split(QLatin1Char(';')))
            q.addQueryItem(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        url.setQuery(q);
    }
    // An empty host still needs the authority's "//".
    if (l.host.isEmpty() && l.user.isEmpty())
        return QStringLiteral("postgresql:///") + l.database;
    return url.toString();
}

Result<QSqlDatabase> addPostgresConnection(const QString& connectionName) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Result<QSqlDatabase>::failure(
            QStringLiteral("PostgreSQL projects need Qt's PostgreSQL driver (QPSQL; on Debian "
                           "the package libqt6sql6-psql), which is not installed"));
    return QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
}

Status openPostgres(QSqlDatabase& db, const PostgresLocation& l) {
    db.setDatabaseName(l.database);
    if (!l.user.isEmpty())
        db.setUserName(l.user);
    if (!l.password.isEmpty())
        db.setPassword(l.password);
    if (!l.host.isEmpty())
        db.setHostName(l.host);
    if (l.port > 0)
        db.setPort(l.port);
    // A server that does not answer must not hang the application.
    QString options = QStringLiteral("connect_timeout=10");
    if (!l.options.isEmpty())
        options += QLatin1Char(';') + l.options;
    db.setConnectOptions(options);
    if (!db.open())
        return Status::failure(QStringLiteral("cannot connect to %1: %2")
                                   .arg(displayUrl(l), db.lastError().text().trimmed()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SHOW server_encoding")) || !q.next() ||
        q.value(0).toString() != QLatin1String("UTF8")) {
        db.close();
        return Status::failure(QStringLiteral("%1: the database does not store text as UTF-8 "
                                              "(create it with ENCODING 'UTF8')")
                                   .arg(displayUrl(l)));
    }
    return {};
}

QString column(const QString& name) {
    if (name == QLatin1String("end"))
        return QStringLiteral("\"end\"");
    return name;
}

bool isInternalTable(const QString& table) {
    return table.startsWith(QLatin1String("document_fts")) ||
           table.startsWith(QLatin1String("sqlite_")) || table == QLatin1String("situate_meta") ||
           table == QLatin1String("document_search");
}

} // namespace situate::dialect
