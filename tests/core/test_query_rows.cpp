// SPDX-License-Identifier: GPL-3.0-or-later
// Saved queries as rows of the frequency and evidence matrices, on the project of
// queryfixture.h, every count worked out by hand from its layout.
#include "core/analysis/runfrequency.h"
#include "core/evaluation/evidencematrix.h"
#include "core/query/savedqueries.h"
#include "tests/core/queryfixture.h"

using namespace situate;
using test::s;

namespace {

// "barriers" is tree "Barrier": Captions [0,3); Interview 1 [5,15) [21,34).
// "outcomes" is code "Outcome": Captions [4,7) [14,18); Interview 1 [39,46); Notes [0,5).
struct Rows : test::QueryFixture {
    Rows() {
        const Status st = project->edit(s("save queries"), [](Editor& e) -> Status {
            if (Status a = query::saveQuery(e, s("outcomes"), s("code \"Outcome\"")); !a)
                return a;
            return query::saveQuery(e, s("barriers"), s("tree \"Barrier\""));
        });
        REQUIRE(st.ok());
    }
    FrequencyMatrix freq(Dimension by, const QStringList& names = {}) const {
        Result<QVector<TextRuns>> queries = query::savedQueryRuns(project->storage(), names);
        REQUIRE(queries.ok());
        FrequencyRequest req;
        req.by = by;
        Result<FrequencyMatrix> m = runsFrequencyMatrix(project->storage(), req, *queries);
        REQUIRE(m.ok());
        return *m;
    }
};

// "codings documents cases characters" of a cell.
QString cell(const MatrixCell& c) {
    return QStringLiteral("%1 %2 %3 %4")
        .arg(c.codings)
        .arg(c.documents)
        .arg(c.cases)
        .arg(c.characters);
}

} // namespace

TEST_CASE("query rows: a run counts as a coding in the columns its document belongs to") {
    Rows f;
    const FrequencyMatrix m = f.freq(Dimension::Case);
    CHECK(m.rowKind == s("query"));
    REQUIRE(m.rows.size() == 2);
    CHECK(m.rows[0].path == s("barriers")); // saved queries in name order
    CHECK(m.rows[1].path == s("outcomes"));
    REQUIRE(m.columns.size() == 2);
    CHECK(m.columns[0].key == s("North"));
    CHECK(m.columns[1].key == s("South"));
    // barriers: two runs in Interview 1 (North), none in Notes; Captions has no case.
    CHECK(cell(m.cell(0, 0)) == s("2 1 1 23"));
    CHECK(cell(m.cell(0, 1)) == s("0 0 0 0"));
    CHECK(cell(m.rowTotals[0]) == s("3 2 1 26"));
    CHECK(cell(m.cell(1, 0)) == s("1 1 1 7"));
    CHECK(cell(m.cell(1, 1)) == s("1 1 1 5"));
    CHECK(cell(m.rowTotals[1]) == s("4 3 2 19"));
    // Totals count the union of the queries' results, each character once.
    CHECK(cell(m.columnTotals[0]) == s("3 1 1 30"));
    CHECK(cell(m.columnTotals[1]) == s("1 1 1 5"));
    CHECK(cell(m.grandTotal) == s("7 3 2 45"));
    CHECK(m.cell(0, 0).coverage() == Approx(100.0 * 23 / 51));
}

TEST_CASE("query rows: by coder, a run counts where it shares characters with the coder's "
          "codings") {
    Rows f;
    const FrequencyMatrix m = f.freq(Dimension::Coder);
    REQUIRE(m.columns.size() == 2);
    CHECK(m.columns[0].key == s("Aisha"));
    // barriers x Aisha: Captions [0,3) whole, [5,15) on [5,10), [21,34) on [21,34).
    CHECK(cell(m.cell(0, 0)) == s("3 2 1 21"));
    // barriers x Ben: only [5,15), on [8,15).
    CHECK(cell(m.cell(0, 1)) == s("1 1 1 7"));
    CHECK(cell(m.cell(1, 0)) == s("3 2 1 12"));
    CHECK(cell(m.cell(1, 1)) == s("1 1 1 7"));
    CHECK(cell(m.rowTotals[0]) == s("3 2 1 26"));
}

TEST_CASE("query rows: only the queries named, and a name that is not saved is an error") {
    Rows f;
    const FrequencyMatrix m = f.freq(Dimension::Document, {s("outcomes")});
    REQUIRE(m.rows.size() == 1);
    CHECK(m.rows[0].path == s("outcomes"));
    REQUIRE(m.columns.size() == 3);
    CHECK(cell(m.cell(0, 0)) == s("2 1 0 7")); // Captions: two runs, no case
    const auto missing = query::savedQueryRuns(f.project->storage(), {s("nothing")});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == s("no saved query \"nothing\""));
}

TEST_CASE("query rows: evidence cells hold the codings that share a character with the result") {
    Rows f;
    EvidenceRequest req;
    REQUIRE(parseEvidenceRowKind(s("queries"), &req.rows));
    req.queries = query::savedQueryRuns(f.project->storage()).value();
    const Result<EvidenceMatrix> m = evidenceMatrix(f.project->storage(), req);
    REQUIRE(m.ok());
    REQUIRE(m->rows.size() == 2);
    CHECK(m->rows[0].label == s("barriers"));
    CHECK(evidenceRowKindName(m->rowKind) == s("queries"));
    // barriers in North: the three Barrier codings and the adjacent Funding one, not Ben's
    // Outcome; with Captions' Barrier coding in the total (its Outcome [4,7) only touches).
    CHECK(m->cell(0, 0).codings == 4);
    CHECK(m->cell(0, 1).codings == 0);
    CHECK(m->rowTotals[0].codings == 5);
    CHECK(m->cell(1, 0).codings == 1);
    CHECK(m->cell(1, 1).codings == 1);
    CHECK(m->rowTotals[1].codings == 4);
    // A summary belongs to a question, code or ToC row: a query row is refused in words.
    const auto row = resolveEvidenceRow(f.project->storage(), EvidenceRowKind::Query, s("x"));
    REQUIRE_FALSE(row.ok());
    CHECK(row.error().contains(s("not on saved queries")));
}
