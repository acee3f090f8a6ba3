// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/storage.h"

#include "core/storage/backupqueries.h"
#include "core/storage/dialect.h"
#include "core/storage/schema.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace situate {

namespace {

QAtomicInt connectionCounter;

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& s) {
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString fileName(const QString& path) {
    return QFileInfo(path).fileName();
}

// A null QString binds as SQL NULL; for Situate's NOT NULL text columns a null string
// from a default-constructed field means "empty".
QVariant nonNullText(const QVariant& v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

// A query that is prepared, bound and executed in one call; failures are logged in the
// returned query's lastError().
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.prepare(sql)) {
        for (const QVariant& v : binds)
            q.addBindValue(v);
        q.exec();
    }
    return q;
}

std::optional<qint64> firstId(QSqlQuery q) {
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QString ownerColumn(MemoOwner o) {
    switch (o) {
    case MemoOwner::Document:
        return QStringLiteral("document_id");
    case MemoOwner::Case:
        return QStringLiteral("case_id");
    case MemoOwner::Code:
        return QStringLiteral("code_id");
    case MemoOwner::Project:
        break;
    }
    return {};
}

Coding codingFrom(const QSqlQuery& q) {
    Coding c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.documentId = q.value(2).toLongLong();
    c.codeId = q.value(3).toLongLong();
    c.coderId = q.value(4).toLongLong();
    c.start = q.value(5).toLongLong();
    c.end = q.value(6).toLongLong();
    c.memo = q.value(7).toString();
    c.created = fromIso(q.value(8).toString());
    c.modified = fromIso(q.value(9).toString());
    return c;
}

const char* codingColumns =
    "id, uuid, document_id, code_id, coder_id, start, \"end\", memo, created, modified";

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

Result<std::unique_ptr<Storage>> Storage::open(const QString& path, Mode mode) {
    using R = Result<std::unique_ptr<Storage>>;
    if (dialect::isPostgresUrl(path))
        return openPostgres(path, mode);
    const QString name = fileName(path);
    const QFileInfo info(path);
    if (mode == Mode::Create) {
        if (info.exists())
            return R::failure(QStringLiteral("%1: a file of that name already exists").arg(name));
    } else {
        if (!info.exists())
            return R::failure(QStringLiteral("%1: no such file").arg(name));
        if (!info.isFile())
            return R::failure(QStringLiteral("%1: not a file").arg(name));
        if (!info.isReadable())
            return R::failure(QStringLiteral("%1: permission denied").arg(name));
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
            return R::failure(QStringLiteral("%1: %2").arg(name, st.error()));
    } else {
        QSqlQuery v = run(s->m_db, QStringLiteral("PRAGMA user_version"));
        const int version = v.next() ? v.value(0).toInt() : 0;
        if (version < schema::currentVersion()) {
            if (Status st = schema::migrate(s->m_db, version); !st)
                return R::failure(QStringLiteral("%1: %2").arg(name, st.error()));
        }
    }
    if (Status st = s->prepareColumns(); !st)
        return R::failure(QStringLiteral("%1: %2").arg(name, st.error()));
    return R(std::move(s));
}

Storage::~Storage() {
    if (m_db.isValid()) {
        // SQLite will not fold the WAL into a file that was renamed while open: do it here,
        // or the work would stay behind in the WAL under the old name.
        const bool moved = !m_postgres && m_db.isOpen() && databaseFileMoved(*this);
        if (moved)
            checkpointWal(*this);
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
        checkpointWal(*this);
        return Status::failure(QStringLiteral("%1 was renamed, moved or deleted while open; "
                                              "nothing more can be saved here. Everything "
                                              "saved before is in the file: open it from its "
                                              "new place to go on")
                                   .arg(fileName(m_path)));
    }
    m_failed = false;
    if (!m_db.transaction()) {
        m_depth = 0;
        return Status::failure(QStringLiteral("could not start a transaction: ") +
                               m_db.lastError().text());
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
        return Status::failure(QStringLiteral("the change was rolled back"));
    }
    if (!m_db.commit()) {
        const QString err = m_db.lastError().text();
        m_db.rollback();
        return Status::failure(QStringLiteral("could not save the change: ") + err);
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
        return Result<qint64>::failure(q.lastError().text());
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
        return Status::failure(q.lastError().text());
    return {};
}

Status Storage::deleteRow(const QString& table, qint64 id) {
    if (!m_columns.contains(table))
        return Status::failure(QStringLiteral("internal error: unknown table ") + table);
    QSqlQuery q = run(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (q.lastError().isValid())
        return Status::failure(q.lastError().text());
    return {};
}

Result<Row> Storage::readRow(const QString& table, qint64 id) const {
    Result<QVector<Row>> rows = readRowsWhere(table, QStringLiteral("id"), id);
    if (!rows)
        return Result<Row>::failure(rows.error());
    if (rows->isEmpty())
        return Result<Row>::failure(QStringLiteral("%1 %2 no longer exists").arg(table).arg(id));
    return rows->first();
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
        return Result<QVector<Row>>::failure(q.lastError().text());
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

QVector<DocumentInfo> Storage::documents() const {
    QVector<DocumentInfo> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT id, uuid, name, original_name, format, imported_at, "
                                 "content_hash, length FROM documents ORDER BY sort_order, name"));
    while (q.next()) {
        DocumentInfo d;
        d.id = q.value(0).toLongLong();
        d.uuid = q.value(1).toString();
        d.name = q.value(2).toString();
        d.originalName = q.value(3).toString();
        d.format = q.value(4).toString();
        d.importedAt = fromIso(q.value(5).toString());
        d.contentHash = q.value(6).toString();
        d.length = q.value(7).toLongLong();
        index.insert(d.id, out.size());
        out << d;
    }
    QSqlQuery c = run(m_db, QStringLiteral("SELECT document_id, case_id FROM document_cases "
                                           "ORDER BY id"));
    while (c.next()) {
        const auto it = index.constFind(c.value(0).toLongLong());
        if (it != index.cend())
            out[*it].caseIds << c.value(1).toLongLong();
    }
    return out;
}

std::optional<Document> Storage::document(qint64 id) const {
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT id, uuid, name, original_name, format, imported_at, "
                                     "content_hash, text, length FROM documents WHERE id = ?"),
                      {id});
    if (!q.next())
        return std::nullopt;
    Document d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.name = q.value(2).toString();
    d.originalName = q.value(3).toString();
    d.format = q.value(4).toString();
    d.importedAt = fromIso(q.value(5).toString());
    d.contentHash = q.value(6).toString();
    d.text = q.value(7).toString();
    d.length = q.value(8).toLongLong();
    d.turns = speakerTurns(id);
    return d;
}

