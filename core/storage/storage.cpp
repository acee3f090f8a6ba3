// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL both engines share: opening a project through its engine, the edit log's generic
// rows, counts, Situate's integrity rules and project values. The typed reads are in
// storagereads.cpp; what differs between SQLite and PostgreSQL is in their engines
// (sqlitestorage.cpp, pgstorage.cpp).
#include "core/storage/storage.h"

#include "core/location.h"
#include "core/storage/compactcolumns.h"
#include "core/storage/dialect.h"
#include "core/storage/storageconnection.h"
#include "core/storage/storagerows.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

using namespace storagerows;

Result<std::unique_ptr<Storage>> Storage::open(const QString& path, Mode mode,
                                               const ConnectionSecret& secret) {
    using R = Result<std::unique_ptr<Storage>>;
    Result<std::unique_ptr<StorageConnection>> opened =
        isServerLocation(path) ? openPostgresStorage(path, mode, secret)
                               : openSqliteStorage(path, mode);
    if (!opened)
        return Status::from(opened);
    std::unique_ptr<Storage> s(new Storage);
    s->m_connection = opened.take();
    s->m_secret = secret;
    if (Status st = s->m_connection->readColumns(s->m_columns, s->m_notNull); !st)
        return R::failure(QStringLiteral("%1: %2").arg(s->displayName(), st.error()), st.kind());
    return R(std::move(s));
}

Storage::~Storage() = default;

QString Storage::path() const {
    return m_connection->path();
}

QString Storage::displayName() const {
    return m_connection->displayName();
}

QString Storage::projectName() const {
    return m_connection->projectName();
}

bool Storage::isFile() const {
    return m_connection->isFile();
}

bool Storage::canLoseConnection() const {
    return m_connection->canLoseConnection();
}

bool Storage::hasOtherClients() const {
    return m_connection->hasOtherClients();
}

std::function<Result<std::unique_ptr<Storage>>()> Storage::readOnlyOpener() const {
    const QString path = this->path();
    const ConnectionSecret secret = m_secret;
    return [path, secret] {
        return Storage::open(path, Mode::ReadOnly, secret);
    };
}

bool Storage::listenForChanges(QObject* context, std::function<void()> changed) {
    return m_connection->listenForChanges(context, std::move(changed));
}

bool Storage::isConnected() {
    return m_connection->isConnected();
}

bool Storage::connectionBroken() const {
    return m_connection->connectionBroken();
}

Status Storage::reconnect() {
    return m_connection->reconnect();
}

std::function<QString()> Storage::connectionProbe() const {
    return m_connection->connectionProbe();
}

QStringList Storage::tables() const {
    return projectTables(m_columns);
}

bool Storage::knownColumn(const QString& table, const QString& column) const {
    const auto it = m_columns.constFind(table);
    return it != m_columns.cend() && it->contains(column);
}

Status Storage::begin() {
    return m_connection->begin();
}

Status Storage::commit() {
    return m_connection->commit();
}

void Storage::rollback() {
    m_connection->rollback();
}

const Status& Storage::transactionFailure() const {
    return m_connection->transactionFailure();
}

QVariant Storage::boundValue(const QString& table, const QString& column,
                             const QVariant& value) const {
    const QVariant v =
        m_notNull.contains(table + QLatin1Char('.') + column) ? nonNullText(value) : value;
    return m_connection->isPostgres() ? v : compact::stored(table, column, v);
}

// A row as the rest of Situate sees it: compact columns in their text form.
static Row rowFrom(const QString& table, const QSqlRecord& rec) {
    Row r;
    r.table = table;
    for (int i = 0; i < rec.count(); ++i)
        r.values.insert(rec.fieldName(i), compact::logical(table, rec.fieldName(i), rec.value(i)));
    return r;
}

Result<qint64> Storage::insertRow(const QString& table, const QVariantMap& values) {
    QStringList cols, marks;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!knownColumn(table, it.key()))
            return Result<qint64>::failure(
                Tr::tr("internal error: unknown column %1.%2").arg(table, it.key()));
        cols << dialect::column(it.key());
        marks << QStringLiteral("?");
        binds << boundValue(table, it.key(), it.value());
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                            .arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
                                 m_connection->returningId());
    QSqlQuery* kept = m_connection->keptStatement(sql);
    QSqlQuery fresh;
    QSqlQuery& q = kept ? *kept : fresh;
    if (kept) {
        for (int k = 0; k < binds.size(); ++k)
            q.bindValue(k, binds.at(k));
        q.exec();
    } else {
        fresh = run(database(*this), sql, binds);
    }
    if (q.lastError().isValid())
        return m_connection->failed(q.lastError());
    return m_connection->insertedId(q);
}

Status Storage::updateRow(const QString& table, qint64 id, const QVariantMap& values) {
    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        if (!knownColumn(table, it.key()))
            return Status::failure(
                Tr::tr("internal error: unknown column %1.%2").arg(table, it.key()));
        sets << dialect::column(it.key()) + QStringLiteral(" = ?");
        binds << boundValue(table, it.key(), it.value());
    }
    if (sets.isEmpty())
        return {};
    binds << id;
    QSqlQuery q =
        run(database(*this),
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))),
            binds);
    if (q.lastError().isValid())
        return m_connection->failed(q.lastError());
    return m_connection->refusedChange(table, id, q.numRowsAffected());
}

