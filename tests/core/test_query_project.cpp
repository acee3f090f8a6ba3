// SPDX-License-Identifier: GPL-3.0-or-later
// Coding queries on a real project file: every operand and operator against results worked
// out by hand, overlapping and adjacent codings, turns with and without speakers, a document
// without turns, emoji, and every name a query may get wrong.
#include "core/commands/commands.h"
#include "core/project.h"
#include "core/query/querycode.h"
#include "core/query/queryevaluator.h"
#include "core/query/queryoutput.h"
#include "core/query/savedqueries.h"
#include "core/team/publish.h"
#include "tests/support/catchqt.h"
#include "tests/support/teambackend.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::query;
using test::s;

namespace {

// Interview 1 (case North, whose region is coastal):
//   "Ann: alpha beta\nBob: gamma 😀 delta\n\nno speaker here"
//    Ann [0,15), Bob [16,34); alpha 5, beta 11, gamma 21, 😀 27, delta 29, no 36,
//    speaker 39, here 47; length 51 (the emoji is one code point)
//   Barrier by Aisha [5,10), by Ben [8,15) (overlapping), by Aisha [28,34);
//   Barrier/Funding by Aisha [21,28) (adjacent to the last); Outcome by Ben [39,46).
// Project order is by name: Captions, Interview 1, Notes.
// Notes (case South, document attribute language = en): "Plain text only" without turns;
//   Outcome by Aisha [0,5).
// Captions: "one two\nthree four", turns [0,7) and [8,18) without speakers;
//   Barrier by Aisha [0,3), Outcome by Aisha [4,7), Outcome by Aisha [14,18).
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;

    Fixture() {
        auto p = Project::create(dir.filePath(s("query.situate")));
        REQUIRE(p.ok());
        project = p.take();
        const Status st = project->edit(s("set up"), [&](Editor& e) -> Status {
            auto doc = [&](const QString& name, const QString& text,
                           QVector<SpeakerTurn> turns) -> qint64 {
                return addDocument(e, test::textDocument(name, text, std::move(turns))).value();
            };
            const qint64 interview =
                doc(s("Interview 1"), s("Ann: alpha beta\nBob: gamma 😀 delta\n\nno speaker here"),
                    {{s("Ann"), 0, 15}, {s("Bob"), 16, 34}});
            const qint64 notes = doc(s("Notes"), s("Plain text only"), {});
            const qint64 captions = doc(s("Captions"), s("one two\nthree four"),
                                        {{QString(), 0, 7}, {QString(), 8, 18}});
            const qint64 barrier = ensureCodePath(e, s("Barrier")).value();
            const qint64 funding = ensureCodePath(e, s("Barrier/Funding")).value();
            const qint64 outcome = ensureCodePath(e, s("Outcome")).value();
            for (auto [coder, d, code, a, b] :
                 std::vector<std::tuple<const char*, qint64, qint64, qint64, qint64>>{
                     {"Aisha", interview, barrier, 5, 10},
                     {"Ben", interview, barrier, 8, 15},
                     {"Aisha", interview, barrier, 28, 34},
                     {"Aisha", interview, funding, 21, 28},
                     {"Ben", interview, outcome, 39, 46},
                     {"Aisha", notes, outcome, 0, 5},
                     {"Aisha", captions, barrier, 0, 3},
                     {"Aisha", captions, outcome, 4, 7},
                     {"Aisha", captions, outcome, 14, 18}})
                if (auto id = test::addCodingAs(e, s(coder), d, code, a, b); !id)
                    return Status::from(id);
            const qint64 north = ensureCase(e, s("North")).value();
            const qint64 south = ensureCase(e, s("South")).value();
            if (Status a = assignDocumentToCase(e, interview, north); !a)
                return a;
            if (Status a = assignDocumentToCase(e, notes, south); !a)
                return a;
            const qint64 region =
                ensureAttribute(e, AttributeScope::Case, s("region"), AttributeType::Text).value();
            const qint64 language =
                ensureAttribute(e, AttributeScope::Document, s("language"), AttributeType::Text)
                    .value();
            if (Status a = setAttributeValue(e, region, north, s("coastal")); !a)
                return a;
            return setAttributeValue(e, language, notes, s("en"));
        });
        REQUIRE(st.ok());
    }

    /// The result as "DOCUMENT [a,b) ..." per document with runs, in project order.
    QString run(const QString& query, Unit unit = Unit::Run) const {
        Result<QueryResult> r = runQuery(project->storage(), query, unit);
        if (!r)
            return s("error: ") + r.error();
        QStringList out;
        for (std::size_t p = 0; p < r->runs.size(); ++p) {
            if (r->runs[p].empty())
                continue;
            QStringList spans;
            for (const Interval& i : r->runs[p])
                spans << QStringLiteral("[%1,%2)").arg(i.start).arg(i.end);
            out << r->data->documents()[int(p)].name + s(" ") + spans.join(QLatin1Char(' '));
        }
        return out.join(s("; "));
    }
};

} // namespace

