// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema.h"

#include "core/storage/compactcolumns.h"
#include "core/storage/sqlfailure.h"
#include "core/storage/sqlitestorage.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate::schema {

namespace {

// Each entry migrates from version i to i + 1. Version 0 is an empty database, so the
// first entry is the whole original schema; later versions append a step and never edit
// an earlier one. PostgreSQL's steps (pgschemasteps.cpp) make the same tables, and
// foreignkeys.cpp lists every reference; test_schema checks that all three agree.
// core/storage/README.md explains every table.
const std::vector<std::vector<const char*>>& steps() {
    static const std::vector<std::vector<const char*>> s = {
        {
            R"(CREATE TABLE project_info (
                 key   TEXT PRIMARY KEY NOT NULL,
                 value TEXT NOT NULL))",
            R"(CREATE TABLE documents (
                 id            INTEGER PRIMARY KEY,
                 uuid          TEXT NOT NULL UNIQUE,
                 name          TEXT NOT NULL UNIQUE,
                 original_name TEXT NOT NULL DEFAULT '',
                 format        TEXT NOT NULL DEFAULT '',
                 imported_at   TEXT NOT NULL,
                 content_hash  TEXT NOT NULL,
                 text          TEXT NOT NULL,
                 length        INTEGER NOT NULL CHECK (length >= 0),
                 sort_order    INTEGER NOT NULL DEFAULT 0))",
            "CREATE INDEX documents_hash ON documents(content_hash)",
            R"(CREATE TABLE speaker_turns (
                 id            INTEGER PRIMARY KEY,
                 document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                 speaker       TEXT NOT NULL DEFAULT '',
                 start         INTEGER NOT NULL,
                 end           INTEGER NOT NULL,
                 time_start_ms INTEGER,
                 time_end_ms   INTEGER,
                 CHECK (start >= 0 AND end >= start)))",
            "CREATE INDEX speaker_turns_document ON speaker_turns(document_id, start)",
            R"(CREATE TABLE cases (
                 id          INTEGER PRIMARY KEY,
                 uuid        TEXT NOT NULL UNIQUE,
                 name        TEXT NOT NULL UNIQUE,
                 description TEXT NOT NULL DEFAULT '',
                 sort_order  INTEGER NOT NULL DEFAULT 0))",
            R"(CREATE TABLE document_cases (
                 id          INTEGER PRIMARY KEY,
                 document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                 case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                 UNIQUE (document_id, case_id)))",
            "CREATE INDEX document_cases_case ON document_cases(case_id)",
            R"(CREATE TABLE attributes (
                 id         INTEGER PRIMARY KEY,
                 uuid       TEXT NOT NULL UNIQUE,
                 name       TEXT NOT NULL,
                 scope      TEXT NOT NULL CHECK (scope IN ('case', 'document')),
                 type       TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
                 choices    TEXT NOT NULL DEFAULT '',
                 sort_order INTEGER NOT NULL DEFAULT 0,
                 UNIQUE (scope, name)))",
            R"(CREATE TABLE attribute_values (
                 id           INTEGER PRIMARY KEY,
                 attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
                 owner_id     INTEGER NOT NULL,
                 value        TEXT NOT NULL,
                 UNIQUE (attribute_id, owner_id)))",
            R"(CREATE TABLE codes (
                 id          INTEGER PRIMARY KEY,
                 uuid        TEXT NOT NULL UNIQUE,
                 parent_id   INTEGER REFERENCES codes(id) ON DELETE CASCADE,
                 name        TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
                 colour      TEXT NOT NULL DEFAULT '',
                 definition  TEXT NOT NULL DEFAULT '',
                 inclusion   TEXT NOT NULL DEFAULT '',
                 exclusion   TEXT NOT NULL DEFAULT '',
                 example     TEXT NOT NULL DEFAULT '',
                 toc_element TEXT NOT NULL DEFAULT '' CHECK (toc_element IN ('', 'context',
                     'input', 'activity', 'mechanism', 'output', 'outcome', 'impact',
                     'assumption')),
                 sort_order  INTEGER NOT NULL DEFAULT 0))",
            "CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name)",
            R"(CREATE TABLE research_questions (
                 id         INTEGER PRIMARY KEY,
                 uuid       TEXT NOT NULL UNIQUE,
                 code       TEXT NOT NULL UNIQUE CHECK (code <> ''),
                 title      TEXT NOT NULL DEFAULT '',
                 text       TEXT NOT NULL DEFAULT '',
                 sort_order INTEGER NOT NULL DEFAULT 0))",
            R"(CREATE TABLE code_questions (
                 id          INTEGER PRIMARY KEY,
                 code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
                 question_id INTEGER NOT NULL REFERENCES research_questions(id) ON DELETE CASCADE,
                 UNIQUE (code_id, question_id)))",
            "CREATE INDEX code_questions_question ON code_questions(question_id)",
            R"(CREATE TABLE coders (
                 id     INTEGER PRIMARY KEY,
                 uuid   TEXT NOT NULL UNIQUE,
                 name   TEXT NOT NULL UNIQUE CHECK (name <> ''),
                 colour TEXT NOT NULL DEFAULT ''))",
            R"(CREATE TABLE codings (
                 id          INTEGER PRIMARY KEY,
                 uuid        TEXT NOT NULL UNIQUE,
                 document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                 code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
                 coder_id    INTEGER NOT NULL REFERENCES coders(id),
                 start       INTEGER NOT NULL,
                 end         INTEGER NOT NULL,
                 memo        TEXT NOT NULL DEFAULT '',
                 created     TEXT NOT NULL,
                 modified    TEXT NOT NULL,
                 CHECK (start >= 0 AND end > start)))",
            "CREATE INDEX codings_document ON codings(document_id, start)",
            "CREATE INDEX codings_code ON codings(code_id, document_id)",
            "CREATE INDEX codings_coder ON codings(coder_id)",
            R"(CREATE TABLE memos (
                 id          INTEGER PRIMARY KEY,
                 uuid        TEXT NOT NULL UNIQUE,
                 owner_type  TEXT NOT NULL CHECK (owner_type IN ('project', 'document', 'case',
                                                                 'code')),
                 document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
                 case_id     INTEGER REFERENCES cases(id) ON DELETE CASCADE,
                 code_id     INTEGER REFERENCES codes(id) ON DELETE CASCADE,
                 title       TEXT NOT NULL DEFAULT '',
                 text        TEXT NOT NULL DEFAULT '',
                 created     TEXT NOT NULL,
                 modified    TEXT NOT NULL,
                 CHECK ((owner_type = 'project' AND document_id IS NULL AND case_id IS NULL
                             AND code_id IS NULL)
                     OR (owner_type = 'document' AND document_id IS NOT NULL)
                     OR (owner_type = 'case' AND case_id IS NOT NULL)
                     OR (owner_type = 'code' AND code_id IS NOT NULL))))",
        },
        {
            // 2: full-text search over documents (FTS5, external content kept in sync by
            // triggers, so the text is stored once).
            R"(CREATE VIRTUAL TABLE document_fts USING fts5(text, content = 'documents',
                 content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'))",
            R"(CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                 INSERT INTO document_fts(rowid, text) VALUES (new.id, new.text);
               END)",
            R"(CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                 INSERT INTO document_fts(document_fts, rowid, text)
                     VALUES ('delete', old.id, old.text);
               END)",
            R"(CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
                 INSERT INTO document_fts(document_fts, rowid, text)
                     VALUES ('delete', old.id, old.text);
                 INSERT INTO document_fts(rowid, text) VALUES (new.id, new.text);
               END)",
            "INSERT INTO document_fts(document_fts) VALUES ('rebuild')",
        },
        {
            // 3: evaluation (core/evaluation/). First widen codes.toc_element's CHECK by
            // "enabler_barrier": SQLite cannot alter a CHECK, and rebuilding `codes` would
            // cascade into codings, so the stored CREATE text is edited as SQLite documents
            // for loosening a constraint (every existing value still passes). The CREATE
            // statements that follow bump the schema cookie, so every connection re-reads
            // the schema; RESET makes this one re-read it now.
            "PRAGMA writable_schema = ON",
            R"(UPDATE sqlite_master SET sql = replace(sql, '''assumption'')',
                   '''assumption'', ''enabler_barrier'')')
                 WHERE type = 'table' AND name = 'codes'
                   AND instr(sql, 'enabler_barrier') = 0)",
            "PRAGMA writable_schema = OFF",
            // A cell of the evidence matrix is named by what it shows, not by a foreign key:
            // rows are questions or codes (by uuid) or ToC elements (by name); columns are
            // cases (by uuid) or one value of an attribute (by the attribute's uuid).
            R"(CREATE TABLE evidence_summaries (
                 id           INTEGER PRIMARY KEY,
                 uuid         TEXT NOT NULL UNIQUE,
                 row_kind     TEXT NOT NULL CHECK (row_kind IN ('rq', 'code', 'toc')),
                 row_key      TEXT NOT NULL CHECK (row_key <> ''),
                 column_kind  TEXT NOT NULL CHECK (column_kind IN ('case', 'attribute')),
                 column_key   TEXT NOT NULL CHECK (column_key <> ''),
                 column_value TEXT NOT NULL DEFAULT '',
                 text         TEXT NOT NULL,
                 created      TEXT NOT NULL,
                 modified     TEXT NOT NULL,
                 UNIQUE (row_kind, row_key, column_kind, column_key, column_value)))",
            R"(CREATE TABLE maturity_levels (
                 id         INTEGER PRIMARY KEY,
                 uuid       TEXT NOT NULL UNIQUE,
                 level      INTEGER NOT NULL UNIQUE CHECK (level >= 1),
                 name       TEXT NOT NULL CHECK (name <> ''),
                 descriptor TEXT NOT NULL DEFAULT ''))",
            R"(CREATE TABLE maturity_ratings (
                 id        INTEGER PRIMARY KEY,
                 uuid      TEXT NOT NULL UNIQUE,
                 case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                 coder_id  INTEGER NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
                 level     INTEGER NOT NULL CHECK (level >= 1),
                 rationale TEXT NOT NULL DEFAULT '',
                 created   TEXT NOT NULL,
                 modified  TEXT NOT NULL,
                 UNIQUE (case_id, coder_id)))",
            "CREATE INDEX maturity_ratings_coder ON maturity_ratings(coder_id)",
            R"(CREATE TABLE rating_evidence (
                 id        INTEGER PRIMARY KEY,
                 rating_id INTEGER NOT NULL REFERENCES maturity_ratings(id) ON DELETE CASCADE,
                 coding_id INTEGER NOT NULL REFERENCES codings(id) ON DELETE CASCADE,
                 UNIQUE (rating_id, coding_id)))",
            "CREATE INDEX rating_evidence_coding ON rating_evidence(coding_id)",
            R"(CREATE TABLE consensus_ratings (
                 id        INTEGER PRIMARY KEY,
                 uuid      TEXT NOT NULL UNIQUE,
                 case_id   INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
                 level     INTEGER NOT NULL CHECK (level >= 1),
                 reasoning TEXT NOT NULL DEFAULT '',
                 created   TEXT NOT NULL,
                 modified  TEXT NOT NULL))",
            "PRAGMA writable_schema = RESET",
        },
        {
            // 4: the document list (every open and every edit in the workbench) read
            // `length` and `sort_order`, which a row stores after its text: SQLite walked
            // every transcript's overflow pages to reach them. This index holds the whole
            // listing, so the list is read without touching the texts.
            R"(CREATE INDEX documents_listing ON documents(sort_order, name, id, uuid,
                 original_name, format, imported_at, content_hash, length))",
        },
        {
            // 5: transcripts can be edited after coding. Each edit of a document's text
            // leaves a row here: when, by whom, what kind of edit and how many code points it
            // removed and inserted. Never the text itself, so that no original of a
            // pseudonymised name stays behind in the history.
            R"(CREATE TABLE document_edits (
                 id           INTEGER PRIMARY KEY,
                 document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                 at           TEXT NOT NULL,
                 who          TEXT NOT NULL DEFAULT '',
                 kind         TEXT NOT NULL CHECK (kind IN ('edit', 'replace', 'pseudonymise')),
                 replacements INTEGER NOT NULL CHECK (replacements >= 0),
                 removed      INTEGER NOT NULL CHECK (removed >= 0),
                 inserted     INTEGER NOT NULL CHECK (inserted >= 0)))",
            "CREATE INDEX document_edits_document ON document_edits(document_id, id)",
        },
        {
            // 6: a coding in half the bytes (compactcolumns.h): its uuid as 16 bytes, its
            // times as milliseconds since 1970, and only the indexes a query uses. No query
            // looks a coding up by uuid (imports and merges read all uuids and give a
            // repeated one a new uuid; `check` reports a repeat), nor by coder alone. SQLite
            // cannot change a column's type, so the table is rebuilt the way SQLite documents
            // (with foreign keys off: see rebuildsTables below).
            R"(CREATE TABLE codings_compact (
                 id          INTEGER PRIMARY KEY,
                 uuid        BLOB NOT NULL CHECK (typeof(uuid) = 'blob' AND length(uuid) = 16),
                 document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                 code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
                 coder_id    INTEGER NOT NULL REFERENCES coders(id),
                 start       INTEGER NOT NULL,
                 end         INTEGER NOT NULL,
                 memo        TEXT NOT NULL DEFAULT '',
                 created     INTEGER NOT NULL CHECK (typeof(created) = 'integer'),
                 modified    INTEGER NOT NULL CHECK (typeof(modified) = 'integer'),
                 CHECK (start >= 0 AND end > start)))",
            R"(INSERT INTO codings_compact (id, uuid, document_id, code_id, coder_id, start, end,
                 memo, created, modified)
               SELECT id, situate_uuid_bytes(uuid), document_id, code_id, coder_id, start, end,
                 memo, situate_milliseconds(created), situate_milliseconds(modified)
               FROM codings ORDER BY id)",
            "DROP TABLE codings",
            "ALTER TABLE codings_compact RENAME TO codings",
            "CREATE INDEX codings_document ON codings(document_id, start)",
            "CREATE INDEX codings_code ON codings(code_id, document_id)",
        },
        {
            // 7: a coding can be flagged as a key quote. The flag is a row of its own, keyed
            // by the coding's id (the edit log keys every row by `id`), so an unflagged coding
            // costs no byte and the codings table keeps its size.
            R"(CREATE TABLE key_quotes (
                 id INTEGER PRIMARY KEY REFERENCES codings(id) ON DELETE CASCADE))",
        },
    };
    return s;
}

// The steps that rebuild a table: they run with foreign keys off, so that dropping the old
// table does not cascade into the rows that refer to it, and check every reference before
// they commit.
bool rebuildsTables(int step) {
    return step == 5;
}

// The conversions step 6 calls, in C++ so that the result is exactly what
// compactcolumns.cpp writes.
void uuidBytesFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_BLOB) {
        sqlite3_result_value(ctx, argv[0]);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray bytes =
        compact::uuidBytes(QString::fromUtf8(text, sqlite3_value_bytes(argv[0])));
    sqlite3_result_blob(ctx, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void millisecondsFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_INTEGER) {
        sqlite3_result_value(ctx, argv[0]);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    sqlite3_result_int64(ctx, compact::msOf(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))));
}

Status registerConversions(QSqlDatabase& db) {
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return Status::failure(Tr::tr("this project needs converting to the current "
                                      "format, which needs Qt's SQLite driver to use "
                                      "the system SQLite library"));
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    if (sqlite3_create_function_v2(handle, "situate_uuid_bytes", 1, flags, nullptr,
                                   uuidBytesFunction, nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(handle, "situate_milliseconds", 1, flags, nullptr,
                                   millisecondsFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::failure(Tr::tr("could not prepare the format conversion"));
    return {};
}

Status exec(QSqlDatabase& db, const char* sql) {
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(sql)))
        return sqlfailure::statement(q.lastError(), Tr::tr("schema update failed"));
    return {};
}

Status checkReferences(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlfailure::statement(q.lastError(), Tr::tr("schema update failed"));
    if (q.next())
        return Status::failure(Tr::tr("cannot bring this project to the current format: "
                                      "row %2 of %1 refers to a row that no longer "
                                      "exists; the file was not changed")
                                   .arg(q.value(0).toString(), q.value(1).toString()),
                               ErrorKind::Io);
    return {};
}

Status runStepIn(QSqlDatabase& db, int step) {
    if (!db.transaction())
        return sqlfailure::statement(db.lastError(), Tr::tr("could not start a transaction"));
    for (const char* sql : steps()[static_cast<size_t>(step)]) {
        if (Status s = exec(db, sql); !s) {
            db.rollback();
            return s;
        }
    }
    if (rebuildsTables(step)) {
        if (Status s = checkReferences(db); !s) {
            db.rollback();
            return s;
        }
    }
    // PRAGMA values cannot be bound; both are integers we produce ourselves.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1)) ||
        !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))) {
        db.rollback();
        return sqlfailure::statement(q.lastError(), Tr::tr("could not record the schema version"));
    }
    if (!db.commit())
        return sqlfailure::statement(db.lastError(), Tr::tr("could not save the schema"));
    return {};
}

Status runStep(QSqlDatabase& db, int step) {
    if (!rebuildsTables(step))
        return runStepIn(db, step);
    if (Status s = registerConversions(db); !s)
        return s;
    // Outside a transaction: SQLite ignores this pragma inside one.
    if (Status s = exec(db, "PRAGMA foreign_keys = OFF"); !s)
        return s;
    Status s = runStepIn(db, step);
    if (Status on = exec(db, "PRAGMA foreign_keys = ON"); s && !on)
        return on;
    // The old table's pages would stay in the file as free pages: give them back (a second
    // or so for a million codings). A failure here loses nothing, so it is not one.
    if (s)
        (void)exec(db, "VACUUM");
    return s;
}

} // namespace

int currentVersion() {
    return static_cast<int>(steps().size());
}

Status create(QSqlDatabase& db) {
    return migrate(db, 0);
}

Status migrate(QSqlDatabase& db, int fromVersion, int toVersion) {
    for (int v = fromVersion; v < std::min(toVersion, currentVersion()); ++v) {
        if (Status s = runStep(db, v); !s)
            return s;
    }
    return {};
}

} // namespace situate::schema
