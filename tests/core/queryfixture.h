// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small project for coding-query tests, each result worked out by hand from the layout
// written below.
#include "core/commands/commands.h"
#include "core/project.h"
#include "core/query/queryevaluator.h"
#include "tests/support/catchqt.h"
#include "tests/support/testrows.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace situate::test {

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
struct QueryFixture {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;

    QueryFixture() {
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
    QString run(const QString& query, query::Unit unit = query::Unit::Run) const {
        return written(query::runQuery(project->storage(), query, unit));
    }

    /// A result written as run() writes it.
    static QString written(const Result<query::QueryResult>& r) {
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

} // namespace situate::test
