// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/generatequeries.h"

#include "core/storage/compactcolumns.h"
#include "core/storage/sqlitestorage.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(situate::storage)
};
} // namespace

namespace situate {

namespace {

struct TableSql {
    BulkTable table;
    const char* sql;
    int columns;
};

const TableSql tableSql[] = {
    {BulkTable::Document,
     "INSERT INTO documents (uuid, name, original_name, format, imported_at, content_hash, text, "
     "length, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
     9},
    {BulkTable::SpeakerTurn,
     "INSERT INTO speaker_turns (document_id, speaker, start, end) VALUES (?, ?, ?, ?)", 4},
    {BulkTable::Case, "INSERT INTO cases (uuid, name, description, sort_order) VALUES (?, ?, ?, ?)",
     4},
    {BulkTable::DocumentCase, "INSERT INTO document_cases (document_id, case_id) VALUES (?, ?)", 2},
    {BulkTable::Attribute,
     "INSERT INTO attributes (uuid, name, scope, type, choices, sort_order) "
     "VALUES (?, ?, ?, ?, ?, ?)",
     6},
    {BulkTable::AttributeValue,
     "INSERT INTO attribute_values (attribute_id, owner_id, value) VALUES (?, ?, ?)", 3},
    {BulkTable::Code,
     "INSERT INTO codes (uuid, parent_id, name, colour, definition, inclusion, exclusion, "
     "example, toc_element, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
     10},
    {BulkTable::Question,
     "INSERT INTO research_questions (uuid, code, title, text, sort_order) "
     "VALUES (?, ?, ?, ?, ?)",
     5},
    {BulkTable::CodeQuestion, "INSERT INTO code_questions (code_id, question_id) VALUES (?, ?)", 2},
    {BulkTable::Coder, "INSERT INTO coders (uuid, name, colour) VALUES (?, ?, ?)", 3},
    {BulkTable::Coding,
     "INSERT INTO codings (uuid, document_id, code_id, coder_id, start, end, memo, created, "
     "modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
     9},
};

// A coding's uuid (column 1) as its 16 bytes and its times (8, 9) as milliseconds, as the
// project file keeps them (compactcolumns.h).
void bindCompact(sqlite3_stmt* st, int column, const QByteArray& text) {
    const QString s = QString::fromUtf8(text);
    if (column == 1) {
        const QByteArray bytes = compact::uuidBytes(s);
        sqlite3_bind_blob(st, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_int64(st, column, compact::msOf(s));
    }
}

} // namespace

Result<std::unique_ptr<BulkWriter>> BulkWriter::create(Storage& storage) {
    using R = Result<std::unique_ptr<BulkWriter>>;
    std::unique_ptr<BulkWriter> w(new BulkWriter);
    w->m_db = sqliteHandle(storage);
    if (!w->m_db)
        return R::failure(Tr::tr("generating needs Qt's SQLite driver to use the "
                                 "system SQLite library"));
    // A large page cache keeps the index inserts of a million codings off the disk.
    sqlite3_exec(w->m_db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
    for (const TableSql& t : tableSql) {
        sqlite3_stmt*& st = w->m_statements[static_cast<int>(t.table)];
        if (sqlite3_prepare_v3(w->m_db, t.sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) !=
            SQLITE_OK)
            return R::failure(Tr::tr("cannot prepare a bulk insert: %1")
                                  .arg(QString::fromUtf8(sqlite3_errmsg(w->m_db))));
    }
    return R(std::move(w));
}

BulkWriter::~BulkWriter() {
    for (sqlite3_stmt* st : m_statements)
        sqlite3_finalize(st);
}

Result<qint64> BulkWriter::insert(BulkTable table, std::initializer_list<BulkValue> values) {
    const TableSql& t = tableSql[static_cast<int>(table)];
    sqlite3_stmt* st = m_statements[static_cast<int>(table)];
    if (static_cast<int>(values.size()) != t.columns)
        return Result<qint64>::failure(
            Tr::tr("internal error: %1 values for %2 columns").arg(values.size()).arg(t.columns));
    int i = 1;
    for (const BulkValue& v : values) {
        switch (v.kind) {
        case BulkValue::Kind::Null:
            sqlite3_bind_null(st, i);
            break;
        case BulkValue::Kind::Integer:
            sqlite3_bind_int64(st, i, v.integer);
            break;
        case BulkValue::Kind::Text:
            if (table == BulkTable::Coding && (i == 1 || i == 8 || i == 9)) {
                bindCompact(st, i, v.text);
                break;
            }
            // Static: the values outlive the step below, and the bindings are cleared after it.
            sqlite3_bind_text(st, i, v.text.constData(), int(v.text.size()), SQLITE_STATIC);
            break;
        }
        ++i;
    }
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        return Result<qint64>::failure(Tr::tr("cannot write the generated project: %1")
                                           .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return qint64(sqlite3_last_insert_rowid(m_db));
}

} // namespace situate
