// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/storage.h"

#include "core/location.h"
#include "core/storage/backupqueries.h"
#include "core/storage/dialect.h"
#include "core/storage/schema.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/storagerows.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace situate {

using namespace storagerows;

namespace {

QAtomicInt connectionCounter;

QString fileName(const QString& path) {
    return QFileInfo(path).fileName();
}

Status refusedByRowSecurity(const QSqlDatabase& db, const QString& table, qint64 id) {
    // A row-level security policy (a coder's hold on their own codings) does not raise an
    // error for UPDATE or DELETE: it hides the row from the statement, which then changes
    // nothing. A row that still exists was therefore refused; one another client removed
    // meanwhile is gone either way, as before.
    QSqlQuery q = run(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id});
    if (q.lastError().isValid())
        return sqlfailure::statement(q.lastError());
    if (!q.next() || q.value(0).toLongLong() == 0)
        return {};
    // Refused, which Project::edit words for users.
    if (table == QLatin1String("rating_evidence"))
        return Status::failure(QStringLiteral("evidence link %1 belongs to another coder's "
                                              "maturity rating, and only they or an owner may "
                                              "change it")
                                   .arg(id),
                               ErrorKind::Refused);
    const QString row = table == QLatin1String("codings") ? QStringLiteral("coding")
                        : table == QLatin1String("maturity_ratings")
                            ? QStringLiteral("maturity rating")
                            : table;
    return Status::failure(QStringLiteral("%1 %2 is another coder's, and only they or an owner "
                                          "may change it")
                               .arg(row)
                               .arg(id),
                           ErrorKind::Refused);
}

// Reads the first 16 bytes: every SQLite 3 database starts with this header.
bool looksLikeSqlite(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// quick_check reads every page: 1.7 s for a 300 MB project, paid on every open. Up to this
// size (far beyond a typical study) it runs on each open; above it opening checks the
// header's page count against the file and that the schema parses, and the full
// integrity_check is left to `situate-cli check`. SQLite still reports any damaged page it
// meets later as an error, so no damage is read as data.
constexpr qint64 fullCheckLimit = 64 * 1024 * 1024;

QString structureVerdict(const QSqlDatabase& db, qint64 fileSize) {
    if (fileSize <= fullCheckLimit) {
        QSqlQuery c = run(db, QStringLiteral("PRAGMA quick_check"));
        return c.next() ? c.value(0).toString() : c.lastError().text();
    }
    QSqlQuery pages = run(db, QStringLiteral("PRAGMA page_count"));
    QSqlQuery size = run(db, QStringLiteral("PRAGMA page_size"));
    if (!pages.next() || !size.next())
        return pages.lastError().text();
    // Pages added since the last checkpoint live in the WAL, so a sound database never has
    // more pages than the file and its WAL can hold; a truncated copy does.
    const qint64 bytes = pages.value(0).toLongLong() * size.value(0).toLongLong();
    const qint64 wal = QFileInfo(db.databaseName() + QStringLiteral("-wal")).size();
    if (bytes <= 0 || bytes > fileSize + wal)
        return QStringLiteral("the file is shorter than its header says (truncated?)");
    QSqlQuery schema = run(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!schema.next())
        return schema.lastError().text();
    return QStringLiteral("ok");
}

} // namespace

