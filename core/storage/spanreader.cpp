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

std::optional<qint64> integer(sqlite3* db, const char* sql, int column = 0) {
    sqlite3_stmt* st = nullptr;
    std::optional<qint64> v;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, column);
    sqlite3_finalize(st);
    return v;
}

// Reads the rows with from <= id < to; SQLITE_DONE or the failure.
int readRange(sqlite3* db, qint64 from, qint64 to, QVector<CodingSpan>& out) {
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, kHalf, -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, from);
        sqlite3_bind_int64(st, 2, to);
        rc = appendSpans(st, out);
    }
    sqlite3_finalize(st);
    return rc;
}

} // namespace

int appendSpans(sqlite3_stmt* st, QVector<CodingSpan>& out) {
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out.append(CodingSpan{sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                              sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3),
                              sqlite3_column_int64(st, 4), sqlite3_column_int64(st, 5)});
    return rc;
}

std::optional<QVector<CodingSpan>> readInHalves(sqlite3* db, qint64 rows) {
    if (rows < halvesFrom || !sqlite3_get_autocommit(db))
        return std::nullopt;
    const char* file = sqlite3_db_filename(db, "main");
    if (!file || !*file)
        return std::nullopt;
    const auto before = integer(db, "PRAGMA data_version");
    const auto first = integer(db, "SELECT min(id) FROM codings");
    const auto last = integer(db, "SELECT max(id) FROM codings");
    if (!before || !first || !last)
        return std::nullopt;
    const qint64 middle = *first + (*last - *first) / 2;
    sqlite3* second = nullptr;
    if (sqlite3_open_v2(file, &second, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(second);
        return std::nullopt;
    }
    sqlite3_busy_timeout(second, 5000);
    mapFile(db);
    mapFile(second);
    // The first half is read into a vector with room for both, so joining copies once.
    QVector<CodingSpan> low, high;
    low.reserve(rows);
    high.reserve(rows / 2 + rows / 16);
    int highRc = SQLITE_ERROR;
    std::thread reader([&] { highRc = readRange(second, middle, *last + 1, high); });
    const int lowRc = readRange(db, *first, middle, low);
    reader.join();
    sqlite3_close(second);
    const auto after = integer(db, "PRAGMA data_version");
    if (lowRc != SQLITE_DONE || highRc != SQLITE_DONE || after != before)
        return std::nullopt;
    low.append(high);
    return low;
}

} // namespace situate::spanreader
