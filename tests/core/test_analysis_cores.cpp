// SPDX-License-Identifier: GPL-3.0-or-later
// A large project's analysis runs on both cores (core/analysis/spanbuckets.h, the count in
// frequency.cpp): the spans of every document equal a plain read bucketed and sorted the
// slow way, and every matrix equals the sum of the one-document matrices, each of which is
// small enough to be counted on one thread.
#include "core/analysis/analysiscontext.h"
#include "core/analysis/frequency.h"
#include "core/project.h"
#include "core/storage/analysisqueries.h"
#include "tests/core/generatedproject.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

using namespace situate;

namespace {

// Adds `part`'s codings, documents and characters to `sum`; those add up over disjoint
// documents (cases and coverage do not).
void add(MatrixCell& sum, const MatrixCell& part) {
    sum.codings += part.codings;
    sum.documents += part.documents;
    sum.characters += part.characters;
}

bool sameSums(const MatrixCell& a, const MatrixCell& b) {
    return a.codings == b.codings && a.documents == b.documents && a.characters == b.characters;
}

} // namespace

TEST_CASE(
    "analysis on both cores: a large project's spans and matrices equal the one-thread ways") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cores.situate"));
    // Many codings with the same start and different ends, so the order's ties are tested.
    test::generateEdited(path, {.documents = 12, .words = 1500, .codes = 30, .codings = 45000},
                         QStringLiteral("UPDATE codings SET start = (start / 40) * 40 "
                                        "WHERE id % 3 = 0"));
    auto project = Project::open(path, Project::Backup::Skip);
    REQUIRE(project);
    const Storage& s = (*project)->storage();

    auto context = AnalysisContext::load(s, {});
    REQUIRE(context);
    const AnalysisContext& ctx = *context;
    auto plain = loadCodingSpans(s);
    REQUIRE(plain);
    REQUIRE(ctx.spanCount() == plain->size());
    for (int d = 0; d < ctx.documents().size(); ++d) {
        using Key = std::tuple<qint64, qint64, qint64, qint64, qint64>;
        QVector<Key> expected, got;
        for (const CodingSpan& c : *plain) {
            if (c.documentId == ctx.documents()[d].id)
                expected << Key{c.start, c.end, c.id, c.codeId, c.coderId};
        }
        std::sort(expected.begin(), expected.end());
        for (auto* span = ctx.spansBegin(d); span != ctx.spansEnd(d); ++span)
            got << Key{span->start, span->end, span->id, ctx.codeOrder()[span->code],
                       ctx.coders()[span->coder].id};
        CHECK(got == expected);
    }

    for (const auto& [by, descendants, rollup] :
         {std::tuple{Dimension::Case, false, false}, std::tuple{Dimension::Case, true, false},
          std::tuple{Dimension::ResearchQuestion, false, false},
          std::tuple{Dimension::ResearchQuestion, true, true},
          std::tuple{Dimension::Coder, false, false}}) {
        CAPTURE(dimensionName(by), descendants, rollup);
        FrequencyRequest request;
        request.by = by;
        request.descendants = descendants;
        request.rollup = rollup;
        auto whole = frequencyMatrix(s, ctx, request);
        REQUIRE(whole);
        REQUIRE(whole->grandTotal.codings > 20000);
        FrequencyMatrix sum = *whole;
        for (MatrixCell& c : sum.cells)
            c = MatrixCell{};
        for (MatrixCell& c : sum.rowTotals)
            c = MatrixCell{};
        for (MatrixCell& c : sum.columnTotals)
            c = MatrixCell{};
        sum.grandTotal = MatrixCell{};
        for (const DocumentInfo& document : ctx.documents()) {
            FrequencyRequest one = request;
            one.filter.documentIds = {document.id};
            auto part = frequencyMatrix(s, one);
            REQUIRE(part);
            REQUIRE(part->cells.size() == sum.cells.size());
            for (qsizetype i = 0; i < sum.cells.size(); ++i)
                add(sum.cells[i], part->cells[i]);
            for (qsizetype i = 0; i < sum.rowTotals.size(); ++i)
                add(sum.rowTotals[i], part->rowTotals[i]);
            for (qsizetype i = 0; i < sum.columnTotals.size(); ++i)
                add(sum.columnTotals[i], part->columnTotals[i]);
            add(sum.grandTotal, part->grandTotal);
        }
        CHECK(std::equal(sum.cells.cbegin(), sum.cells.cend(), whole->cells.cbegin(), sameSums));
        CHECK(std::equal(sum.rowTotals.cbegin(), sum.rowTotals.cend(), whole->rowTotals.cbegin(),
                         sameSums));
        CHECK(std::equal(sum.columnTotals.cbegin(), sum.columnTotals.cend(),
                         whole->columnTotals.cbegin(), sameSums));
        CHECK(sameSums(sum.grandTotal, whole->grandTotal));
    }
}
