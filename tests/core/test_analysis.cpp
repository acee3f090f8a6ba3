// SPDX-License-Identifier: GPL-3.0-or-later
// Frequencies and co-occurrence on the hand-computed project of test_analysis_fixture.h
// (read its comment first: every expected number below is worked out from it).
#include "core/analysis/cooccurrence.h"
#include "core/analysis/extracts.h"
#include "core/analysis/frequency.h"
#include "tests/core/test_analysis_fixture.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

FrequencyMatrix count(const test::CountingProject& cp, const FrequencyRequest& req) {
    auto m = frequencyMatrix(cp.storage(), req);
    INFO(m.error().toStdString());
    REQUIRE(m.ok());
    return m.take();
}

qsizetype rowOf(const FrequencyMatrix& m, const char* path) {
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        if (m.rows[r].path == s(path))
            return r;
    }
    FAIL("no row " << path);
    return -1;
}

qsizetype columnOf(const FrequencyMatrix& m, const char* key) {
    for (qsizetype c = 0; c < m.columns.size(); ++c) {
        if (m.columns[c].key == s(key))
            return c;
    }
    FAIL("no column " << key);
    return -1;
}

const MatrixCell& cell(const FrequencyMatrix& m, const char* path, const char* column) {
    return m.cell(rowOf(m, path), columnOf(m, column));
}

const MatrixCell& total(const FrequencyMatrix& m, const char* path) {
    return m.rowTotals[rowOf(m, path)];
}

// codings, documents, cases, characters of one cell in one go.
void checkCell(const MatrixCell& c, qint64 codings, qint64 documents, qint64 cases,
               qint64 characters) {
    CHECK(c.codings == codings);
    CHECK(c.documents == documents);
    CHECK(c.cases == cases);
    CHECK(c.characters == characters);
}

QStringList keys(const FrequencyMatrix& m) {
    QStringList out;
    for (const MatrixColumn& c : m.columns)
        out << c.key;
    return out;
}

// Each expected co-occurrence count, checked one by one.
struct ExpectedCount {
    qsizetype row;
    qsizetype column;
    qint64 count;
};

void checkCells(const CooccurrenceMatrix& m, std::initializer_list<ExpectedCount> expected) {
    for (const ExpectedCount& e : expected) {
        INFO("cell " << e.row << ", " << e.column);
        CHECK(m.at(e.row, e.column) == e.count);
    }
}

} // namespace

TEST_CASE("analysis: codes x cases counts every count type by hand") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::Case;
    const FrequencyMatrix m = count(*cp, req);

    // Rows: every code in tree order; columns: the cases.
    QStringList paths;
    for (const MatrixRow& r : m.rows)
        paths << r.path;
    CHECK(paths == QStringList{s("P"), s("P/C1"), s("P/C2"), s("Q")});
    CHECK(m.rows[1].depth == 1);
    CHECK(keys(m) == QStringList{s("A"), s("B")});

    // P/C1 in A: alpha k1 [0,5) k2 [3,8) k3 [1,4) (overlapping and nested: union [0,8) = 8)
    // and beta k7 [0,10) = 10 -> 4 codings, 2 documents, 1 case (A), 18 characters.
    checkCell(cell(m, "P/C1", "A"), 4, 2, 1, 18);
    // P/C1 in B: beta only -> k7: 1, 1, 1, 10.
    checkCell(cell(m, "P/C1", "B"), 1, 1, 1, 10);
    // P/C1 total: k1 k2 k3 k7 k11 = 5 codings; alpha, beta, gamma = 3 documents; cases of
    // alpha {A} and beta {A, B} = 2 (gamma has none); characters 8 + 10 + 10 = 28.
    checkCell(total(m, "P/C1"), 5, 3, 2, 28);

    // Q in A: k5 [12,20) in alpha (8) + k8 [2,4) k9 [5,7) in beta (4) -> 3, 2, 1, 12.
    checkCell(cell(m, "Q", "A"), 3, 2, 1, 12);
    checkCell(cell(m, "Q", "B"), 2, 1, 1, 4);
    // Q total: also k12 [10,15) in gamma (no case): 4 codings, 3 documents, 2 cases,
    // 12 + 5 = 17 characters. Not the sum of the cells (5 codings): beta is in A and B.
    checkCell(total(m, "Q"), 4, 3, 2, 17);

    // P's own codings only (no descendants): k6 [22,30) in alpha.
    checkCell(cell(m, "P", "A"), 1, 1, 1, 8);
    checkCell(cell(m, "P", "B"), 0, 0, 0, 0);
    checkCell(total(m, "P"), 1, 1, 1, 8);
    // P/C2: k4 [6,15) in alpha (9) and k10 [11,21) in beta (10).
    checkCell(cell(m, "P/C2", "A"), 2, 2, 1, 19);
    checkCell(total(m, "P/C2"), 2, 2, 2, 19);

    // Coverage: A's text is alpha (33) + beta (22) = 55 code points; 18 / 55 = 32.73 %.
    CHECK(m.columns[columnOf(m, "A")].textLength == 55);
    CHECK(cell(m, "P/C1", "A").coverage() == Approx(100.0 * 18 / 55));
    CHECK(cell(m, "P/C1", "A").value(CountType::Coverage) == Approx(32.7272727));
    // A total is a share of all text: 33 + 22 + 21 = 76; 28 / 76.
    CHECK(total(m, "P/C1").textLength == 76);
    CHECK(total(m, "P/C1").coverage() == Approx(100.0 * 28 / 76));

    // Column totals (any code, each coding once). A: alpha 6 codings + beta 4 = 10;
    // alpha's union [0,20) + [22,30) = 28, beta's [0,10) + [11,21) = 20 -> 48.
    const qsizetype a = columnOf(m, "A");
    checkCell(m.columnTotals[a], 10, 2, 1, 48);
    // Grand total: 12 codings, 3 documents, 2 cases; gamma's union [0,15) = 15 -> 63.
    checkCell(m.grandTotal, 12, 3, 2, 63);
}