Result<std::unique_ptr<Storage>> Storage::open(const QString& path, Mode mode,
                                               const ConnectionSecret& secret) {
    using R = Result<std::unique_ptr<Storage>>;
    if (isServerLocation(path))
        return openPostgres(path, mode, secret);
    const QString name = fileName(path);
    const QFileInfo info(path);
    if (mode == Mode::Create) {
        if (info.exists())
            return R::failure(QStringLiteral("%1: a file of that name already exists").arg(name));
    } else {
        if (!info.exists())
            return R::failure(QStringLiteral("%1: no such file").arg(name), ErrorKind::NotFound);
        if (!info.isFile())
            return R::failure(QStringLiteral("%1: not a file").arg(name));
        if (!info.isReadable())
            return R::failure(QStringLiteral("%1: permission denied").arg(name), ErrorKind::Io);
        if (!looksLikeSqlite(path))
            return R::failure(
                QStringLiteral("%1: not a Situate project (the file is not an SQLite database)")
                    .arg(name));
    }

    std::unique_ptr<Storage> s(new Storage);
    s->m_path = info.absoluteFilePath();
    s->m_connection = QStringLiteral("situate-%1").arg(connectionCounter.fetchAndAddRelaxed(1));

    if (mode != Mode::Create) {
        // Validate through a read-only connection first, so a file we refuse is never
        // written to (not even the journal mode switch).
        QString problem;
        {
            QSqlDatabase ro = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        s->m_connection + QStringLiteral("-ro"));
            ro.setDatabaseName(s->m_path);
            ro.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!ro.open()) {
                problem =
                    QStringLiteral("%1: cannot be opened: %2").arg(name, ro.lastError().text());
            } else {
                QSqlQuery q = run(ro, QStringLiteral("PRAGMA application_id"));
                if (!q.isActive() || !q.next()) {
                    problem = QStringLiteral("%1: damaged or not a database (%2)")
                                  .arg(name, q.lastError().text());
                } else if (q.value(0).toInt() != schema::applicationId) {
                    problem = QStringLiteral("%1: an SQLite database, but not a Situate project")
                                  .arg(name);
                } else {
                    QSqlQuery v = run(ro, QStringLiteral("PRAGMA user_version"));
                    const int version = v.next() ? v.value(0).toInt() : -1;
                    if (version > schema::currentVersion()) {
                        problem = QStringLiteral("%1: made by a newer version of Situate (project "
                                                 "format %2; this version reads up to %3). "
                                                 "Update Situate to open it.")
                                      .arg(name)
                                      .arg(version)
                                      .arg(schema::currentVersion());
                    } else if (version < 1) {
                        problem = QStringLiteral("%1: not a Situate project (no schema)").arg(name);
                    } else {
                        const QString verdict = structureVerdict(ro, info.size());
                        if (verdict != QLatin1String("ok"))
                            problem = QStringLiteral("%1: the project file is damaged (%2)")
                                          .arg(name, verdict);
                    }
                }
            }
            ro.close();
        }
        QSqlDatabase::removeDatabase(s->m_connection + QStringLiteral("-ro"));
        if (!problem.isEmpty())
            return R::failure(problem);
        if (mode == Mode::Open && !info.isWritable())
            return R::failure(
                QStringLiteral("%1: the file is read-only; Situate needs to write to it")
                    .arg(name));
    }

    s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->m_connection);
    s->m_db.setDatabaseName(s->m_path);
    if (!s->m_db.open())
        return R::failure(
            QStringLiteral("%1: cannot be opened: %2").arg(name, s->m_db.lastError().text()));
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        QSqlQuery q(s->m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return R::failure(
                QStringLiteral("%1: cannot be set up: %2").arg(name, q.lastError().text()));
    }

    if (mode == Mode::Create) {
        if (Status st = schema::create(s->m_db); !st)
            return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
    } else {
        QSqlQuery v = run(s->m_db, QStringLiteral("PRAGMA user_version"));
        const int version = v.next() ? v.value(0).toInt() : 0;
        if (version < schema::currentVersion()) {
            if (Status st = schema::migrate(s->m_db, version); !st)
                return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
        }
    }
    if (Status st = s->prepareColumns(); !st)
        return R::failure(QStringLiteral("%1: %2").arg(name, st.error()), st.kind());
    return R(std::move(s));
}

std::function<Result<std::unique_ptr<Storage>>()> Storage::readOnlyOpener() const {
    const QString path = m_path;
    const ConnectionSecret secret = m_secret;
    return [path, secret] {
        return Storage::open(path, Mode::ReadOnly, secret);
    };
}

