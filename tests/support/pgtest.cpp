// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pgtest.h"

#include "tests/support/testsupport.h"

#include <QAtomicInt>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

namespace situate::test {

namespace {

QAtomicInt adminConnections;

// Runs one statement on the server's maintenance database (the one SITUATE_TEST_PG names);
// the error, if any, and the first column of what it returned in *rows.
QString admin(const QString& sql, QStringList* rows = nullptr) {
    const QUrl url(qEnvironmentVariable("SITUATE_TEST_PG"));
    const QString name =
        QStringLiteral("pgtest-admin-%1").arg(adminConnections.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
            while (rows && q.next())
                *rows << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

bool postgresConfigured() {
    return !qEnvironmentVariableIsEmpty("SITUATE_TEST_PG");
}

bool postgresOrSkip() {
    if (postgresConfigured())
        return true;
    // A green CI run means these tests ran: there a missing server is a failure.
    if (underCi())
        FAIL("SITUATE_TEST_PG is not set, and with CI set the PostgreSQL tests must run "
             "(scripts/test starts a cluster with tests/pg/cluster)");
    WARN("SITUATE_TEST_PG is not set: the PostgreSQL tests are skipped (tests/pg/cluster)");
    return false;
}

QString adminQuery(const QString& sql, QStringList* rows) {
    return admin(sql, rows);
}

TempPgDatabase::TempPgDatabase() {
    if (!postgresConfigured())
        return;
    m_name = QStringLiteral("situate_test_%1")
                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    // The name is made here from hex digits only, never from input.
    m_error =
        admin(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_name));
    if (!m_error.isEmpty())
        return;
    QUrl url(qEnvironmentVariable("SITUATE_TEST_PG"));
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

TempPgDatabase::~TempPgDatabase() {
    if (m_url.isEmpty())
        return;
    // Roles belong to the whole cluster: the project's group roles (marked with the
    // database's oid) and the test's logins.
    QStringList groups;
    admin(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles r, pg_database d WHERE "
                         "d.datname = '%1' AND shobj_description(r.oid, 'pg_authid') LIKE "
                         "'Situate %% in database ' || d.oid")
              .arg(m_name),
          &groups);
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    for (const QString& g : groups)
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(g));
    for (const QString& r : m_roles)
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
}

bool TempPgDatabase::terminateConnections() {
    return admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                "datname = '%1' AND pid <> pg_backend_pid()")
                     .arg(m_name))
        .isEmpty();
}

bool TempPgDatabase::allowLogin(const QString& role, bool allowed) {
    return admin(QStringLiteral("ALTER ROLE %1_%2 %3")
                     .arg(m_name, role,
                          allowed ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")))
        .isEmpty();
}

namespace {

// A field of a password file line: ':' and '\' are escaped with a backslash.
QString passField(QString field) {
    field.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    field.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return field;
}

} // namespace

QString TempPgDatabase::addLoginRole(const QString& role, const QString& password) {
    // Names and passwords come from the tests themselves (letters, digits, underscores).
    const QString name = m_name + QLatin1Char('_') + role;
    if (!admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, password)).isEmpty())
        return {};
    m_roles << name;
    m_passwords.insert(name, password);
    if (!m_passDir) {
        m_passDir = std::make_unique<QTemporaryDir>();
        m_passFile = m_passDir->filePath(QStringLiteral("pgpass"));
    }
    // libpq ignores a password file that others may read.
    QFile file(m_passFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString lines;
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it)
        lines += QStringLiteral("*:*:*:%1:%2\n").arg(passField(it.key()), passField(it.value()));
    const QUrl server(qEnvironmentVariable("SITUATE_TEST_PG"));
    const QString adminPassword = qEnvironmentVariable("PGPASSWORD");
    if (!adminPassword.isEmpty())
        lines += QStringLiteral("*:*:*:%1:%2\n")
                     .arg(passField(server.userName()), passField(adminPassword));
    file.write(lines.toUtf8());
    file.close();
    QUrl url(m_url);
    url.setUserName(name);
    return url.toString();
}

QString TempPgDatabase::passwordFor(const QString& url) const {
    return m_passwords.value(QUrl(url).userName());
}

UsePassFile::UsePassFile(const TempPgDatabase& db)
    : m_password(qgetenv("PGPASSWORD"))
    , m_passFile(qgetenv("PGPASSFILE"))
    , m_hadPassFile(qEnvironmentVariableIsSet("PGPASSFILE")) {
    qputenv("PGPASSFILE", db.passFile().toLocal8Bit());
    qunsetenv("PGPASSWORD");
}

UsePassFile::~UsePassFile() {
    if (!m_password.isEmpty())
        qputenv("PGPASSWORD", m_password);
    if (m_hadPassFile)
        qputenv("PGPASSFILE", m_passFile);
    else
        qunsetenv("PGPASSFILE");
}

} // namespace situate::test