TEST_CASE("analysis: descendants put a code's branch in its row") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::Case;
    req.descendants = true;
    const FrequencyMatrix m = count(*cp, req);
    // P with P/C1 and P/C2 in A: alpha k1 k2 k3 k4 k6, union [0,15) + [22,30) = 23;
    // beta k7 k10, [0,10) + [11,21) = 20 -> 7 codings, 2 documents, 1 case, 43 characters.
    checkCell(cell(m, "P", "A"), 7, 2, 1, 43);
    checkCell(cell(m, "P", "B"), 2, 1, 1, 20);
    // Whole project adds gamma's k11 [0,10): 8 codings, 3 documents, 2 cases, 53.
    checkCell(total(m, "P"), 8, 3, 2, 53);
    // Leaves are unchanged.
    checkCell(cell(m, "P/C1", "A"), 4, 2, 1, 18);
}

TEST_CASE("analysis: codes x coders, and the characters union across coders") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::Coder;
    const FrequencyMatrix m = count(*cp, req);
    CHECK(keys(m) == QStringList{s("Aisha"), s("Ben")});
    // P/C1 Aisha: k1 k2 (alpha, union 8), k11 (gamma, 10) -> 3, 2 docs, 1 case (A), 18.
    checkCell(cell(m, "P/C1", "Aisha"), 3, 2, 1, 18);
    // P/C1 Ben: k3 [1,4) (alpha, 3), k7 (beta, 10) -> 2, 2, cases A and B = 2, 13.
    checkCell(cell(m, "P/C1", "Ben"), 2, 2, 2, 13);
    // The total counts alpha's [0,8) once although both coders cover [1,4): 28, not 31.
    checkCell(total(m, "P/C1"), 5, 3, 2, 28);
    // Q Ben: k5 (alpha, 8), k12 (gamma, 5) -> 2, 2, 1, 13; Q Aisha: k8 k9 -> 2, 1, 2, 4.
    checkCell(cell(m, "Q", "Ben"), 2, 2, 1, 13);
    checkCell(cell(m, "Q", "Aisha"), 2, 1, 2, 4);
    // Coder and question columns are shares of all selected text (76).
    CHECK(m.columns[0].textLength == 76);
}

TEST_CASE("analysis: a coder filter keeps only that coder's codings") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::Case;
    req.filter.coderIds = {cp->ids[s("Ben")]};
    const FrequencyMatrix m = count(*cp, req);
    // Ben's P/C1: k3 [1,4) in alpha, k7 [0,10) in beta.
    checkCell(cell(m, "P/C1", "A"), 2, 2, 1, 13);
    checkCell(cell(m, "P/C1", "B"), 1, 1, 1, 10);
    checkCell(total(m, "P/C1"), 2, 2, 2, 13);
    // Ben's Q: k5 in alpha (A), k12 in gamma (no case).
    checkCell(cell(m, "Q", "A"), 1, 1, 1, 8);
    checkCell(cell(m, "Q", "B"), 0, 0, 0, 0);
    checkCell(total(m, "Q"), 2, 2, 1, 13);
    checkCell(total(m, "P"), 0, 0, 0, 0);
}

