// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
    /// returns this database's URL for it, password included; empty on failure.
    QString addLoginRole(const QString& role, const QString& password);
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
