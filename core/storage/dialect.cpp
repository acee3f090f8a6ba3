// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dialect.h"

#include "core/location.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate::dialect {

namespace {

// Settings that pass a secret, or name another server, database or user than the URL
// does, or change the session under Situate's feet: refused with their reason.
QString refusedSetting(const QString& key) {
    if (key == QLatin1String("password") || key == QLatin1String("passfile") ||
        key == QLatin1String("sslpassword"))
        return Tr::tr("a password does not belong in the URL; it comes from PGPASSWORD "
                      "or ~/.pgpass, or the Situate window asks for it");
    if (key == QLatin1String("host") || key == QLatin1String("hostaddr") ||
        key == QLatin1String("port") || key == QLatin1String("dbname") ||
        key == QLatin1String("user") || key == QLatin1String("service"))
        return QStringLiteral("\"%1\" would override the server, database or user the URL "
                              "names; write them in the URL itself (postgresql://user@host:port/"
                              "dbname)")
            .arg(key);
    return QStringLiteral("\"%1\" is not a setting Situate passes on; these are: %2")
        .arg(key, urlSettings().join(QStringLiteral(", ")));
}

const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool encrypted(const QString& sslmode) {
    return sslModes.indexOf(sslmode) >= sslModes.indexOf(QStringLiteral("require"));
}

bool isLocalHost(const QString& host) {
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return true; // libpq's default socket, or a socket folder
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts[0] != QLatin1String("127"))
        return false;
    for (const QString& p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 0 || n > 255 || p.isEmpty() || p.size() > 3)
            return false;
    }
    return true;
}

// A value as libpq's connection string takes it: quoted, so that no value can start
// another setting.
QString quoted(QString value) {
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

QStringList urlSettings() {
    return {QStringLiteral("sslmode"),
            QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"),
            QStringLiteral("sslkey"),
            QStringLiteral("sslcrl"),
            QStringLiteral("sslcrldir"),
            QStringLiteral("sslsni"),
            QStringLiteral("ssl_min_protocol_version"),
            QStringLiteral("ssl_max_protocol_version"),
            QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"),
            QStringLiteral("keepalives"),
            QStringLiteral("keepalives_idle"),
            QStringLiteral("keepalives_interval"),
            QStringLiteral("keepalives_count"),
            QStringLiteral("tcp_user_timeout")};
}

QString PostgresLocation::option(const QString& key) const {
    for (const auto& [k, v] : options) {
        if (k == key)
            return v.isNull() ? QStringLiteral("") : v;
    }
    return {};
}

Result<PostgresLocation> parsePostgresUrl(const QString& text) {
    using R = Result<PostgresLocation>;
    const QUrl url(text, QUrl::StrictMode);
    // The URL may hold a password: the message names only what is wrong with it.
    const auto bad = [](const QString& why) {
        return R::failure(Tr::tr("not a usable PostgreSQL URL (%1); the form is "
                                 "postgresql://user@host:port/dbname")
                              .arg(why));
    };
    if (!url.isValid() || !isServerLocation(text))
        return bad(Tr::tr("it does not parse"));
    if (!url.password(QUrl::FullyEncoded).isEmpty() ||
        url.userInfo(QUrl::FullyEncoded).contains(QLatin1Char(':')))
        return R::failure(Tr::tr(
            "a password in the URL is not accepted: it would show in the shell's history, in "
            "the list of processes and among the recent projects. Leave it out of the URL: "
            "the password comes from PGPASSWORD or ~/.pgpass, and the Situate window asks for "
            "it when neither gives it"));
    PostgresLocation l;
    l.user = url.userName(QUrl::FullyDecoded);
    l.host = url.host(QUrl::FullyDecoded);
    l.port = url.port(-1);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty())
        return bad(Tr::tr("no database name"));
    if (path.contains(QLatin1Char('/')))
        return bad(Tr::tr("the database name contains /"));
    l.database = path;
    static const QRegularExpression key(QStringLiteral("^[a-z_0-9]+$"));
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f;]"));
    const QStringList allowed = urlSettings();
    for (const auto& [k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!key.match(k).hasMatch())
            return bad(QStringLiteral("\"%1\" is not a connection setting").arg(k));
        if (!allowed.contains(k))
            return bad(refusedSetting(k));
        // A copy: clang 14 cannot capture a structured binding in a lambda.
        const QString name = k;
        if (std::any_of(l.options.cbegin(), l.options.cend(),
                        [&](const auto& o) { return o.first == name; }))
            return bad(Tr::tr("the setting \"%1\" is given twice; give each setting "
                              "once")
                           .arg(k));
        if (control.match(v).hasMatch())
            return bad(Tr::tr("the setting \"%1\" holds a character it may not "
                              "(a control character or ;)")
                           .arg(k));
        l.options.append({k, v});
    }
    const QString sslmode = l.option(QStringLiteral("sslmode"));
    if (!sslmode.isNull() && !sslModes.contains(sslmode))
        return bad(Tr::tr("sslmode must be one of %1").arg(sslModes.join(QStringLiteral(", "))));
    if (!sslmode.isNull() && !encrypted(sslmode) && !isLocalServer(l))
        return bad(Tr::tr("sslmode=%1 would let the connection to a server on another computer go "
                          "unencrypted, so that anyone on the way could read or change it; leave "
                          "sslmode out (Situate then requires encryption) or use verify-full")
                       .arg(sslmode));
    return l;
}

QString displayUrl(const PostgresLocation& l) {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(l.user);
    url.setHost(l.host);
    url.setPort(l.port);
    url.setPath(QLatin1Char('/') + l.database);
    // The query fully encoded, so that what is shown opens the same project again.
    QString query;
    if (!l.options.isEmpty()) {
        QUrlQuery q;
        for (const auto& [k, v] : l.options)
            q.addQueryItem(k, v);
        query = QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
    }
    // An empty host still needs the authority's "//".
    if (l.host.isEmpty() && l.user.isEmpty())
        return QStringLiteral("postgresql:///") + l.database + query;
    return url.toString() + query;
}

bool isLocalServer(const PostgresLocation& l) {
    QStringList hosts;
    if (!l.host.isEmpty())
        hosts << l.host;
    else
        hosts << qEnvironmentVariable("PGHOST").split(QLatin1Char(','));
    // libpq connects to hostaddr when it is given, whatever the host says.
    const QString addresses = qEnvironmentVariable("PGHOSTADDR");
    if (!addresses.isEmpty())
        hosts << addresses.split(QLatin1Char(','));
    return std::all_of(hosts.cbegin(), hosts.cend(),
                       [](const QString& h) { return isLocalHost(h.trimmed()); });
}

QString connectOptions(const PostgresLocation& l) {
    QStringList out;
    // A server that does not answer must not hang the application.
    if (l.option(QStringLiteral("connect_timeout")).isNull())
        out << QStringLiteral("connect_timeout=10");
    // libpq's default (prefer) falls back to an unencrypted connection when anyone on the
    // way says the server offers none. PGSSLMODE, when it asks for as much or more, stays.
    if (l.option(QStringLiteral("sslmode")).isNull() && !isLocalServer(l) &&
        !encrypted(qEnvironmentVariable("PGSSLMODE")))
        out << QStringLiteral("sslmode=require");
    for (const auto& [k, v] : l.options)
        out << k + QLatin1Char('=') + quoted(v);
    // The server's NOTICEs (a policy or role made again) are for administrators; libpq would
    // print them on stderr, beside Situate's own words.
    out << QStringLiteral("options='-c client_min_messages=warning'");
    return out.join(QLatin1Char(';'));
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