TEST_CASE("query project: codes, trees and coders, with overlapping and adjacent codings") {
    Fixture f;
    // Overlapping codings make one run; the tree joins adjacent codings of two codes.
    CHECK(f.run(s("code \"Barrier\"")) == s("Captions [0,3); Interview 1 [5,15) [28,34)"));
    CHECK(f.run(s("code \"Barrier\" by \"Aisha\"")) ==
          s("Captions [0,3); Interview 1 [5,10) [28,34)"));
    CHECK(f.run(s("code \"Barrier\" by \"Ben\"")) == s("Interview 1 [8,15)"));
    CHECK(f.run(s("tree \"Barrier\"")) == s("Captions [0,3); Interview 1 [5,15) [21,34)"));
    CHECK(f.run(s("code \"Barrier/Funding\"")) == s("Interview 1 [21,28)"));
    CHECK(f.run(s("tree \"Barrier\" by \"Ben\"")) == s("Interview 1 [8,15)"));
}

TEST_CASE("query project: speakers, documents, cases, attributes and all") {
    Fixture f;
    CHECK(f.run(s("speaker \"Bob\"")) == s("Interview 1 [16,34)"));
    CHECK(f.run(s("document \"Notes\"")) == s("Notes [0,15)"));
    CHECK(f.run(s("case \"North\"")) == s("Interview 1 [0,51)"));
    CHECK(f.run(s("attribute \"region\" = \"coastal\"")) == s("Interview 1 [0,51)"));
    CHECK(f.run(s("attribute \"language\" = \"en\"")) == s("Notes [0,15)"));
    CHECK(f.run(s("attribute \"language\" = \"fr\"")).isEmpty());
    CHECK(f.run(s("all")) == s("Captions [0,18); Interview 1 [0,51); Notes [0,15)"));
}

TEST_CASE("query project: and, and not, or, precedence and parentheses") {
    Fixture f;
    CHECK(f.run(s("code \"Barrier\" and speaker \"Bob\"")) == s("Interview 1 [28,34)"));
    CHECK(f.run(s("tree \"Barrier\" and not speaker \"Ann\"")) ==
          s("Captions [0,3); Interview 1 [21,34)"));
    CHECK(f.run(s("code \"Outcome\" or code \"Barrier\" and speaker \"Bob\"")) ==
          s("Captions [4,7) [14,18); Interview 1 [28,34) [39,46); Notes [0,5)"));
    CHECK(f.run(s("(code \"Outcome\" or code \"Barrier\") and speaker \"Bob\"")) ==
          s("Interview 1 [28,34)"));
    // Left to right: (all - Ann) ∩ Ann is empty; all - (Ann ∩ Ann) would not be.
    CHECK(f.run(s("all and not speaker \"Ann\" and speaker \"Ann\"")).isEmpty());
    CHECK(f.run(s(
              "all and not (speaker \"Ann\" and speaker \"Ann\") and document \"Interview 1\"")) ==
          s("Interview 1 [15,51)"));
    // Context operators bind tighter than and, and group left to right.
    CHECK(f.run(s("all and not code \"Outcome\" near 1 tree \"Barrier\" and case \"North\"")) ==
          s("Interview 1 [0,39) [46,51)"));
    CHECK(f.run(s("all near 0 code \"Outcome\" in turn speaker \"Ann\"")) ==
          s("Interview 1 [0,51)"));
    CHECK(f.run(s("all near 0 (code \"Outcome\" in turn speaker \"Ann\")")).isEmpty());
}

TEST_CASE("query project: near counts the words between runs") {
    Fixture f;
    // [34,39) "\n\nno " holds one word.
    CHECK(f.run(s("code \"Outcome\" near 0 tree \"Barrier\"")) == s("Captions [4,7)"));
    CHECK(f.run(s("code \"Outcome\" near 1 tree \"Barrier\"")) ==
          s("Captions [4,7); Interview 1 [39,46)"));
    // [15,21) "\nBob: " holds one word; [34,39) one; [15,39) four (the emoji is none).
    CHECK(f.run(s("tree \"Barrier\" near 1 code \"Outcome\"")) ==
          s("Captions [0,3); Interview 1 [21,34)"));
    CHECK(f.run(s("code \"Barrier\" near 0 code \"Barrier/Funding\"")) == s("Interview 1 [28,34)"));
    CHECK(f.run(s("code \"Barrier\" near 1 code \"Barrier/Funding\"")) ==
          s("Interview 1 [5,15) [28,34)"));
    CHECK(f.run(s("code \"Barrier\" by \"Ben\" near 3 code \"Outcome\"")).isEmpty());
    CHECK(f.run(s("code \"Barrier\" by \"Ben\" near 4 code \"Outcome\"")) ==
          s("Interview 1 [8,15)"));
}

