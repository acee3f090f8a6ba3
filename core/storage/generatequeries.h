// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace situate {

class Storage;

/// A value bound to a bulk insert: an integer, a text or SQL NULL.
struct BulkValue {
    enum class Kind { Null, Integer, Text };
    BulkValue(qint64 v)
        : kind(Kind::Integer)
        , integer(v) {}
    BulkValue(int v)
        : kind(Kind::Integer)
        , integer(v) {}
    BulkValue(QByteArray utf8)
        : kind(Kind::Text)
        , text(std::move(utf8)) {}
    BulkValue(const QString& s)
        : kind(Kind::Text)
        , text(s.toUtf8()) {}
    static BulkValue null() { return BulkValue(); }

    Kind kind = Kind::Null;
    qint64 integer = 0;
    QByteArray text;

private:
    BulkValue() = default;
};

/// The tables the generator fills, each with a fixed column list (see generatequeries.cpp).
enum class BulkTable {
    Document,       // uuid, name, original_name, format, imported_at, content_hash, text, length,
                    // sort_order
    SpeakerTurn,    // document_id, speaker, start, end
    Case,           // uuid, name, description, sort_order
    DocumentCase,   // document_id, case_id
    Attribute,      // uuid, name, scope, type, choices, sort_order
    AttributeValue, // attribute_id, owner_id, value
    Code,     // uuid, parent_id (NULL at the top), name, colour, definition, inclusion, exclusion,
              // example, toc_element, sort_order
    Question, // uuid, code, title, text, sort_order
    CodeQuestion, // code_id, question_id
    Coder,        // uuid, name, colour
    Coding,       // uuid, document_id, code_id, coder_id, start, end, memo, created, modified
};

/// Writes many rows fast for the synthetic-project generator: one prepared statement per
/// table on the connection's own sqlite3 handle, reused for every row. It bypasses the
/// edit log on purpose (a generated project is not a user edit); the caller holds the
/// transaction (Storage::begin/commit).
class BulkWriter {
public:
    /// Fails when the Qt SQLite driver does not expose the SQLite library this build links.
    static Result<std::unique_ptr<BulkWriter>> create(Storage& storage);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    /// Inserts one row; the values follow the table's column list. Returns the new row id.
    Result<qint64> insert(BulkTable table, std::initializer_list<BulkValue> values);

private:
    BulkWriter() = default;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statements[11] = {};
};

} // namespace situate