TEST_CASE("analysis: research questions with and without roll-up") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::ResearchQuestion;
    SECTION("own links only") {
        const FrequencyMatrix m = count(*cp, req);
        CHECK(keys(m) == QStringList{s("RQ1"), s("RQ2"), s("RQ3")});
        // P -> RQ1 (k6); P/C1 -> RQ2 (5 codings, 28 characters); P/C2 has no question;
        // Q -> RQ3 (4 codings).
        checkCell(cell(m, "P", "RQ1"), 1, 1, 1, 8);
        checkCell(cell(m, "P/C1", "RQ1"), 0, 0, 0, 0);
        checkCell(cell(m, "P/C1", "RQ2"), 5, 3, 2, 28);
        checkCell(cell(m, "P/C2", "RQ1"), 0, 0, 0, 0);
        checkCell(cell(m, "Q", "RQ3"), 4, 3, 2, 17);
        // A total counts codings in no column too.
        checkCell(total(m, "P/C2"), 2, 2, 2, 19);
    }
    SECTION("roll-up: a coding also counts for its ancestors' questions") {
        req.rollup = true;
        const FrequencyMatrix m = count(*cp, req);
        // P/C1's codings count for RQ2 (own) and RQ1 (P's); P/C2's for RQ1 (P's).
        checkCell(cell(m, "P/C1", "RQ1"), 5, 3, 2, 28);
        checkCell(cell(m, "P/C1", "RQ2"), 5, 3, 2, 28);
        checkCell(cell(m, "P/C2", "RQ1"), 2, 2, 2, 19);
        checkCell(cell(m, "P", "RQ1"), 1, 1, 1, 8);
        checkCell(cell(m, "Q", "RQ1"), 0, 0, 0, 0);
    }
    SECTION("descendants without roll-up: each coding keeps its own code's questions") {
        req.descendants = true;
        const FrequencyMatrix m = count(*cp, req);
        // P's row holds 8 codings; only k6 (code P) counts for RQ1, the 5 of P/C1 for RQ2.
        checkCell(cell(m, "P", "RQ1"), 1, 1, 1, 8);
        checkCell(cell(m, "P", "RQ2"), 5, 3, 2, 28);
        checkCell(total(m, "P"), 8, 3, 2, 53);
    }
    SECTION("descendants with roll-up") {
        req.descendants = true;
        req.rollup = true;
        const FrequencyMatrix m = count(*cp, req);
        // Every coding of the branch reaches RQ1: 8 codings, union 23 + 20 + 10 = 53.
        checkCell(cell(m, "P", "RQ1"), 8, 3, 2, 53);
        checkCell(cell(m, "P", "RQ2"), 5, 3, 2, 28);
    }
}

TEST_CASE("analysis: codes x documents") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::Document;
    const FrequencyMatrix m = count(*cp, req);
    CHECK(keys(m) == QStringList{s("alpha"), s("beta"), s("gamma")});
    checkCell(cell(m, "P/C1", "alpha"), 3, 1, 1, 8);
    checkCell(cell(m, "P/C1", "beta"), 1, 1, 2, 10); // beta is in two cases
    checkCell(cell(m, "P/C1", "gamma"), 1, 1, 0, 10);
    CHECK(cell(m, "P/C1", "alpha").coverage() == Approx(100.0 * 8 / 33));
}

TEST_CASE("analysis: attribute dimensions of cases and documents") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::Attribute;
    SECTION("a case attribute with a choice list") {
        req.attributeId = cp->ids[s("region")];
        const FrequencyMatrix m = count(*cp, req);
        // Choices in their order, used or not.
        CHECK(keys(m) == QStringList{s("North"), s("South"), s("East")});
        CHECK(m.attributeName == s("region"));
        // North = A and B: alpha and beta, each once. P/C1: k1 k2 k3 k7 -> 4 codings,
        // 2 documents, cases A and B = 2, 8 + 10 = 18 characters.
        checkCell(cell(m, "P/C1", "North"), 4, 2, 2, 18);
        checkCell(cell(m, "Q", "North"), 3, 2, 2, 12);
        checkCell(cell(m, "P/C1", "East"), 0, 0, 0, 0);
        CHECK(m.columns[0].textLength == 55);
    }
    SECTION("a document attribute") {
        req.attributeId = cp->ids[s("document wave")];
        const FrequencyMatrix m = count(*cp, req);
        CHECK(keys(m) == QStringList{s("1"), s("2")});
        // wave 1 = alpha and gamma. P/C1: k1 k2 k3 + k11 -> 4, 2 docs, 1 case, 18.
        checkCell(cell(m, "P/C1", "1"), 4, 2, 1, 18);
        checkCell(cell(m, "P/C1", "2"), 1, 1, 2, 10);
        // Q: k5 (alpha) + k12 (gamma) -> 2, 2, 1, 13.
        checkCell(cell(m, "Q", "1"), 2, 2, 1, 13);
        CHECK(m.columns[0].textLength == 33 + 21);
    }
    SECTION("a name used by both scopes must say which") {
        auto wave = resolveAttribute(cp->storage(), s("wave"));
        REQUIRE_FALSE(wave.ok());
        CHECK(wave.error().contains(s("document:wave")));
        auto byScope = resolveAttribute(cp->storage(), s("case:wave"));
        REQUIRE(byScope.ok());
        CHECK(byScope->id == cp->ids[s("case wave")]);
    }
}

