// SPDX-License-Identifier: GPL-3.0-or-later
// Codings counted without their positions (loadCodeDocumentCounts, AnalysisContext's
// Read::CodeCounts, FrequencyRequest::characters false): the index read in ranges of codes on
// two connections equals a GROUP BY of the table, and every matrix of codings, documents and
// cases equals the one counted from every coding's span, on a large project, a project of
// one document and a project without codings.
#include "core/analysis/analysiscontext.h"
#include "core/analysis/frequency.h"
#include "core/project.h"
#include "core/storage/analysisqueries.h"
#include "core/storage/spanreader.h"
#include "core/storage/sqlitestorage.h"
#include "tests/core/generatedproject.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

using namespace situate;

namespace {

using Count = std::tuple<qint64, qint64, qint64>; // code, document, codings

QVector<Count> groupedRead(const QString& path) {
    QVector<Count> out;
    // NOT INDEXED: the table's rows, not the index the reader under test walks.
    test::forEachRowOf(
        path,
        QStringLiteral("SELECT code_id, document_id, count(*) FROM codings "
                       "NOT INDEXED GROUP BY code_id, document_id "
                       "ORDER BY code_id, document_id"),
        [&](const QSqlQuery& q) {
            out << Count{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        });
    return out;
}

QVector<Count> asTuples(const QVector<CodeDocumentCount>& counts) {
    QVector<Count> out;
    for (const CodeDocumentCount& c : counts)
        out << Count{c.codeId, c.documentId, c.codings};
    return out;
}

bool sameCounts(const MatrixCell& a, const MatrixCell& b) {
    return a.codings == b.codings && a.documents == b.documents && a.cases == b.cases;
}

// Every matrix of codings, documents and cases the project gives by case, question,
// document and a case attribute, with and without sub-codes and roll-up, unfiltered and
// filtered by a case and by an attribute's value, counted from code counts equals the one
// counted from spans, and leaves characters 0. Returns the codings the unfiltered matrices
// counted, so the caller knows they counted something.
qint64 checkMatrices(const Storage& s) {
    const Result<QVector<Attribute>> attributes = s.attributes();
    REQUIRE(attributes);
    const auto attribute =
        std::find_if(attributes->cbegin(), attributes->cend(),
                     [](const Attribute& a) { return a.scope == AttributeScope::Case; });
    REQUIRE(attribute != attributes->cend());
    const Result<QHash<qint64, QString>> values = s.attributeValues(attribute->id);
    REQUIRE(values);
    const Result<QVector<Case>> cases = s.cases();
    REQUIRE(cases);
    REQUIRE_FALSE(cases->isEmpty());

    QVector<AnalysisFilter> filters(3);
    filters[1].caseIds = {cases->first().id};
    if (!values->isEmpty())
        filters[2].attributes = {AttributeCondition{attribute->id, {values->cbegin().value()}}};

    qint64 counted = 0;
    for (const Dimension by : {Dimension::Case, Dimension::ResearchQuestion, Dimension::Document,
                               Dimension::Attribute}) {
        for (const auto& [descendants, rollup] : {std::pair{false, false}, std::pair{true, true}}) {
            for (qsizetype f = 0; f < filters.size(); ++f) {
                CAPTURE(dimensionName(by), descendants, rollup, f);
                FrequencyRequest request;
                request.by = by;
                request.attributeId = attribute->id;
                request.descendants = descendants;
                request.rollup = rollup;
                request.filter = filters[f];
                auto spans = frequencyMatrix(s, request);
                REQUIRE(spans);
                request.characters = false;
                auto counts = frequencyMatrix(s, request);
                REQUIRE(counts);
                REQUIRE(counts->cells.size() == spans->cells.size());
                REQUIRE(counts->columns.size() == spans->columns.size());
                CHECK(std::equal(counts->cells.cbegin(), counts->cells.cend(),
                                 spans->cells.cbegin(), sameCounts));
                CHECK(std::equal(counts->rowTotals.cbegin(), counts->rowTotals.cend(),
                                 spans->rowTotals.cbegin(), sameCounts));
                CHECK(std::equal(counts->columnTotals.cbegin(), counts->columnTotals.cend(),
                                 spans->columnTotals.cbegin(), sameCounts));
                CHECK(sameCounts(counts->grandTotal, spans->grandTotal));
                CHECK(counts->grandTotal.characters == 0);
                if (f == 0)
                    counted += counts->grandTotal.codings;
            }
        }
    }
    return counted;
}

} // namespace

TEST_CASE("Code counts read in ranges of codes on two connections equal a GROUP BY of the table") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("counts.situate"));
    // Rows gone here and there, and a fifth of them moved to the first code, so the ranges
    // hold very different numbers of rows.
    test::generateEdited(path, {.documents = 40, .words = 1500, .codes = 30, .codings = 130000},
                         {QStringLiteral("DELETE FROM codings WHERE id % 7 = 3 OR id > 125000"),
                          QStringLiteral("UPDATE codings SET code_id = (SELECT min(id) FROM codes) "
                                         "WHERE id % 5 = 0")});
    const QVector<Count> expected = groupedRead(path);
    REQUIRE(expected.size() > 1000);

    auto project = Project::open(path, Project::Backup::Skip);
    REQUIRE(project);
    Storage& storage = (*project)->mutableStorage();
    sqlite3* handle = sqliteHandle(storage);
    REQUIRE(handle);

    // The reads keep the connection's page cache small while they run (spanreader.cpp), then
    // give it back its size.
    REQUIRE(sqlite3_exec(handle, "PRAGMA cache_size = -3000", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    const auto cacheSize = [&] {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(handle, "PRAGMA cache_size", -1, &st, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        const qint64 size = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return size;
    };

    QVector<CodeDocumentCount> ranges;
    REQUIRE(spanreader::countInRanges(handle, ranges));
    CHECK(asTuples(ranges) == expected);
    CHECK(cacheSize() == -3000);
    REQUIRE(loadCodingSpans(storage));
    CHECK(cacheSize() == -3000);
    auto loaded = loadCodeDocumentCounts(storage);
    REQUIRE(loaded);
    CHECK(asTuples(*loaded) == expected);
    CHECK(checkMatrices(storage) > 100000);

    // Inside a transaction the ranges step aside (a second connection would not see this
    // connection's own rows) and the one read sees the new coding.
    REQUIRE(storage.begin().ok());
    const auto [code, document, codings] = expected.first();
    REQUIRE(
        storage
            .insertRow(
                QStringLiteral("codings"),
                {{QStringLiteral("uuid"), QStringLiteral("0f0f0f0f-0000-4000-8000-000000000002")},
                 {QStringLiteral("document_id"), document},
                 {QStringLiteral("code_id"), code},
                 {QStringLiteral("coder_id"), 1},
                 {QStringLiteral("start"), 0},
                 {QStringLiteral("end"), 1},
                 {QStringLiteral("created"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                 {QStringLiteral("modified"), QStringLiteral("2026-01-01T00:00:00.000Z")}})
            .ok());
    CHECK_FALSE(spanreader::countInRanges(handle, ranges));
    auto inside = loadCodeDocumentCounts(storage);
    REQUIRE(inside);
    REQUIRE_FALSE(inside->isEmpty());
    CHECK(inside->first().codings == codings + 1);
    CHECK(inside->size() == expected.size());
    storage.rollback();
}

TEST_CASE("Counts without positions equal the counts from spans on one document and none") {
    QTemporaryDir dir;
    for (const qint64 codings : {qint64(0), qint64(3000)}) {
        CAPTURE(codings);
        const QString path =
            dir.filePath(QStringLiteral("small-%1.situate").arg(QString::number(codings)));
        REQUIRE(
            generateProject(path, {.documents = 1, .words = 800, .codes = 20, .codings = codings})
                .ok());
        auto project = Project::open(path, Project::Backup::Skip);
        REQUIRE(project);
        const Storage& s = (*project)->storage();
        auto loaded = loadCodeDocumentCounts(s);
        REQUIRE(loaded);
        CHECK(asTuples(*loaded) == groupedRead(path));
        // Below the threshold one read on this connection.
        QVector<CodeDocumentCount> ranges;
        CHECK_FALSE(spanreader::countInRanges(sqliteHandle(s), ranges));

        auto context = AnalysisContext::load(s, {}, {}, AnalysisContext::Read::CodeCounts);
        REQUIRE(context);
        CHECK(context->hasCodeCounts());
        CHECK(context->spanCount() == 0);
        qint64 inContext = 0;
        for (int d = 0; d < context->documents().size(); ++d) {
            for (auto* c = context->countsBegin(d); c != context->countsEnd(d); ++c)
                inContext += c->codings;
        }
        CHECK(inContext == codings);
        // A filter by coders needs each coding's coder: spans all the same.
        AnalysisFilter byCoder;
        byCoder.coderIds = {context->coders().first().id};
        auto spans = AnalysisContext::load(s, byCoder, {}, AnalysisContext::Read::CodeCounts);
        REQUIRE(spans);
        CHECK_FALSE(spans->hasCodeCounts());
        CHECK((spans->spanCount() > 0) == (codings > 0));

        CHECK(checkMatrices(s) == 8 * codings);
    }
}
