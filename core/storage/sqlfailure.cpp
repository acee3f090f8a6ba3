// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlfailure.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate::sqlfailure {

namespace {

bool fromPostgres(const QSqlError& e) {
    return e.driverText().startsWith(QLatin1String("QPSQL"));
}

QString sqlState(const QSqlError& e) {
    static const QRegularExpression code(QStringLiteral("^[0-9A-Z]{5}$"));
    const QString c = e.nativeErrorCode();
    return fromPostgres(e) && code.match(c).hasMatch() ? c : QString();
}

// libpq's words for a connection that is gone, when no SQLSTATE came with them.
bool soundsLost(const QString& text) {
    for (const char* words : {"server closed the connection", "no connection to the server",
                              "connection to server was lost", "terminating connection",
                              "could not receive data from server", "could not send data to server",
                              "connection not open", "SSL connection has been closed"}) {
        if (text.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// What a unique key keeps single, from the constraint's name (`coders_name_key`,
// `codes_sibling_name`, ...), which starts with its table.
QString uniqueThing(const QString& sentence) {
    static const QRegularExpression constraint(QStringLiteral("constraint \"([a-z_]+)\""));
    const QString name = constraint.match(sentence).captured(1);
    if (name.endsWith(QLatin1String("_uuid_key")))
        return Tr::tr("an entry with the same identifier");
    struct Known {
        const char* prefix;
        const char* thing;
    };
    // Longest prefixes first: attribute_values_ before attributes_ is not needed, but
    // code_questions_ must come before codes_ and codings_.
    const Known known[] = {
        {"code_questions_", "that link between a code and a research question"},
        {"codes_", "a code of that name in the same place"},
        {"coders_", "a coder of that name"},
        {"codings_", "that coding"},
        {"cases_", "a case of that name"},
        {"document_cases_", "that document in that case"},
        {"documents_", "a document of that name"},
        {"attribute_values_", "a value of that attribute for it"},
        {"attributes_", "an attribute of that name"},
        {"research_questions_", "a research question with that code"},
        {"maturity_ratings_", "a rating of that case by that coder"},
        {"consensus_ratings_", "a consensus rating of that case"},
        {"rating_evidence_", "that evidence link"},
        {"key_quotes_", "that key quote"},
        {"project_info_", "that project setting"},
    };
    for (const Known& k : known) {
        if (name.startsWith(QLatin1String(k.prefix)))
            return QString::fromLatin1(k.thing);
    }
    return Tr::tr("the same entry");
}

} // namespace

QString serverSentence(const QSqlError& e) {
    QString text = e.databaseText();
    if (!fromPostgres(e))
        return text.trimmed();
    // QPSQL appends "(SQLSTATE)"; libpq puts the severity first and details on later lines.
    static const QRegularExpression state(QStringLiteral("\\([0-9A-Z]{5}\\)\\s*$"));
    text.remove(state);
    QString first;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            first = line.trimmed();
            break;
        }
    }
    static const QRegularExpression severity(
        QStringLiteral("^(?:.*?failed:\\s*)?(?:(?:ERROR|FATAL|PANIC|WARNING):\\s*)?"));
    first.remove(severity);
    return first.trimmed();
}

bool isAbortedTransaction(const QSqlError& e) {
    return sqlState(e) == QLatin1String("25P02");
}

Status statement(const QSqlError& e) {
    const QString sentence = serverSentence(e);
    if (!fromPostgres(e)) {
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with or without an extended code: a
        // damaged page met while reading. SQLite's words ("database disk image is
        // malformed") do not say what to do.
        const int primary = e.nativeErrorCode().toInt() & 0xff;
        if (primary == 11 || primary == 26)
            return Status::failure(Tr::tr("the project file is damaged: part of it "
                                          "cannot be read. Nothing was changed; restore "
                                          "the newest backup (File > Restore backup) "
                                          "or run \"situate-cli check\" to see what is "
                                          "damaged"),
                                   ErrorKind::Io);
        if (sentence.isEmpty())
            return Status::failure(Tr::tr("the project file could not be read or written"));
        return Status::failure(sentence);
    }
    const QString code = sqlState(e);
    const QString saidSo = sentence.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(sentence);
    if (code == QLatin1String("23505"))
        return Status::failure(Tr::tr("%1 already exists: another client has just added "
                                      "it. Nothing of this change was saved; try it again")
                                   .arg(uniqueThing(sentence)),
                               ErrorKind::Conflict);
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return Status::failure(Tr::tr("another client was changing the same entries at "
                                      "the same moment. Nothing of this change was "
                                      "saved; try it again"),
                               ErrorKind::Conflict);
    if (code == QLatin1String("42501"))
        return Status::failure(sentence.isEmpty() ? Tr::tr("permission denied") : sentence,
                               ErrorKind::Refused);
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03") ||
        (code.isEmpty() && (e.type() == QSqlError::ConnectionError || soundsLost(e.text()))))
        return Status::failure(Tr::tr("the connection to the server was lost"),
                               ErrorKind::ConnectionLost);
    if (code == QLatin1String("25P02"))
        return Status::failure(Tr::tr("an earlier step of this change failed, so the "
                                      "server did not take the rest; nothing was saved"));
    if (code == QLatin1String("25006"))
        return Status::failure(Tr::tr("this is a read-only connection to the project: "
                                      "nothing can be changed through it"));
    if (code == QLatin1String("23503"))
        return Status::failure(Tr::tr("it refers to something that another client has "
                                      "just deleted, or something still refers to what "
                                      "it removes. Nothing was saved; look again and "
                                      "retry"));
    if (code.startsWith(QLatin1String("23")) || code.startsWith(QLatin1String("22")))
        return Status::failure(
            Tr::tr("the server did not accept a value of this change%1").arg(saidSo));
    if (code.startsWith(QLatin1String("53")))
        return Status::failure(Tr::tr("the server is short of disk space, memory or "
                                      "connections. Nothing was saved; try again later"));
    if (code == QLatin1String("57014"))
        return Status::failure(Tr::tr("the server cancelled the request"));
    if (code.startsWith(QLatin1String("54")))
        return Status::failure(Tr::tr("the request is too large for the server%1").arg(saidSo));
    return Status::failure(Tr::tr("the server could not do it%1").arg(saidSo));
}

