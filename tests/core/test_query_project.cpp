// SPDX-License-Identifier: GPL-3.0-or-later
// Coding queries on a real project file: every operand and operator against results worked
// out by hand, overlapping and adjacent codings, turns with and without speakers, a document
// without turns, emoji, and every name a query may get wrong.
#include "core/query/querycode.h"
#include "core/query/queryevaluator.h"
#include "core/query/queryoutput.h"
#include "core/query/savedqueries.h"
#include "core/team/publish.h"
#include "tests/core/queryfixture.h"
#include "tests/support/catchqt.h"
#include "tests/support/teambackend.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using namespace situate::query;
using test::s;

TEST_CASE("query project: codes, trees and coders, with overlapping and adjacent codings") {
    test::QueryFixture f;
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
    test::QueryFixture f;
    CHECK(f.run(s("speaker \"Bob\"")) == s("Interview 1 [16,34)"));
    CHECK(f.run(s("document \"Notes\"")) == s("Notes [0,15)"));
    CHECK(f.run(s("case \"North\"")) == s("Interview 1 [0,51)"));
    CHECK(f.run(s("attribute \"region\" = \"coastal\"")) == s("Interview 1 [0,51)"));
    CHECK(f.run(s("attribute \"language\" = \"en\"")) == s("Notes [0,15)"));
    CHECK(f.run(s("attribute \"language\" = \"fr\"")).isEmpty());
    CHECK(f.run(s("all")) == s("Captions [0,18); Interview 1 [0,51); Notes [0,15)"));
}

TEST_CASE("query project: and, and not, or, precedence and parentheses") {
    test::QueryFixture f;
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
    test::QueryFixture f;
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
    test::QueryFixture f;
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
    test::QueryFixture f;
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
    test::QueryFixture f;
    Result<QueryResult> r = runQuery(f.project->storage(), s("tree \"Barrier\""));
    REQUIRE(r.ok());
    const Counts c = r->counts();
    CHECK(c.runs == 3);
    CHECK(c.documents == 2);
    CHECK(c.cases == 1);                // Captions is in no case
    CHECK(c.characters == 10 + 13 + 3); // the emoji counts once
}

TEST_CASE("query project: the JSON is written as QJsonDocument writes it, byte for byte") {
    test::QueryFixture f;
    // A name and a text with everything a JSON string escapes or keeps as it is.
    REQUIRE(f.project
                ->edit(s("add"),
                       [&](Editor& e) -> Status {
                           return Status::from(addDocument(
                               e, test::textDocument(s("Odd \"name\" \\ caf\u00e9 \U0001F600"),
                                                     s("quote \" back \\ tab\t bell\x01 del\x7f "
                                                       "sep\u2028 e\u0301 \U0001F600 end\n"
                                                       "second line"),
                                                     {})));
                       })
                .ok());
    const QStringList queries = {s("all"), s("code \"Barrier\" or code \"Outcome\""),
                                 s("all and not all"),
                                 s("tree \"Barrier\" near 1 code \"Outcome\""),
                                 s("document \"Odd \\\"name\\\" \\\\ caf\u00e9 \U0001F600\"")};
    for (const QString& q : queries)
        for (const Unit unit : {Unit::Run, Unit::Turn, Unit::Paragraph, Unit::Document}) {
            Result<QueryResult> r = runQuery(f.project->storage(), q, unit);
            REQUIRE(r.ok());
            const QByteArray expected =
                QJsonDocument(resultJson(*r)).toJson(QJsonDocument::Indented);
            CHECK(resultJsonText(*r) == expected);
            // The same bytes from the runs' texts the evaluation kept.
            Result<QueryResult> kept = runQuery(f.project->storage(), q, unit, Needs::Texts);
            REQUIRE(kept.ok());
            CHECK(resultJsonText(*kept) == expected);
            CHECK(resultCsv(*kept) == resultCsv(*r));
        }
    Result<QueryResult> odd = runQuery(f.project->storage(), queries.last());
    REQUIRE(odd.ok());
    CHECK(odd->counts().runs == 1); // the document's name parsed, its text written above
}

TEST_CASE("query project: the JSON streamed a megabyte at a time is the same bytes") {
    test::QueryFixture f;
    // Six documents of 400,000 characters: 2.4 MB of run text for `all`.
    REQUIRE(f.project
                ->edit(s("add"),
                       [&](Editor& e) -> Status {
                           for (int i = 0; i < 6; ++i) {
                               const QString text = s("line %1 with \"quotes\" and caf\u00e9\n")
                                                        .arg(i)
                                                        .repeated(400000 / 32);
                               if (Status st = Status::from(addDocument(
                                       e, test::textDocument(s("Long %1").arg(i), text, {})));
                                   !st)
                                   return st;
                           }
                           return {};
                       })
                .ok());
    for (const QString& q : {s("all"), s("document \"Long 3\" or code \"Barrier\"")}) {
        Result<QueryResult> r = runQuery(f.project->storage(), q, Unit::Run, Needs::Texts);
        REQUIRE(r.ok());
        QByteArrayList pieces;
        writeResultJson(*r, [&](const QByteArray& piece) { pieces << piece; });
        CHECK(pieces.join() == QJsonDocument(resultJson(*r)).toJson(QJsonDocument::Indented));
        CHECK(pieces.join() == resultJsonText(*r));
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
            CHECK(pieces[i].size() >= (1 << 20));
        if (q == s("all"))
            CHECK(pieces.size() >= 3);
    }
}

TEST_CASE("query project: a result written with its texts reads each text once") {
    test::QueryFixture f;
    // Outcome and Barrier meet in Captions and Interview 1: near reads those two texts (Notes
    // has no Barrier), and a result that needs its texts keeps its runs' text from them.
    const QString near = s("code \"Outcome\" near 1 tree \"Barrier\"");
    Result<QueryResult> r = runQuery(f.project->storage(), near, Unit::Run, Needs::Texts);
    REQUIRE(r.ok());
    CHECK(r->data->textsRead() == 2);
    CHECK(resultJsonText(*r).contains("\"text\": \"two\""));
    const QVector<RunRow> rows = runRows(*r);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].text == s("two"));
    CHECK(rows[1].text == s("speaker"));
    CHECK(r->data->textsRead() == 2);
    // Without Needs::Texts, writing it reads them again.
    Result<QueryResult> runs = runQuery(f.project->storage(), near);
    REQUIRE(runs.ok());
    CHECK(resultJsonText(*runs) == resultJsonText(*r));
    CHECK(runs->data->textsRead() == 4);
    // Operators over one document are evaluated together: a second near reads nothing more,
    // nor do paragraphs (the unit) read it again.
    Result<QueryResult> twice =
        runQuery(f.project->storage(), s("(code \"Outcome\" near 1 tree \"Barrier\") near 5 all"),
                 Unit::Paragraph, Needs::Texts);
    REQUIRE(twice.ok());
    CHECK(resultCsv(*twice).contains("no speaker here"));
    CHECK(twice->data->textsRead() == 2);
    // A document whose text no operator read is read for the output, once.
    Result<QueryResult> plain =
        runQuery(f.project->storage(), s("code \"Outcome\""), Unit::Run, Needs::Texts);
    REQUIRE(plain.ok());
    CHECK(plain->data->textsRead() == 0);
    CHECK(runRows(*plain).size() == 4);
    CHECK(plain->data->textsRead() == 3);
}

TEST_CASE("query project: an unknown name is named in the error") {
    test::QueryFixture f;
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
    test::QueryFixture f;
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
    test::QueryFixture f;
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
    test::QueryFixture f;
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