std::optional<qint64> Storage::documentIdByName(const QString& name) const {
    return firstId(run(m_db, QStringLiteral("SELECT id FROM documents WHERE name = ?"), {name}));
}

std::optional<qint64> Storage::documentIdByHash(const QString& hash) const {
    return firstId(
        run(m_db, QStringLiteral("SELECT id FROM documents WHERE content_hash = ?"), {hash}));
}

QString Storage::documentText(qint64 id) const {
    QSqlQuery q = run(m_db, QStringLiteral("SELECT text FROM documents WHERE id = ?"), {id});
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<std::pair<QString, qint64>> Storage::documentNameAndLength(qint64 id) const {
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT name, length FROM documents WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return std::pair<QString, qint64>{q.value(0).toString(), q.value(1).toLongLong()};
}

QVector<SpeakerTurn> Storage::speakerTurns(qint64 documentId) const {
    QVector<SpeakerTurn> out;
    QSqlQuery q =
        run(m_db,
            QStringLiteral("SELECT speaker, start, \"end\", time_start_ms, time_end_ms FROM "
                           "speaker_turns WHERE document_id = ? ORDER BY start, id"),
            {documentId});
    while (q.next()) {
        SpeakerTurn t;
        t.speaker = q.value(0).toString();
        t.start = q.value(1).toLongLong();
        t.end = q.value(2).toLongLong();
        t.timeStartMs = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        t.timeEndMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        out << t;
    }
    return out;
}

QVector<Case> Storage::cases() const {
    QVector<Case> out;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, uuid, name, description FROM cases "
                                           "ORDER BY sort_order, name"));
    while (q.next())
        out << Case{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()};
    return out;
}

std::optional<qint64> Storage::caseIdByName(const QString& name) const {
    return firstId(run(m_db, QStringLiteral("SELECT id FROM cases WHERE name = ?"), {name}));
}

QVector<qint64> Storage::documentsOfCase(qint64 caseId) const {
    QVector<qint64> out;
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT document_id FROM document_cases WHERE case_id = ? "
                                     "ORDER BY document_id"),
                      {caseId});
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