Storage::~Storage() {
    if (m_db.isValid()) {
        // SQLite will not fold the WAL into a file that was renamed while open: do it here,
        // or the work would stay behind in the WAL under the old name.
        const bool moved = !m_postgres && m_db.isOpen() && databaseFileMoved(*this);
        // A destructor has no one to tell; a WAL that could not be folded in is not empty,
        // so it is kept below rather than removed.
        if (moved)
            (void)checkpointWal(*this);
        m_db.close();
        if (moved && !QFileInfo::exists(m_path)) {
            // Emptied by the checkpoint and no longer anyone's: no litter under the old name.
            if (QFileInfo(m_path + QStringLiteral("-wal")).size() == 0)
                QFile::remove(m_path + QStringLiteral("-wal"));
            QFile::remove(m_path + QStringLiteral("-shm"));
        }
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status Storage::prepareColumns() {
    if (m_postgres)
        return preparePostgresColumns();
    QSqlQuery t = run(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'"));
    QStringList tables;
    while (t.next())
        tables << t.value(0).toString();
    for (const QString& table : tables) {
        // Table names come from sqlite_master, not from users.
        QSqlQuery info = run(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList cols;
        while (info.next()) {
            const QString col = info.value(1).toString();
            cols << col;
            if (info.value(3).toInt() != 0)
                m_notNull.insert(table + QLatin1Char('.') + col);
        }
        m_columns.insert(table, cols);
    }
    if (!m_columns.contains(QStringLiteral("codings")))
        return Status::failure(QStringLiteral("the project's tables are missing"));
    return {};
}

bool Storage::knownColumn(const QString& table, const QString& column) const {
    const auto it = m_columns.constFind(table);
    return it != m_columns.cend() && it->contains(column);
}

Status Storage::begin() {
    if (m_depth++ > 0)
        return {};
    if (!m_postgres && databaseFileMoved(*this)) {
        // Writing on would go to a WAL under the old name that a process opening the file at
        // its new place cannot see: save what is committed into the file and stop.
        m_depth = 0;
        if (Status folded = checkpointWal(*this); !folded)
            return Status::failure(QStringLiteral("%1 was renamed, moved or deleted while open; "
                                                  "nothing more can be saved here, and what was "
                                                  "saved last is not in the file yet (%2): close "
                                                  "the project here, then open it from its new "
                                                  "place")
                                       .arg(fileName(m_path), folded.error()),
                                   ErrorKind::Io);
        return Status::failure(QStringLiteral("%1 was renamed, moved or deleted while open; "
                                              "nothing more can be saved here. Everything "
                                              "saved before is in the file: open it from its "
                                              "new place to go on")
                                   .arg(fileName(m_path)),
                               ErrorKind::Io);
    }
    m_failed = false;
    m_transactionFailure = Status();
    if (!m_db.transaction()) {
        m_depth = 0;
        const Status st = failed(m_db.lastError());
        return Status::failure(QStringLiteral("could not start a transaction: ") + st.error(),
                               st.kind());
    }
    return {};
}

Status Storage::commit() {
    if (m_depth == 0)
        return Status::failure(QStringLiteral("commit without a transaction"));
    if (--m_depth > 0)
        return {};
    if (m_failed) {
        m_db.rollback();
        return Status::failure(QStringLiteral("the change was rolled back"),
                               m_transactionFailure.kind());
    }
    if (!m_db.commit()) {
        // A transaction a statement aborted ends in a ROLLBACK: that statement's failure is
        // the reason, not the commit's.
        const Status st =
            m_transactionFailure.ok() ? failed(m_db.lastError()) : m_transactionFailure;
        m_db.rollback();
        return Status::failure(QStringLiteral("could not save the change: ") + st.error(),
                               st.kind());
    }
    if (m_postgres && lostCommitHook && lostCommitHook()) {
        // The change is committed; end this session the way a network failure would.
        QSqlQuery(m_db).exec(QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid())"));
        return Status::failure(QStringLiteral("could not save the change: the connection was "
                                              "lost before the server answered (test)"));
    }
    return {};
}

void Storage::rollback() {
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_failed = true; // the outermost commit turns into a rollback
        return;
    }
    m_db.rollback();
}

Result<qint64> Storage::insertRow(const QString& table, const QVariantMap& values) {
    QStringList cols, marks;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!knownColumn(table, it.key()))
            return Result<qint64>::failure(
                QStringLiteral("internal error: unknown column %1.%2").arg(table, it.key()));
        cols << dialect::column(it.key());
        marks << QStringLiteral("?");
        binds << (m_notNull.contains(table + QLatin1Char('.') + it.key()) ? nonNullText(it.value())
                                                                          : it.value());
    }
    // PostgreSQL's lastval() misses an insert that names its id (undo restoring a row).
    const QString returning = m_postgres ? QStringLiteral(" RETURNING id") : QString();
    QSqlQuery q =
        run(m_db,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                .arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')), returning),
            binds);
    if (q.lastError().isValid())
        return failed(q.lastError());
    if (m_postgres)
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    return q.lastInsertId().toLongLong();
}

Status Storage::updateRow(const QString& table, qint64 id, const QVariantMap& values) {
    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        if (!knownColumn(table, it.key()))
            return Status::failure(
                QStringLiteral("internal error: unknown column %1.%2").arg(table, it.key()));
        sets << dialect::column(it.key()) + QStringLiteral(" = ?");
        binds << (m_notNull.contains(table + QLatin1Char('.') + it.key()) ? nonNullText(it.value())
                                                                          : it.value());
    }
    if (sets.isEmpty())
        return {};
    binds << id;
    QSqlQuery q =
        run(m_db,
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))),
            binds);
    if (q.lastError().isValid())
        return failed(q.lastError());
    return checkRefused(table, id, q.numRowsAffected());
}

