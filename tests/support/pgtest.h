// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace situate::test {

/// A fresh, empty PostgreSQL database for one test, dropped again when the test ends. It
/// is made on the server that SITUATE_TEST_PG names (tests/pg/cluster starts one); without
/// that variable available() is false and PostgreSQL tests skip.
class TempPgDatabase {
public:
    TempPgDatabase();
    ~TempPgDatabase();
    TempPgDatabase(const TempPgDatabase&) = delete;
    TempPgDatabase& operator=(const TempPgDatabase&) = delete;

    bool available() const { return !m_url.isEmpty(); }
    /// postgresql://user@host:port/situate_test_XXXX (the password comes from PGPASSWORD).
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    /// Why the database could not be made although SITUATE_TEST_PG is set; empty otherwise.
    QString error() const { return m_error; }
    /// Creates a login role with a password on the server (dropped with the database), and
    /// returns this database's URL for it, without the password (Situate refuses one in a
    /// URL); empty on failure. The password is then passwordFor(url), and in passFile().
    QString addLoginRole(const QString& role, const QString& password);
    /// The password of the login role a URL from addLoginRole names; empty for another URL.
    QString passwordFor(const QString& url) const;
    /// A ~/.pgpass-style file (mode 0600, removed with this object) with the password of
    /// every role addLoginRole made, and the server's administrator's (PGPASSWORD), for
    /// child processes: see UsePassFile. Empty before the first addLoginRole.
    QString passFile() const { return m_passFile; }
    /// Ends every client connection to this database on the server, as a network failure or
    /// a killed server process would.
    bool terminateConnections();
    /// Lets a role made by addLoginRole log in, or not (as an unreachable server would
    /// refuse every new connection); connections already open stay.
    bool allowLogin(const QString& role, bool allowed);

private:
    QString m_url;
    QString m_name;
    QString m_error;
    QStringList m_roles;
    QHash<QString, QString> m_passwords; // login role -> password
    std::unique_ptr<QTemporaryDir> m_passDir;
    QString m_passFile;
};

/// While it lives, this process and the processes it starts take passwords from `db`'s
/// passFile() (PGPASSFILE) and not from PGPASSWORD, which would win over the file: every
/// login role of the test then authenticates with its own password, as users' do.
class UsePassFile {
public:
    explicit UsePassFile(const TempPgDatabase& db);
    ~UsePassFile();
    UsePassFile(const UsePassFile&) = delete;
    UsePassFile& operator=(const UsePassFile&) = delete;

private:
    QByteArray m_password;
    QByteArray m_passFile;
    bool m_hadPassFile = false;
};

/// Whether SITUATE_TEST_PG is set (PostgreSQL tests run) or not (they skip with a warning).
bool postgresConfigured();
/// For the start of a PostgreSQL test: true when SITUATE_TEST_PG is set; otherwise a warning
/// and false (the test returns), or, with CI set, a failure: CI never passes without them.
bool postgresOrSkip();
/// Runs `sql` as the cluster's administrator on its maintenance database; the error text, if
/// any, and the first column of the rows returned in *rows.
QString adminQuery(const QString& sql, QStringList* rows = nullptr);

} // namespace situate::test