QVector<Attribute> Storage::attributes() const {
    QVector<Attribute> out;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, uuid, name, scope, type, choices FROM "
                                           "attributes ORDER BY scope, sort_order, id"));
    while (q.next()) {
        Attribute a;
        a.id = q.value(0).toLongLong();
        a.uuid = q.value(1).toString();
        a.name = q.value(2).toString();
        a.scope = q.value(3).toString() == QLatin1String("case") ? AttributeScope::Case
                                                                 : AttributeScope::Document;
        parseAttributeType(q.value(4).toString(), &a.type);
        const QString choices = q.value(5).toString();
        if (!choices.isEmpty())
            a.choices = choices.split(QLatin1Char('\n'));
        out << a;
    }
    return out;
}

std::optional<Attribute> Storage::attributeByName(AttributeScope scope, const QString& name) const {
    for (const Attribute& a : attributes()) {
        if (a.scope == scope && a.name == name)
            return a;
    }
    return std::nullopt;
}

QHash<qint64, QString> Storage::attributeValues(qint64 attributeId) const {
    QHash<qint64, QString> out;
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT owner_id, value FROM attribute_values "
                                     "WHERE attribute_id = ?"),
                      {attributeId});
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

std::optional<qint64> Storage::attributeValueId(qint64 attributeId, qint64 ownerId) const {
    return firstId(run(m_db,
                       QStringLiteral("SELECT id FROM attribute_values WHERE attribute_id = ? "
                                      "AND owner_id = ?"),
                       {attributeId, ownerId}));
}

QVector<Code> Storage::codes() const {
    QVector<Code> out;
    // xmin: the transaction that last wrote the row, PostgreSQL's row version.
    const QString version = m_postgres ? QStringLiteral(", xmin::text::bigint") : QString();
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, uuid, coalesce(parent_id, 0), name, colour, "
                                           "definition, inclusion, exclusion, example, "
                                           "toc_element, sort_order%1 FROM codes "
                                           "ORDER BY coalesce(parent_id, 0), sort_order, id")
                                .arg(version));
    while (q.next()) {
        Code c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.parentId = q.value(2).toLongLong();
        c.name = q.value(3).toString();
        c.colour = q.value(4).toString();
        c.definition = q.value(5).toString();
        c.inclusion = q.value(6).toString();
        c.exclusion = q.value(7).toString();
        c.example = q.value(8).toString();
        parseTocElement(q.value(9).toString(), &c.toc);
        c.sortOrder = q.value(10).toInt();
        if (m_postgres)
            c.version = q.value(11).toLongLong();
        out << c;
    }
    return out;
}

std::optional<Code> Storage::code(qint64 id) const {
    for (const Code& c : codes()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QVector<ResearchQuestion> Storage::researchQuestions() const {
    QVector<ResearchQuestion> out;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, uuid, code, title, text FROM "
                                           "research_questions ORDER BY sort_order, id"));
    while (q.next())
        out << ResearchQuestion{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString()};
    return out;
}

std::optional<qint64> Storage::questionIdByCode(const QString& code) const {
    return firstId(
        run(m_db, QStringLiteral("SELECT id FROM research_questions WHERE code = ?"), {code}));
}

QHash<qint64, QVector<qint64>> Storage::codeQuestionLinks() const {
    QHash<qint64, QVector<qint64>> out;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT code_id, question_id FROM code_questions "
                                           "ORDER BY question_id"));
    while (q.next())
        out[q.value(0).toLongLong()] << q.value(1).toLongLong();
    return out;
}

std::optional<qint64> Storage::codeQuestionLinkId(qint64 codeId, qint64 questionId) const {
    return firstId(run(m_db,
                       QStringLiteral("SELECT id FROM code_questions WHERE code_id = ? AND "
                                      "question_id = ?"),
                       {codeId, questionId}));
}

QVector<Coder> Storage::coders() const {
    QVector<Coder> out;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, uuid, name FROM coders ORDER BY id"));
    while (q.next())
        out << Coder{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

std::optional<qint64> Storage::coderIdByName(const QString& name) const {
    return firstId(run(m_db, QStringLiteral("SELECT id FROM coders WHERE name = ?"), {name}));
}

QVector<Coding> Storage::codings(qint64 documentId) const {
    QVector<Coding> out;
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT %1 FROM codings WHERE document_id = ? "
                                     "ORDER BY start, \"end\", id")
                          .arg(QLatin1String(codingColumns)),
                      {documentId});
    while (q.next())
        out << codingFrom(q);
    return out;
}