Status Storage::deleteRow(const QString& table, qint64 id) {
    if (!m_columns.contains(table))
        return Status::failure(QStringLiteral("internal error: unknown table ") + table);
    QSqlQuery q = run(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (q.lastError().isValid())
        return failed(q.lastError());
    return checkRefused(table, id, q.numRowsAffected());
}

Result<Row> Storage::readRow(const QString& table, qint64 id) const {
    Result<QVector<Row>> rows = readRowsWhere(table, QStringLiteral("id"), id);
    if (!rows)
        return Status::from(rows);
    if (rows->isEmpty())
        return Result<Row>::failure(QStringLiteral("%1 %2 no longer exists").arg(table).arg(id),
                                    ErrorKind::NotFound);
    return rows->first();
}

Result<Row> Storage::readRowLocked(const QString& table, qint64 id) {
    if (!m_postgres)
        return readRow(table, id);
    if (!m_columns.contains(table))
        return Result<Row>::failure(QStringLiteral("internal error: unknown table ") + table);
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ? FOR UPDATE").arg(table), {id});
    if (q.lastError().isValid())
        return failed(q.lastError());
    if (!q.next()) {
        // FOR UPDATE skips a row the login may read but not change (row-level security).
        if (Status st = checkRefused(table, id, 0); !st)
            return st;
        return Result<Row>::failure(QStringLiteral("%1 %2 no longer exists").arg(table).arg(id),
                                    ErrorKind::NotFound);
    }
    Row r;
    r.table = table;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        r.values.insert(rec.fieldName(i), rec.value(i));
    return r;
}

Status Storage::failed(const QSqlError& error) const {
    // After a failed statement PostgreSQL refuses every further one of the transaction with
    // "current transaction is aborted": the first failure is the one to tell.
    if (m_depth > 0 && !m_transactionFailure.ok() && sqlfailure::isAbortedTransaction(error))
        return m_transactionFailure;
    Status st = sqlfailure::statement(error);
    if (m_depth > 0 && m_transactionFailure.ok())
        m_transactionFailure = st;
    return st;
}

Status Storage::checkRefused(const QString& table, qint64 id, int affected) const {
    if (!m_postgres || affected != 0)
        return {};
    Status st = refusedByRowSecurity(m_db, table, id);
    if (!st && m_depth > 0 && m_transactionFailure.ok())
        m_transactionFailure = st;
    return st;
}

Result<QVector<Row>> Storage::readRowsWhere(const QString& table, const QString& column,
                                            const QVariant& value) const {
    if (!knownColumn(table, column))
        return Result<QVector<Row>>::failure(
            QStringLiteral("internal error: unknown column %1.%2").arg(table, column));
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column),
            {value});
    if (q.lastError().isValid())
        return failed(q.lastError());
    QVector<Row> rows;
    while (q.next()) {
        Row r;
        r.table = table;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            r.values.insert(rec.fieldName(i), rec.value(i));
        rows << r;
    }
    return rows;
}