TEST_CASE("query project: in turn and in paragraph, with and without speakers") {
    Fixture f;
    CHECK(f.run(s("code \"Barrier\" in turn code \"Barrier/Funding\"")) ==
          s("Interview 1 [28,34)"));
    // Captions' turns have no speaker and still are turns; Notes has none at all.
    CHECK(f.run(s("code \"Barrier\" in turn code \"Outcome\"")) == s("Captions [0,3)"));
    CHECK(f.run(s("code \"Outcome\" in turn all")) == s("Captions [4,7) [14,18)"));
    CHECK(f.run(s("code \"Outcome\" in paragraph all")) ==
          s("Captions [4,7) [14,18); Interview 1 [39,46); Notes [0,5)"));
    CHECK(f.run(s("code \"Barrier\" in paragraph code \"Outcome\"")) == s("Captions [0,3)"));
    CHECK(f.run(s("speaker \"Ann\" in turn speaker \"Bob\"")).isEmpty());
}

TEST_CASE("query project: units widen runs to their turn, paragraph or document") {
    Fixture f;
    CHECK(f.run(s("code \"Barrier\""), Unit::Turn) ==
          s("Captions [0,7); Interview 1 [0,15) [16,34)"));
    // Notes has no turns: its run stays as it is.
    CHECK(f.run(s("code \"Outcome\""), Unit::Turn) ==
          s("Captions [0,7) [8,18); Interview 1 [39,46); Notes [0,5)"));
    CHECK(f.run(s("code \"Outcome\""), Unit::Paragraph) ==
          s("Captions [0,7) [8,18); Interview 1 [36,51); Notes [0,15)"));
    CHECK(f.run(s("code \"Barrier/Funding\""), Unit::Document) == s("Interview 1 [0,51)"));
}

TEST_CASE("query project: counts of runs, documents, cases and code points") {
    Fixture f;
    Result<QueryResult> r = runQuery(f.project->storage(), s("tree \"Barrier\""));
    REQUIRE(r.ok());
    const Counts c = r->counts();
    CHECK(c.runs == 3);
    CHECK(c.documents == 2);
    CHECK(c.cases == 1);                // Captions is in no case
    CHECK(c.characters == 10 + 13 + 3); // the emoji counts once
}

TEST_CASE("query project: an unknown name is named in the error") {
    Fixture f;
    CHECK(f.run(s("code \"Nope\"")) == s("error: column 1: unknown code \"Nope\""));
    CHECK(f.run(s("all or tree \"Barrier/Nope\"")) ==
          s("error: column 8: unknown code \"Barrier/Nope\""));
    CHECK(f.run(s("code \"Barrier\" by \"Zoe\"")) == s("error: column 1: unknown coder \"Zoe\""));
    CHECK(f.run(s("speaker \"Zed\"")) == s("error: column 1: unknown speaker \"Zed\""));
    CHECK(f.run(s("document \"Nothing\"")) == s("error: column 1: unknown document \"Nothing\""));
    CHECK(f.run(s("case \"East\"")) == s("error: column 1: unknown case \"East\""));
    CHECK(f.run(s("attribute \"size\" = \"big\"")) ==
          s("error: column 1: unknown attribute \"size\""));
    // Syntax comes first, before any name is looked up.
    CHECK(f.run(s("code \"Nope\" and")) ==
          s("error: column 16: expected code, tree, speaker, document, case, attribute, all or "
            "\"(\", found the end of the query"));
}

TEST_CASE("query project: coding a result is one undoable step") {
    Fixture f;
    const qint64 before = f.project->storage().stats().codings;
    const int steps = f.project->undoStack()->count();
    Result<CodeReport> r = f.project->editFor<CodeReport>(s("Code query"), [](Editor& e) {
        return codeQuery(e, s("code \"Barrier\" in turn speaker \"Bob\" or code \"Outcome\""),
                         Unit::Run, s("Found/Here"), s("Zoe"));
    });
    REQUIRE(r.ok());
    CHECK(r->added == 5); // Interview [28,34) [39,46); Notes [0,5); Captions [4,7) [14,18)
    CHECK(r->already == 0);
    CHECK(r->codeCreated);
    CHECK(f.run(s("code \"Found/Here\" by \"Zoe\"")) ==
          s("Captions [4,7) [14,18); Interview 1 [28,34) [39,46); Notes [0,5)"));
    CHECK(f.project->undoStack()->count() == steps + 1);
    f.project->undoStack()->undo();
    CHECK(f.project->storage().stats().codings == before);
    CHECK(f.run(s("code \"Found\"")) == s("error: column 1: unknown code \"Found\""));
    CHECK(f.run(s("all and code \"Barrier\" by \"Zoe\"")) ==
          s("error: column 9: unknown coder \"Zoe\""));
}

