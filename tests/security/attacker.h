// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the security tests attack a team project with: psql and pg_dump, logged in as anyone,
// with no Situate code between them and the server; and situate-cli as a team member runs it.

#include <QString>
#include <QStringList>

namespace situate::redteam {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// The test server (SITUATE_TEST_PG): host, port, administrator and password (PGPASSWORD).
struct Server {
    QString host;
    int port = 5432;
    QString admin;
    QString adminPassword;
};
Server server();

/// One psql call (`-c SQL`, stops at the first error) as `login` with `password` on `database`.
Run psql(const QString& database, const QString& login, const QString& password,
         const QString& sql);
/// The same as the cluster's administrator.
Run psqlAdmin(const QString& database, const QString& sql);
/// pg_dump of the whole database (schema, grants, policies, functions, rows) as the
/// administrator, without the lines that differ between two dumps of the same data (pg_dump's
/// random \restrict key, and the sequences' next values, which a refused INSERT moves on).
QString dump(const QString& database);
/// Empty when two dumps are the same; otherwise the first line where they differ.
QString firstDifference(const QString& before, const QString& after);
/// situate-cli as `login` (the URL names it; the password goes through PGPASSWORD).
Run cli(const QStringList& args, const QString& password = {});
/// postgresql://LOGIN@host:port/DATABASE, the database name percent-encoded.
QString url(const QString& database, const QString& login);

/// A psql session that stays open, as a logged-in member's would.
class Session {
public:
    Session(const QString& database, const QString& login, const QString& password);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    /// Sends one statement; what psql printed for it, answers and errors alike, in `out`.
    Run query(const QString& sql);

private:
    struct Private;
    Private* d;
};

} // namespace situate::redteam