QVector<Coding> Storage::codingsForView(qint64 documentId) const {
    QVector<Coding> out;
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT id, document_id, code_id, coder_id, start, \"end\", "
                                     "memo FROM codings WHERE document_id = ? ORDER BY start, "
                                     "\"end\", id"),
                      {documentId});
    while (q.next()) {
        Coding c;
        c.id = q.value(0).toLongLong();
        c.documentId = q.value(1).toLongLong();
        c.codeId = q.value(2).toLongLong();
        c.coderId = q.value(3).toLongLong();
        c.start = q.value(4).toLongLong();
        c.end = q.value(5).toLongLong();
        c.memo = q.value(6).toString();
        out << c;
    }
    return out;
}

QVector<Coding> Storage::allCodings() const {
    QVector<Coding> out;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT %1 FROM codings ORDER BY document_id, start, "
                                           "\"end\", id")
                                .arg(QLatin1String(codingColumns)));
    while (q.next())
        out << codingFrom(q);
    return out;
}

std::optional<Coding> Storage::coding(qint64 id) const {
    QSqlQuery q =
        run(m_db,
            QStringLiteral("SELECT %1 FROM codings WHERE id = ?").arg(QLatin1String(codingColumns)),
            {id});
    if (!q.next())
        return std::nullopt;
    return codingFrom(q);
}

qint64 Storage::codingCount(const QString& column, qint64 id) const {
    if (!knownColumn(QStringLiteral("codings"), column))
        return 0;
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT count(*) FROM codings WHERE %1 = ?").arg(column), {id});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Storage::codingTotal() const {
    QSqlQuery q = run(m_db, QStringLiteral("SELECT count(*) FROM codings"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Memo> Storage::memo(MemoOwner owner, qint64 ownerId) const {
    QSqlQuery q = owner == MemoOwner::Project
                      ? run(m_db, QStringLiteral("SELECT id, uuid, title, text, created, modified "
                                                 "FROM memos WHERE owner_type = 'project' "
                                                 "ORDER BY id LIMIT 1"))
                      : run(m_db,
                            QStringLiteral("SELECT id, uuid, title, text, created, modified FROM "
                                           "memos WHERE %1 = ? ORDER BY id LIMIT 1")
                                .arg(ownerColumn(owner)),
                            {ownerId});
    if (!q.next())
        return std::nullopt;
    Memo m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.ownerType = owner;
    m.ownerId = ownerId;
    m.title = q.value(2).toString();
    m.text = q.value(3).toString();
    m.created = fromIso(q.value(4).toString());
    m.modified = fromIso(q.value(5).toString());
    return m;
}

namespace {

QHash<qint64, qint64> countsBy(const QSqlDatabase& db, const char* column,
                               const QVector<qint64>& coderIds) {
    QHash<qint64, qint64> out;
    QString sql = QStringLiteral("SELECT %1, count(*) FROM codings").arg(QLatin1String(column));
    QVariantList binds;
    if (!coderIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : coderIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        sql += QStringLiteral(" WHERE coder_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" GROUP BY %1").arg(QLatin1String(column));
    QSqlQuery q = run(db, sql, binds);
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

} // namespace

QHash<qint64, qint64> Storage::codingCountsByCode(const QVector<qint64>& coderIds) const {
    return countsBy(m_db, "code_id", coderIds);
}

QHash<qint64, qint64> Storage::codingCountsByDocument(const QVector<qint64>& coderIds) const {
    return countsBy(m_db, "document_id", coderIds);
}

Status Storage::insertCodings(QVector<Coding>& codings) {
    QSqlQuery q(m_db);
    const QString returning = m_postgres ? QStringLiteral(" RETURNING id") : QString();
    if (!q.prepare(QStringLiteral("INSERT INTO codings (uuid, document_id, code_id, coder_id, "
                                  "start, \"end\", memo, created, modified) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                   returning))
        return Status::failure(q.lastError().text());
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
            return Status::failure(q.lastError().text());
        c.id =
            m_postgres ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    }
    return {};
}

Status Storage::deleteCodings(const QVector<qint64>& ids) {
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("DELETE FROM codings WHERE id = ?")))
        return Status::failure(q.lastError().text());
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(q.lastError().text());
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
            problems << QStringLiteral("check failed: ") + q.lastError().text();
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
        return Status::failure(q.lastError().text());
    return {};
}

} // namespace situate