TEST_CASE("analysis: filters by case, document and attribute value") {
    auto cp = test::makeCountingProject();
    FrequencyRequest req;
    req.by = Dimension::Case;
    SECTION("a case filter keeps its documents and only counts that case") {
        req.filter.caseIds = {cp->ids[s("B")]};
        const FrequencyMatrix m = count(*cp, req);
        CHECK(keys(m) == QStringList{s("B")});
        // Only beta: P/C1 k7.
        checkCell(total(m, "P/C1"), 1, 1, 1, 10);
        CHECK(total(m, "P/C1").textLength == 22);
    }
    SECTION("a case attribute condition drops documents in no matching case") {
        auto f = resolveFilter(cp->storage(), {{}, {}, {}, {s("region=North")}});
        REQUIRE(f.ok());
        req.filter = *f;
        const FrequencyMatrix m = count(*cp, req);
        // alpha and beta; gamma has no case. P/C1: k1 k2 k3 k7.
        checkCell(total(m, "P/C1"), 4, 2, 2, 18);
    }
    SECTION("a document attribute condition") {
        auto f = resolveFilter(cp->storage(), {{}, {}, {}, {s("document:wave=1")}});
        REQUIRE(f.ok());
        req.filter = *f;
        const FrequencyMatrix m = count(*cp, req);
        // alpha and gamma: P/C1 k1 k2 k3 k11.
        checkCell(total(m, "P/C1"), 4, 2, 1, 18);
        checkCell(cell(m, "P/C1", "B"), 0, 0, 0, 0);
    }
    SECTION("alternatives of one attribute, and documents by name") {
        auto f = resolveFilter(cp->storage(), {{s("Aisha")}, {s("beta"), s("gamma")}, {}, {}});
        REQUIRE(f.ok());
        req.filter = *f;
        const FrequencyMatrix m = count(*cp, req);
        // Aisha in beta and gamma: P/C1 k11 only; Q k8 k9.
        checkCell(total(m, "P/C1"), 1, 1, 0, 10);
        checkCell(total(m, "Q"), 2, 1, 2, 4);
    }
    SECTION("unknown names are reported") {
        auto f = resolveFilter(cp->storage(), {{s("Zoe")}, {}, {}, {}});
        REQUIRE_FALSE(f.ok());
        CHECK(f.error().contains(s("Zoe")));
        auto g = resolveFilter(cp->storage(), {{}, {}, {}, {s("no equals sign")}});
        CHECK_FALSE(g.ok());
    }
}

TEST_CASE("analysis: every cell's extracts are exactly the codings it counts") {
    auto cp = test::makeCountingProject();
    for (Dimension by : {Dimension::Case, Dimension::Coder, Dimension::ResearchQuestion,
                         Dimension::Document, Dimension::Attribute}) {
        for (bool descendants : {false, true}) {
            FrequencyRequest req;
            req.by = by;
            req.attributeId = cp->ids[s("region")];
            req.descendants = descendants;
            req.rollup = descendants;
            const FrequencyMatrix m = count(*cp, req);
            for (qsizetype r = 0; r < m.rows.size(); ++r) {
                for (qsizetype c = 0; c < m.columns.size(); ++c) {
                    auto x = extracts(cp->storage(), extractQueryForCell(req, m, r, c));
                    REQUIRE(x.ok());
                    INFO(dimensionName(by).toStdString()
                         << " " << m.rows[r].path.toStdString() << " x "
                         << m.columns[c].key.toStdString());
                    CHECK(x->size() == m.cell(r, c).codings);
                }
            }
        }
    }
}