TEST_CASE("query project: saved queries are project_info rows, each change one undoable step") {
    const QString kind = GENERATE(QStringLiteral("sqlite"), QStringLiteral("postgres"));
    test::Backend b;
    if (!test::prepare(b, kind))
        return;
    Fixture f;
    if (kind == QLatin1String("postgres")) {
        const QString path = f.project->path();
        f.project.reset();
        REQUIRE(publishProject(path, b.location).ok());
        auto opened = Project::open(b.location);
        REQUIRE(opened.ok());
        f.project = opened.take();
    }
    auto save = [&](const QString& name, const QString& text) {
        return f.project->edit(s("Save query"),
                               [&](Editor& e) { return saveQuery(e, name, text); });
    };
    auto names = [&] {
        QStringList out;
        for (const SavedQuery& q : savedQueries(f.project->storage()).value())
            out << q.name + s("=") + q.query;
        return out.join(s("; "));
    };
    const int steps = f.project->undoStack()->count();
    REQUIRE(save(s("near"), s("tree \"Barrier\" near 1 code \"Outcome\"")).ok());
    REQUIRE(save(s("bob"), s("speaker \"Bob\"")).ok());
    CHECK(names() == s("bob=speaker \"Bob\"; near=tree \"Barrier\" near 1 code \"Outcome\""));
    // Replacing keeps one row; a bad query or an unknown name changes nothing.
    REQUIRE(save(s("bob"), s("speaker \"Ann\"")).ok());
    CHECK(save(s("bob"), s("speaker \"Zed\"")).error() == s("column 1: unknown speaker \"Zed\""));
    CHECK(save(s("x"), s("code")).error().startsWith(s("column 5: expected a quoted name")));
    CHECK(names() == s("bob=speaker \"Ann\"; near=tree \"Barrier\" near 1 code \"Outcome\""));
    CHECK(savedQuery(f.project->storage(), s("bob")).value() == s("speaker \"Ann\""));
    CHECK(savedQuery(f.project->storage(), s("nope")).error() == s("no saved query \"nope\""));
    CHECK(f.project->undoStack()->count() == steps + 3);
    f.project->undoStack()->undo(); // the replacement
    CHECK(savedQuery(f.project->storage(), s("bob")).value() == s("speaker \"Bob\""));
    const Status gone =
        f.project->edit(s("Delete query"), [](Editor& e) { return deleteQuery(e, s("near")); });
    REQUIRE(gone.ok());
    CHECK(names() == s("bob=speaker \"Bob\""));
    CHECK(f.project->edit(s("Delete query"), [](Editor& e) { return deleteQuery(e, s("near")); })
              .error() == s("no saved query \"near\""));
    f.project->undoStack()->undo(); // the delete
    f.project->undoStack()->undo(); // the second save
    CHECK(names() == s("near=tree \"Barrier\" near 1 code \"Outcome\""));
    f.project->undoStack()->redo();
    CHECK(names() == s("bob=speaker \"Bob\"; near=tree \"Barrier\" near 1 code \"Outcome\""));
    // The project's own rows stay.
    CHECK(!f.project->storage().projectValue(s("uuid")).isEmpty());
}

TEST_CASE("query project: a server answers as the file does") {
    const QString kind = GENERATE(QStringLiteral("sqlite"), QStringLiteral("postgres"));
    test::Backend b;
    if (!test::prepare(b, kind))
        return;
    Fixture f;
    const QStringList queries = {
        s("tree \"Barrier\" near 1 code \"Outcome\""),
        s("code \"Barrier\" in turn speaker \"Bob\" or code \"Outcome\" in paragraph all"),
        s("attribute \"region\" = \"coastal\" and not speaker \"Ann\""), s("speaker \"Zed\"")};
    QStringList answers;
    for (const QString& q : queries)
        answers << f.run(q);
    Result<QueryResult> r = runQuery(f.project->storage(), s("all"));
    REQUIRE(r.ok());
    const QByteArray csv = resultCsv(*r);
    if (kind == QLatin1String("postgres")) {
        const QString path = f.project->path();
        f.project.reset();
        REQUIRE(publishProject(path, b.location).ok());
        auto opened = Project::open(b.location);
        REQUIRE(opened.ok());
        f.project = opened.take();
    }
    for (qsizetype i = 0; i < queries.size(); ++i)
        CHECK(f.run(queries[i]) == answers[i]);
    Result<QueryResult> again = runQuery(f.project->storage(), s("all"));
    REQUIRE(again.ok());
    CHECK(resultCsv(*again) == csv); // texts, cases and speakers as on the file
}
