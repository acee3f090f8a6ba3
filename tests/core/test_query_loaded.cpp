// SPDX-License-Identifier: GPL-3.0-or-later
// A loaded query context (core/query/querydata.h): a query run on it again is answered from
// what it read before, not from the file, and a code asked for the first time is read then.
#include "core/codetree.h"
#include "core/query/queryevaluator.h"
#include "core/query/queryoutput.h"
#include "tests/core/queryfixture.h"

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::query;
using test::s;

namespace {

/// Adds a coding of `code` by Aisha to `document` behind any loaded context's back.
void addCoding(test::QueryFixture& f, const QString& document, const QString& code, qint64 a,
               qint64 b) {
    const Storage& storage = f.project->storage();
    const qint64 doc = storage.documentIdByName(document).value();
    const qint64 id = CodeTree::read(storage).value().idByPath(code).value();
    REQUIRE(f.project
                ->edit(s("code"),
                       [&](Editor& e) {
                           return Status::from(test::addCodingAs(e, s("Aisha"), doc, id, a, b));
                       })
                .ok());
}

} // namespace

TEST_CASE("query loaded: a rerun on a kept context reads nothing again") {
    test::QueryFixture f;
    const Storage& storage = f.project->storage();
    auto loaded = std::make_shared<QueryData>();
    const QString outcome = s("code \"Outcome\"");
    const QString near = s("code \"Outcome\" near 1 code \"Barrier\"");
    const QString before = s("Captions [4,7) [14,18); Interview 1 [39,46); Notes [0,5)");
    CHECK(f.written(runQuery(storage, loaded, outcome)) == before);
    CHECK(f.written(runQuery(storage, loaded, near)) == s("Captions [4,7); Interview 1 [39,46)"));

    // The file changes without the context being told: a fresh query sees the new coding, the
    // context answers from the codings it read (which is why the dock drops it at a change).
    addCoding(f, s("Notes"), s("Outcome"), 6, 10);
    CHECK(f.run(outcome) == s("Captions [4,7) [14,18); Interview 1 [39,46); Notes [0,5) [6,10)"));
    CHECK(f.written(runQuery(storage, loaded, outcome)) == before);
    CHECK(f.written(runQuery(storage, loaded, near)) == s("Captions [4,7); Interview 1 [39,46)"));

    // A code no query on it asked for yet (`tree "Barrier"` would have) is read when first
    // asked: as the file has it now.
    addCoding(f, s("Captions"), s("Barrier/Funding"), 8, 13);
    CHECK(f.written(runQuery(storage, loaded, s("code \"Barrier/Funding\""))) ==
          s("Captions [8,13); Interview 1 [21,28)"));
    // Units widen from the turns it keeps, and the rows read their text through it.
    Result<QueryResult> widened = runQuery(storage, loaded, outcome, Unit::Turn);
    CHECK(f.written(widened) == s("Captions [0,7) [8,18); Interview 1 [39,46); Notes [0,5)"));
    const QVector<RunRow> rows = runRows(*widened);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].text == s("one two"));
    CHECK(rows[2].text == s("speaker"));
}

TEST_CASE("query loaded: unbound, a context reads through the next storage it is bound to") {
    test::QueryFixture f;
    auto loaded = std::make_shared<QueryData>();
    const QString query = s("code \"Barrier\" in turn speaker \"Bob\"");
    REQUIRE(runQuery(f.project->storage(), loaded, query).ok());
    loaded->unbind();
    // The next read (a text, for near) goes through the storage it is bound to now.
    const QString path = f.project->path();
    f.project.reset();
    Result<std::unique_ptr<Project>> other = Project::open(path);
    REQUIRE(other.ok());
    Result<QueryResult> r = runQuery((*other)->storage(), loaded,
                                     s("code \"Barrier\" near 0 code \"Barrier/Funding\""));
    CHECK(f.written(r) == s("Interview 1 [28,34)"));
    CHECK(runRows(*r).value(0).text == s(" delta"));
    CHECK(loaded->failure().ok());
}