Status notRun(const QSqlDatabase& db) {
    if (db.driverName() == QLatin1String("QPSQL"))
        return Status::failure(Tr::tr("the connection to the server was lost"),
                               ErrorKind::ConnectionLost);
    return Status::failure(Tr::tr("the project file could not be read or written"));
}

Status query(const QSqlQuery& q, const QSqlDatabase& db) {
    return q.lastError().isValid() ? statement(q.lastError()) : notRun(db);
}

Status query(const QSqlQuery& q, const QSqlDatabase& db, const QString& context) {
    const Status st = query(q, db);
    return Status::failure(context + QStringLiteral(": ") + st.error(), st.kind());
}

Status statement(const QSqlError& e, const QString& context) {
    const Status st = statement(e);
    return Status::failure(context + QStringLiteral(": ") + st.error(), st.kind());
}

Status connection(const QSqlError& e, const QString& where) {
    const QString text = e.databaseText() + QLatin1Char('\n') + e.driverText();
    const auto has = [&](const char* words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    const QString at = Tr::tr("cannot connect to %1: ").arg(where);
    if (has("no password supplied"))
        return Status::failure(at + Tr::tr("the server wants a password. Give it with "
                                           "PGPASSWORD or in ~/.pgpass (the Situate "
                                           "window asks for it)"),
                               ErrorKind::Authentication);
    if (has("password authentication failed"))
        return Status::failure(at + Tr::tr("the server did not accept the password for "
                                           "this user (or there is no such user)"),
                               ErrorKind::Authentication);
    if (has("does not exist") && has("database"))
        return Status::failure(at + Tr::tr("the server has no such database"));
    if (has("does not exist") && has("role"))
        return Status::failure(at + Tr::tr("the server has no such user"));
    if (has("not permitted to log in"))
        return Status::failure(at + Tr::tr("this user may not log in to the server"));
    if (has("no pg_hba.conf entry") || has("pg_hba.conf rejects"))
        return Status::failure(at + Tr::tr("the server does not let this user connect "
                                           "to this database from here (pg_hba.conf; "
                                           "ask its administrator)"));
    if (has("permission denied for database") || has("CONNECT privilege"))
        return Status::failure(at + Tr::tr("this user may not connect to this "
                                           "database (ask the project's owner for a "
                                           "role)"),
                               ErrorKind::Refused);
    if (has("does not support SSL"))
        return Status::failure(at + Tr::tr("the server offers no encrypted connection, "
                                           "which Situate needs for a server on another "
                                           "computer (ask its administrator to turn on "
                                           "SSL)"));
    if (has("root certificate file") || has("certificate verify failed") ||
        has("does not match host name") || has("certificate"))
        return Status::failure(at + Tr::tr("the server's certificate could not be "
                                           "verified (check sslrootcert and the host "
                                           "name in the URL)"));
    if (has("SSL") || has("sslmode"))
        return Status::failure(at + Tr::tr("the encrypted connection could not be set "
                                           "up (check the URL's ssl settings)"));
    if (has("could not translate host name"))
        return Status::failure(at + Tr::tr("there is no server of that name (check "
                                           "the host in the URL)"));
    if (has("timeout expired"))
        return Status::failure(at + Tr::tr("the server did not answer in time (is it "
                                           "running, and is the address right?)"));
    if (has("too many clients") || has("starting up") || has("shutting down") ||
        has("recovery mode"))
        return Status::failure(at + Tr::tr("the server does not take connections at "
                                           "the moment; try again shortly"));
    if (has("invalid") && (has("option") || has("value")))
        return Status::failure(at + Tr::tr("a setting in the URL was not accepted"));
    if (has("Connection refused") || has("No such file or directory") || has("could not connect") ||
        has("failed"))
        return Status::failure(at + Tr::tr("no server answers there (is it running, "
                                           "and are the host and port right?)"));
    return Status::failure(at + Tr::tr("the server could not be reached"));
}

} // namespace situate::sqlfailure
