// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/security/attacker.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace situate::redteam {

namespace {

Run runWith(const QString& program, const QStringList& args, const QString& password) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    env.remove(QStringLiteral("PGSERVICE"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("cannot start %1").arg(program);
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 did not finish").arg(program);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

QStringList connectionArgs(const QString& database, const QString& login) {
    const Server s = server();
    return {QStringLiteral("-h"), s.host, QStringLiteral("-p"), QString::number(s.port),
            QStringLiteral("-U"), login,  QStringLiteral("-d"), database};
}

} // namespace

Server server() {
    const QUrl u(qEnvironmentVariable("SITUATE_TEST_PG"));
    Server s;
    s.host = u.host();
    s.port = u.port(5432);
    s.admin = u.userName();
    s.adminPassword = qEnvironmentVariable("PGPASSWORD");
    return s;
}

Run psql(const QString& database, const QString& login, const QString& password,
         const QString& sql) {
    QStringList args = {QStringLiteral("-X"), QStringLiteral("-q"),
                        QStringLiteral("-A"), QStringLiteral("-t"),
                        QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
    args << connectionArgs(database, login) << QStringLiteral("-c") << sql;
    return runWith(QStringLiteral("psql"), args, password);
}

Run psqlAdmin(const QString& database, const QString& sql) {
    const Server s = server();
    return psql(database, s.admin, s.adminPassword, sql);
}

QString dump(const QString& database) {
    const Server s = server();
    Run r = runWith(QStringLiteral("pg_dump"), connectionArgs(database, s.admin), s.adminPassword);
    if (r.exitCode != 0)
        return QStringLiteral("pg_dump failed: ") + r.err;
    // Newer pg_dump releases fence the script with a random key on \restrict lines.
    static const QRegularExpression fence(QStringLiteral("^\\\\(un)?restrict .*$"),
                                          QRegularExpression::MultilineOption);
    // A refused INSERT still used up an id (sequences are outside transactions): the next
    // ids are not data, so the dumps compare without them.
    static const QRegularExpression next(QStringLiteral("^SELECT pg_catalog\\.setval\\(.*$"),
                                         QRegularExpression::MultilineOption);
    return r.out.remove(fence).remove(next);
}

QString firstDifference(const QString& before, const QString& after) {
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = a.value(i), y = b.value(i);
        if (x != y)
            return QStringLiteral("line %1:\n- %2\n+ %3").arg(i + 1).arg(x, y);
    }
    return {};
}

Run cli(const QStringList& args, const QString& password) {
    return runWith(QStringLiteral(SITUATE_CLI_PATH), args,
                   password.isEmpty() ? server().adminPassword : password);
}

QString url(const QString& database, const QString& login) {
    const Server s = server();
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(login);
    u.setHost(s.host);
    u.setPort(s.port);
    u.setPath(QLatin1Char('/') + database);
    return u.toString(QUrl::FullyEncoded);
}

struct Session::Private {
    QProcess process;
};

Session::Session(const QString& database, const QString& login, const QString& password)
    : d(new Private) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    d->process.setProcessEnvironment(env);
    // Errors in the same stream as answers, in the order psql wrote them.
    d->process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                        QStringLiteral("-t")};
    args << connectionArgs(database, login);
    d->process.start(QStringLiteral("psql"), args);
    d->process.waitForStarted(10000);
}

Session::~Session() {
    d->process.closeWriteChannel();
    if (!d->process.waitForFinished(10000))
        d->process.kill();
    d->process.waitForFinished();
    delete d;
}

Run Session::query(const QString& sql) {
    // A marker after the statement tells where its answer ends.
    const QString mark = QStringLiteral("end-of-answer");
    d->process.write((sql + QStringLiteral(";\n\\echo ") + mark + QLatin1Char('\n')).toUtf8());
    QString out;
    QElapsedTimer t;
    t.start();
    while (!out.contains(mark) && t.elapsed() < 30000) {
        d->process.waitForReadyRead(1000);
        out += QString::fromUtf8(d->process.readAllStandardOutput());
    }
    Run r;
    r.exitCode = d->process.state() == QProcess::Running ? 0 : -1;
    r.out = out.remove(mark).trimmed();
    return r;
}

} // namespace situate::redteam
