// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/spanreader.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <string>
#include <thread>
#include <vector>

namespace situate::spanreader {

namespace {

const char* const kHalf = "SELECT id, document_id, code_id, coder_id, start, \"end\" FROM codings "
                          "WHERE id >= ?1 AND id < ?2";

std::optional<qint64> integer(sqlite3* db, const char* sql) {
    sqlite3_stmt* st = nullptr;
    std::optional<qint64> v;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

// The pages a scan reads, each once, go through a small page cache: SQLite copies each in
// (pread), into a few buffers used again and again. Memory-mapping the file instead cost a
// page fault per 16 pages, and SQLite's usual 2 MB cache one per page of it as it filled; on
// the benchmark machine (a VM where a fault costs about 11 us) both cost more than the copies
// (tests/bench/README.md, "Agreement without 4 KiB page faults, and codings read through a
// small cache").
constexpr const char* kSmallCache = "PRAGMA cache_size = 64";

// The connection's cache kept small while it lives, then set back.
class SmallCache {
public:
    explicit SmallCache(sqlite3* db)
        : m_db(db)
        , m_before(integer(db, "PRAGMA cache_size")) {
        sqlite3_exec(db, kSmallCache, nullptr, nullptr, nullptr);
    }
    ~SmallCache() {
        if (m_before)
            sqlite3_exec(m_db, ("PRAGMA cache_size = " + std::to_string(*m_before)).c_str(),
                         nullptr, nullptr, nullptr);
    }
    SmallCache(const SmallCache&) = delete;
    SmallCache& operator=(const SmallCache&) = delete;

private:
    sqlite3* m_db;
    std::optional<qint64> m_before;
};

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

// A second, read-only connection to db's file, with a small cache; null when it does not
// open.
sqlite3* openSecond(sqlite3* db) {
    sqlite3* second = nullptr;
    if (sqlite3_open_v2(sqlite3_db_filename(db, "main"), &second,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(second);
        return nullptr;
    }
    sqlite3_busy_timeout(second, 5000);
    sqlite3_exec(second, kSmallCache, nullptr, nullptr, nullptr);
    return second;
}

// Both halves into `sink` at once; false when they are not one snapshot or a read failed.
bool readBoth(sqlite3* db, const Bounds& b, CodingSpanSink& sink) {
    const qint64 middle = b.first + (b.last - b.first) / 2;
    const SmallCache small(db);
    sqlite3* second = openSecond(db);
    if (!second)
        return false;
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

// The codings of the codes from..to (both included), in index order.
const char* const kCodeRange = "SELECT code_id, document_id FROM codings "
                               "WHERE code_id >= ?1 AND code_id <= ?2 "
                               "ORDER BY code_id, document_id";

// Appends the (code, document) pairs of the codes from..to with their codings to `out`: the
// rows come in index order, so each pair's rows are one run. SQLITE_DONE or the failure.
int countRange(sqlite3* db, qint64 from, qint64 to, QVector<CodeDocumentCount>& out) {
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, kCodeRange, -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, from);
        sqlite3_bind_int64(st, 2, to);
        CodeDocumentCount run;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const qint64 code = sqlite3_column_int64(st, 0);
            const qint64 document = sqlite3_column_int64(st, 1);
            if (run.codings > 0 && code == run.codeId && document == run.documentId) {
                ++run.codings;
                continue;
            }
            if (run.codings > 0)
                out.append(run);
            run = CodeDocumentCount{code, document, 1};
        }
        if (run.codings > 0)
            out.append(run);
    }
    sqlite3_finalize(st);
    return rc;
}

// Enough ranges that two connections taking them in turn finish close together however the
// codings are spread over the codes; each range costs one seek in the index.
constexpr int kCodeRanges = 16;

// The counts read in kCodeRanges ranges of code ids by db and a second connection at once;
// false when they are not one snapshot or a read failed.
bool countBoth(sqlite3* db, const Bounds& b, QVector<CodeDocumentCount>& out) {
    const auto lowest = integer(db, "SELECT min(code_id) FROM codings");
    const auto highest = integer(db, "SELECT max(code_id) FROM codings");
    if (!lowest || !highest)
        return false;
    // Offsets from the lowest id, unsigned so that no id range overflows.
    const quint64 width = quint64(*highest) - quint64(*lowest);
    auto idAt = [&](quint64 offset) {
        return qint64(quint64(*lowest) + offset);
    };
    auto offset = [&](int i) {
        return i == kCodeRanges ? width : width / kCodeRanges * quint64(i);
    };
    const SmallCache small(db);
    sqlite3* second = openSecond(db);
    if (!second)
        return false;
    std::vector<QVector<CodeDocumentCount>> parts(kCodeRanges);
    std::vector<int> rcs(kCodeRanges, SQLITE_ERROR);
    std::atomic<int> next = 0;
    auto work = [&](sqlite3* connection) {
        for (int i = next++; i < kCodeRanges; i = next++) {
            // Range i is offsets [offset(i), offset(i + 1)), the last one with the highest id.
            const quint64 from = offset(i), to = offset(i + 1);
            if (i < kCodeRanges - 1 && to == from) {
                rcs[std::size_t(i)] = SQLITE_DONE;
                continue;
            }
            const qint64 last = i == kCodeRanges - 1 ? *highest : idAt(to - 1);
            rcs[std::size_t(i)] = countRange(connection, idAt(from), last, parts[std::size_t(i)]);
            if (rcs[std::size_t(i)] != SQLITE_DONE)
                return;
        }
    };
    std::thread reader([&] { work(second); });
    work(db);
    reader.join();
    sqlite3_close(second);
    const auto after = integer(db, "PRAGMA data_version");
    if (after != b.version ||
        !std::all_of(rcs.cbegin(), rcs.cend(), [](int rc) { return rc == SQLITE_DONE; }))
        return false;
    qsizetype total = 0;
    for (const QVector<CodeDocumentCount>& part : parts)
        total += part.size();
    out.reserve(total);
    for (const QVector<CodeDocumentCount>& part : parts)
        out.append(part);
    return true;
}

} // namespace

bool countInRanges(sqlite3* db, QVector<CodeDocumentCount>& out) {
    out.clear();
    const std::optional<Bounds> b = bounds(db);
    if (b && b->last - b->first + 1 >= halvesFrom && countBoth(db, *b, out))
        return true;
    out.clear();
    return false;
}

int countCodeDocuments(sqlite3* db, QVector<CodeDocumentCount>& out) {
    if (countInRanges(db, out))
        return SQLITE_DONE;
    return countRange(db, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                      out);
}

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