TEST_CASE("analysis: co-occurrence by overlap, paragraph and speaker turn") {
    auto cp = test::makeCountingProject();
    CooccurrenceRequest req;
    auto run = [&]() {
        auto m = cooccurrenceMatrix(cp->storage(), req);
        INFO(m.error().toStdString());
        REQUIRE(m.ok());
        return m.take();
    };
    // Rows: 0 P, 1 P/C1, 2 P/C2, 3 Q.
    SECTION("overlap: separate stretches of text coded with both") {
        const CooccurrenceMatrix m = run();
        REQUIRE(m.codes.size() == 4);
        // alpha: C1 [0,8) meets C2 [6,15) once; C2 meets Q [12,20) once.
        // beta: C1 [0,10) meets Q [2,4) and [5,7): two stretches. C2 [11,21) meets nothing.
        // gamma: C1 [0,10) and Q [10,15) only touch: nothing.
        checkCells(m, {{1, 2, 1},
                       {2, 3, 1},
                       {1, 3, 2},
                       {3, 1, 2}, // symmetric
                       {0, 1, 0},
                       // Diagonal: stretches of the code's own union. P 1; C1 alpha 1 + beta 1 +
                       // gamma 1; C2 2; Q alpha 1 + beta 2 + gamma 1 = 4.
                       {0, 0, 1},
                       {1, 1, 3},
                       {2, 2, 2},
                       {3, 3, 4}});
    }
    SECTION("paragraph: lines both codes touch") {
        req.mode = CooccurrenceMode::Paragraph;
        const CooccurrenceMatrix m = run();
        // alpha: [0,10) holds C1 and C2 (k4 starts at 6); [11,21) holds C2 and Q.
        // beta: [0,10) holds C1 and Q. gamma: C1 in [0,10), Q in [11,21) (k12 [10,15)
        // covers the line feed at 10, which is in no paragraph).
        checkCells(m, {{1, 2, 1},
                       {2, 3, 1},
                       {1, 3, 1},
                       // Diagonal: C1 alpha 1 + beta 1 + gamma 1 = 3; C2 alpha 2 + beta 1 = 3;
                       // Q alpha 1 + beta 1 + gamma 1 = 3; P 1.
                       {1, 1, 3},
                       {2, 2, 3},
                       {3, 3, 3},
                       {0, 0, 1}});
    }
    SECTION("turn: speaker turns both codes touch") {
        req.mode = CooccurrenceMode::Turn;
        const CooccurrenceMatrix m = run();
        // alpha turn [0,21) holds C1, C2, Q; [22,33) holds P. beta's one turn holds C1, Q,
        // C2. gamma has no turns.
        checkCells(m, {{1, 2, 2}, {1, 3, 2}, {2, 3, 2}, {0, 1, 0}, {1, 1, 2}, {0, 0, 1}});
    }
    SECTION("overlap with descendants: P's row is its whole branch") {
        req.descendants = true;
        const CooccurrenceMatrix m = run();
        // P's union: alpha [0,15) [22,30); beta [0,10) [11,21); gamma [0,10) -> 5 stretches.
        // With Q: alpha [12,15); beta [2,4) [5,7); gamma only touches -> 3.
        // And each P stretch holding C1: alpha, beta, gamma.
        checkCells(m, {{0, 0, 5}, {0, 3, 3}, {0, 1, 3}});
    }
    SECTION("a coder filter applies") {
        req.filter.coderIds = {cp->ids[s("Aisha")]};
        const CooccurrenceMatrix m = run();
        // Aisha: alpha C1 [0,8) with C2 [6,15): 1; beta Q alone (C1 and C2 are Ben's).
        checkCells(m, {{1, 2, 1}, {1, 3, 0}, {2, 3, 0}});
    }
}

TEST_CASE("analysis: names of count types, dimensions and modes round-trip") {
    for (CountType t : {CountType::Codings, CountType::Documents, CountType::Cases,
                        CountType::Characters, CountType::Coverage}) {
        CountType back = CountType::Codings;
        REQUIRE(parseCountType(countTypeName(t), &back));
        CHECK(back == t);
    }
    CountType unused;
    CHECK_FALSE(parseCountType(s("words"), &unused));
    CooccurrenceMode mode;
    CHECK(parseCooccurrenceMode(s("turn"), &mode));
    CHECK(mode == CooccurrenceMode::Turn);
    CHECK_FALSE(parseCooccurrenceMode(s("sentence"), &mode));
}
