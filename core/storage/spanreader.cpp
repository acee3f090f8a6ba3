// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/spanreader.h"

#include <sqlite3.h>

#include <thread>

namespace situate::spanreader {

namespace {

const char* const kHalf = "SELECT id, document_id, code_id, coder_id, start, \"end\" FROM codings "
                          "WHERE id >= ?1 AND id < ?2";

// Memory-mapped reads hand SQLite the file's pages without copying each into its cache;
// a quarter of the reading time at a million codings was that copy.
void mapFile(sqlite3* db) {
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
}

std::optional<qint64> integer(sqlite3* db, const char* sql) {
    sqlite3_stmt* st = nullptr;
    std::optional<qint64> v;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

// Reads the rows with from <= id < to into `sink` as `part`; SQLITE_DONE or the failure.
int readRange(sqlite3* db, qint64 from, qint64 to, CodingSpanSink& sink, int part) {
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, kHalf, -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, from);
        sqlite3_bind_int64(st, 2, to);
        rc = streamSpans(st, sink, part);
    }
    sqlite3_finalize(st);
    return rc;
}

// What the halves are split by, read before either starts: the snapshot's version (asked
// first, so a commit after it is seen) and the lowest and highest rowid.
struct Bounds {
    qint64 version = 0, first = 0, last = 0;
};

std::optional<Bounds> bounds(sqlite3* db) {
    if (!sqlite3_get_autocommit(db))
        return std::nullopt;
    const char* file = sqlite3_db_filename(db, "main");
    if (!file || !*file)
        return std::nullopt;
    const auto version = integer(db, "PRAGMA data_version");
    const auto first = integer(db, "SELECT min(id) FROM codings");
    const auto last = integer(db, "SELECT max(id) FROM codings");
    if (!version || !first || !last)
        return std::nullopt;
    return Bounds{*version, *first, *last};
}

// Both halves into `sink` at once; false when they are not one snapshot or a read failed.
bool readBoth(sqlite3* db, const Bounds& b, CodingSpanSink& sink) {
    const qint64 middle = b.first + (b.last - b.first) / 2;
    sqlite3* second = nullptr;
    if (sqlite3_open_v2(sqlite3_db_filename(db, "main"), &second,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(second);
        return false;
    }
    sqlite3_busy_timeout(second, 5000);
    mapFile(db);
    mapFile(second);
    sink.start(2, b.last - b.first + 1);
    int highRc = SQLITE_ERROR;
    std::thread reader([&] { highRc = readRange(second, middle, b.last + 1, sink, 1); });
    const int lowRc = readRange(db, b.first, middle, sink, 0);
    reader.join();
    sqlite3_close(second);
    const auto after = integer(db, "PRAGMA data_version");
    return lowRc == SQLITE_DONE && highRc == SQLITE_DONE && after == b.version;
}

// Gathers the two halves for loadCodingSpans; the lower half is reserved with room for
// both, so joining copies once.
class Gather final : public CodingSpanSink {
public:
    explicit Gather(qint64 rows)
        : m_rows(rows) {}
    void start(int, qint64) override {
        m_parts[0].clear();
        m_parts[1].clear();
        m_parts[0].reserve(m_rows);
        m_parts[1].reserve(m_rows / 2 + m_rows / 16);
    }
    void take(int part, const CodingSpan* rows, qsizetype count) override {
        for (const CodingSpan* row = rows; row != rows + count; ++row)
            m_parts[part].append(*row);
    }
    QVector<CodingSpan> joined() {
        m_parts[0].append(m_parts[1]);
        return std::move(m_parts[0]);
    }

private:
    qint64 m_rows;
    QVector<CodingSpan> m_parts[2];
};

} // namespace

int appendSpans(sqlite3_stmt* st, QVector<CodingSpan>& out) {
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out.append(CodingSpan{sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                              sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3),
                              sqlite3_column_int64(st, 4), sqlite3_column_int64(st, 5)});
    return rc;
}

int streamSpans(sqlite3_stmt* st, CodingSpanSink& sink, int part) {
    constexpr int batch = 512;
    CodingSpan rows[batch];
    int n = 0, rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        rows[n++] = CodingSpan{sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                               sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3),
                               sqlite3_column_int64(st, 4), sqlite3_column_int64(st, 5)};
        if (n == batch) {
            sink.take(part, rows, n);
            n = 0;
        }
    }
    if (n > 0)
        sink.take(part, rows, n);
    return rc;
}

std::optional<QVector<CodingSpan>> readInHalves(sqlite3* db, qint64 rows) {
    if (rows < halvesFrom)
        return std::nullopt;
    const std::optional<Bounds> b = bounds(db);
    Gather gather(rows);
    if (!b || !readBoth(db, *b, gather))
        return std::nullopt;
    return gather.joined();
}

bool readInHalves(sqlite3* db, CodingSpanSink& sink) {
    const std::optional<Bounds> b = bounds(db);
    return b && b->last - b->first + 1 >= halvesFrom && readBoth(db, *b, sink);
}

} // namespace situate::spanreader