Status Storage::deleteRow(const QString& table, qint64 id) {
    if (!m_columns.contains(table))
        return Status::failure(Tr::tr("internal error: unknown table ") + table);
    QSqlQuery q =
        run(database(*this), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (q.lastError().isValid())
        return m_connection->failed(q.lastError());
    return m_connection->refusedChange(table, id, q.numRowsAffected());
}

Result<Row> Storage::readRow(const QString& table, qint64 id) const {
    Result<QVector<Row>> rows = readRowsWhere(table, QStringLiteral("id"), id);
    if (!rows)
        return Status::from(rows);
    if (rows->isEmpty())
        return Result<Row>::failure(Tr::tr("%1 %2 no longer exists").arg(table).arg(id),
                                    ErrorKind::NotFound);
    return rows->first();
}

Result<Row> Storage::readRowLocked(const QString& table, qint64 id) {
    if (!hasOtherClients())
        return readRow(table, id);
    if (!m_columns.contains(table))
        return Result<Row>::failure(Tr::tr("internal error: unknown table ") + table);
    QSqlQuery q = run(database(*this),
                      QStringLiteral("SELECT * FROM %1 WHERE id = ? FOR UPDATE").arg(table), {id});
    if (q.lastError().isValid())
        return m_connection->failed(q.lastError());
    if (!q.next()) {
        // FOR UPDATE skips a row the login may read but not change (row-level security).
        if (Status st = m_connection->refusedChange(table, id, 0); !st)
            return st;
        return Result<Row>::failure(Tr::tr("%1 %2 no longer exists").arg(table).arg(id),
                                    ErrorKind::NotFound);
    }
    return rowFrom(table, q.record());
}

Result<QVector<Row>> Storage::readRowsWhere(const QString& table, const QString& column,
                                            const QVariant& value) const {
    if (!knownColumn(table, column))
        return Result<QVector<Row>>::failure(
            Tr::tr("internal error: unknown column %1.%2").arg(table, column));
    QSqlQuery q = run(
        database(*this),
        QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column), {value});
    if (q.lastError().isValid())
        return m_connection->failed(q.lastError());
    QVector<Row> rows;
    while (q.next())
        rows << rowFrom(table, q.record());
    return rows;
}

Status Storage::insertCodings(QVector<Coding>& codings) {
    QSqlQuery q(database(*this));
    const QString returning = m_connection->returningId();
    if (!q.prepare(QStringLiteral("INSERT INTO codings (uuid, document_id, code_id, coder_id, "
                                  "start, \"end\", memo, created, modified) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                   returning))
        return m_connection->failed(q.lastError());
    const QString table = QStringLiteral("codings");
    auto bind = [&](const char* column, const QVariant& v) {
        q.addBindValue(boundValue(table, QLatin1String(column), v));
    };
    for (Coding& c : codings) {
        bind("uuid", c.uuid);
        q.addBindValue(c.documentId);
        q.addBindValue(c.codeId);
        q.addBindValue(c.coderId);
        q.addBindValue(c.start);
        q.addBindValue(c.end);
        bind("memo", c.memo);
        bind("created", iso(c.created));
        bind("modified", iso(c.modified));
        if (!q.exec())
            return m_connection->failed(q.lastError());
        c.id = m_connection->insertedId(q);
    }
    return {};
}

Status Storage::deleteCodings(const QVector<qint64>& ids) {
    QSqlQuery q(database(*this));
    if (!q.prepare(QStringLiteral("DELETE FROM codings WHERE id = ?")))
        return m_connection->failed(q.lastError());
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return m_connection->failed(q.lastError());
    }
    return {};
}

ProjectStats Storage::stats() const {
    ProjectStats s;
    QSqlQuery q = run(
        database(*this),
        QStringLiteral("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM cases), "
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
    QStringList problems = m_connection->engineProblems();
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
        // No index keeps a coding's uuid unique (schema.cpp, step 6); this check does.
        {"SELECT min(id) FROM codings GROUP BY uuid HAVING count(*) > 1",
         "coding %1 has the same uuid as another coding"},
    };
    for (const Check& c : checks) {
        QSqlQuery q = run(database(*this), QString::fromLatin1(c.sql));
        if (q.lastError().isValid())
            problems << QStringLiteral("check failed: ") +
                            m_connection->failed(q.lastError()).error();
        while (q.next())
            problems << QString::fromLatin1(c.what).arg(q.value(0).toString());
    }
    return problems;
}

QString Storage::projectValue(const QString& key) const {
    QSqlQuery q =
        run(database(*this), QStringLiteral("SELECT value FROM project_info WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

Status Storage::setProjectValue(const QString& key, const QString& value) {
    QSqlQuery q = run(database(*this),
                      QStringLiteral("INSERT INTO project_info (key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    if (q.lastError().isValid())
        return m_connection->failed(q.lastError());
    return {};
}

Status Storage::removeProjectValue(const QString& key) {
    QSqlQuery q =
        run(database(*this), QStringLiteral("DELETE FROM project_info WHERE key = ?"), {key});
    if (q.lastError().isValid())
        return m_connection->failed(q.lastError());
    return {};
}

Result<QVector<std::pair<QString, QString>>> Storage::projectValues(const QString& prefix) const {
    // substr, not LIKE: a prefix may hold % or _, and both databases count it in characters.
    QSqlQuery q = run(database(*this),
                      QStringLiteral("SELECT key, value FROM project_info "
                                     "WHERE substr(key, 1, ?) = ? ORDER BY key"),
                      {qint64(prefix.size()), prefix});
    if (q.lastError().isValid())
        return m_connection->failed(q.lastError());
    QVector<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace situate
