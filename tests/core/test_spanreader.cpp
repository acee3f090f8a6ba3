// SPDX-License-Identifier: GPL-3.0-or-later
// The span columns of many codings read in two halves at once (core/storage/spanreader.h)
// equal one plain read in rowid order, gathered (loadCodingSpans) or handed to a sink as read
// (forEachCodingSpan); inside a transaction, or below the threshold, the halves step aside for
// the one-thread read.
#include "core/generate/generator.h"
#include "core/project.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/spanreader.h"
#include "core/storage/sqlitestorage.h"
#include "tests/core/generatedproject.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using namespace situate;

namespace {

QVector<CodingSpan> plainRead(const QString& path) {
    QVector<CodingSpan> out;
    test::forEachRowOf(path,
                       QStringLiteral("SELECT id, document_id, code_id, coder_id, start, \"end\" "
                                      "FROM codings ORDER BY id"),
                       [&](const QSqlQuery& q) {
                           out.append(CodingSpan{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                 q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                 q.value(4).toLongLong(), q.value(5).toLongLong()});
                       });
    return out;
}

// What forEachCodingSpan hands over, each part kept apart (each is written by its own thread).
struct Collect final : CodingSpanSink {
    int parts = 0;
    std::vector<QVector<CodingSpan>> rows;
    void start(int count, qint64) override {
        parts = count;
        rows.assign(std::size_t(count), {});
    }
    void take(int part, const CodingSpan* from, qsizetype count) override {
        for (qsizetype i = 0; i < count; ++i)
            rows[std::size_t(part)].append(from[i]);
    }
    QVector<CodingSpan> byId() const {
        QVector<CodingSpan> all;
        for (const QVector<CodingSpan>& part : rows)
            all += part;
        std::sort(all.begin(), all.end(),
                  [](const CodingSpan& a, const CodingSpan& b) { return a.id < b.id; });
        return all;
    }
};

bool same(const QVector<CodingSpan>& a, const QVector<CodingSpan>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const CodingSpan &x = a[i], &y = b[i];
        if (x.id != y.id || x.documentId != y.documentId || x.codeId != y.codeId ||
            x.coderId != y.coderId || x.start != y.start || x.end != y.end)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("Codings read in two halves at once equal one plain read, in the same order") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.situate"));
    // Some rows gone from the middle and the end, so the halves split uneven rowids.
    test::generateEdited(path, {.documents = 40, .words = 1500, .codes = 30, .codings = 130000},
                         QStringLiteral("DELETE FROM codings WHERE id % 7 = 3 OR id > 125000"));
    const QVector<CodingSpan> expected = plainRead(path);
    REQUIRE(expected.size() > spanreader::halvesFrom);

    auto project = Project::open(path, Project::Backup::Skip);
    REQUIRE(project);
    Storage& storage = (*project)->mutableStorage();
    sqlite3* handle = sqliteHandle(storage);
    REQUIRE(handle);

    const auto halves = spanreader::readInHalves(handle, expected.size());
    REQUIRE(halves);
    CHECK(same(*halves, expected));
    // loadCodingSpans takes the same way.
    auto loaded = loadCodingSpans(storage);
    REQUIRE(loaded);
    CHECK(same(*loaded, expected));
    // forEachCodingSpan hands the same rows to a sink, the two halves at once.
    Collect sunk;
    REQUIRE(forEachCodingSpan(storage, sunk).ok());
    CHECK(sunk.parts == 2);
    CHECK(same(sunk.byId(), expected));

    // The bounded count the window uses to choose a worker for its counts.
    CHECK(storage.hasMoreCodingsThan(expected.size() - 1));
    CHECK_FALSE(storage.hasMoreCodingsThan(expected.size()));
    CHECK(storage.hasMoreCodingsThan(0));

    // Below the threshold one thread reads.
    CHECK_FALSE(spanreader::readInHalves(handle, spanreader::halvesFrom - 1));
    // Inside a transaction the rows this connection has not committed are its own: a second
    // connection would not see them, so the halves step aside and the one read sees them.
    REQUIRE(storage.begin().ok());
    REQUIRE(
        storage
            .insertRow(
                QStringLiteral("codings"),
                {{QStringLiteral("uuid"), QStringLiteral("0f0f0f0f-0000-4000-8000-000000000001")},
                 {QStringLiteral("document_id"), expected.first().documentId},
                 {QStringLiteral("code_id"), expected.first().codeId},
                 {QStringLiteral("coder_id"), expected.first().coderId},
                 {QStringLiteral("start"), 0},
                 {QStringLiteral("end"), 1},
                 {QStringLiteral("created"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                 {QStringLiteral("modified"), QStringLiteral("2026-01-01T00:00:00.000Z")}})
            .ok());
    CHECK_FALSE(spanreader::readInHalves(handle, expected.size() + 1));
    auto inside = loadCodingSpans(storage);
    REQUIRE(inside);
    CHECK(inside->size() == expected.size() + 1);
    Collect alone;
    REQUIRE(forEachCodingSpan(storage, alone).ok());
    CHECK(alone.parts == 1);
    CHECK(alone.byId().size() == expected.size() + 1);
    storage.rollback();
}