Status Storage::insertCodings(QVector<Coding>& codings) {
    QSqlQuery q(m_db);
    const QString returning = m_postgres ? QStringLiteral(" RETURNING id") : QString();
    if (!q.prepare(QStringLiteral("INSERT INTO codings (uuid, document_id, code_id, coder_id, "
                                  "start, \"end\", memo, created, modified) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                   returning))
        return failed(q.lastError());
    for (Coding& c : codings) {
        q.addBindValue(c.uuid);
        q.addBindValue(c.documentId);
        q.addBindValue(c.codeId);
        q.addBindValue(c.coderId);
        q.addBindValue(c.start);
        q.addBindValue(c.end);
        q.addBindValue(nonNullText(c.memo));
        q.addBindValue(iso(c.created));
        q.addBindValue(iso(c.modified));
        if (!q.exec())
            return failed(q.lastError());
        c.id =
            m_postgres ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    }
    return {};
}

Status Storage::deleteCodings(const QVector<qint64>& ids) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("DELETE FROM codings WHERE id = ?")))
        return failed(q.lastError());
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return failed(q.lastError());
    }
    return {};
}

ProjectStats Storage::stats() const {
    ProjectStats s;
    QSqlQuery q =
        run(m_db, QStringLiteral(
                      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM cases), "
                      "(SELECT count(*) FROM codes), (SELECT count(*) FROM coders), "
                      "(SELECT count(*) FROM codings), (SELECT count(*) FROM research_questions), "
                      "(SELECT coalesce(sum(length), 0) FROM documents)"));
    if (q.next()) {
        s.documents = q.value(0).toLongLong();
        s.cases = q.value(1).toLongLong();
        s.codes = q.value(2).toLongLong();
        s.coders = q.value(3).toLongLong();
        s.codings = q.value(4).toLongLong();
        s.researchQuestions = q.value(5).toLongLong();
        s.characters = q.value(6).toLongLong();
    }
    return s;
}

QStringList Storage::checkIntegrity() const {
    QStringList problems;
    // PostgreSQL checks its own pages and enforces every reference as it writes; what is
    // left is Situate's invariants below.
    if (!m_postgres) {
        QSqlQuery ic = run(m_db, QStringLiteral("PRAGMA integrity_check"));
        while (ic.next()) {
            const QString line = ic.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << QStringLiteral("SQLite: ") + line;
        }
        QSqlQuery fk = run(m_db, QStringLiteral("PRAGMA foreign_key_check"));
        while (fk.next())
            problems << QStringLiteral("broken reference in %1 row %2 (to %3)")
                            .arg(fk.value(0).toString(), fk.value(1).toString(),
                                 fk.value(2).toString());
    }
    // Situate's own invariants, which SQL constraints cannot state alone.
    struct Check {
        const char* sql;
        const char* what;
    };
    const Check checks[] = {
        {"SELECT c.id FROM codings c JOIN documents d ON d.id = c.document_id "
         "WHERE c.\"end\" > d.length",
         "coding %1 ends past the end of its document"},
        {"SELECT id FROM speaker_turns t WHERE \"end\" > (SELECT length FROM documents d "
         "WHERE d.id = t.document_id)",
         "speaker turn %1 ends past the end of its document"},
        {"SELECT id FROM documents WHERE length(text) <> length",
         "document %1 has a stored length that does not match its text"},
        {"SELECT v.id FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id "
         "WHERE (a.scope = 'case' AND v.owner_id NOT IN (SELECT id FROM cases)) OR "
         "(a.scope = 'document' AND v.owner_id NOT IN (SELECT id FROM documents))",
         "attribute value %1 belongs to nothing"},
        {"WITH RECURSIVE up(id, parent, depth) AS (SELECT id, parent_id, 0 FROM codes "
         "UNION ALL SELECT up.id, c.parent_id, up.depth + 1 FROM up JOIN codes c ON c.id = "
         "up.parent "
         "WHERE up.depth < 1000) SELECT DISTINCT id FROM up WHERE depth >= 1000",
         "code %1 is its own ancestor"},
    };
    for (const Check& c : checks) {
        QSqlQuery q = run(m_db, QString::fromLatin1(c.sql));
        if (q.lastError().isValid())
            problems << QStringLiteral("check failed: ") + failed(q.lastError()).error();
        while (q.next())
            problems << QString::fromLatin1(c.what).arg(q.value(0).toString());
    }
    return problems;
}

QString Storage::projectValue(const QString& key) const {
    QSqlQuery q = run(m_db, QStringLiteral("SELECT value FROM project_info WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

Status Storage::setProjectValue(const QString& key, const QString& value) {
    QSqlQuery q = run(m_db,
                      QStringLiteral("INSERT INTO project_info (key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    if (q.lastError().isValid())
        return failed(q.lastError());
    return {};
}

} // namespace situate
