// SPDX-License-Identifier: GPL-3.0-or-later
// The disagreement places of a whole project, found from the span columns: the same places,
// in the agreement table's order, as listing each document's Disagreement rows; the same from
// computeAgreement as read afresh; back to full disagreements; and a hash that follows the
// compared codings only.
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/disagreementplaces.h"
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/generate/generator.h"
#include "core/project.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

TEST_CASE("agreement places: the same as the disagreements listed per document, in the "
          "table's order, from computeAgreement and read afresh") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.situate"));
    const GenerateOptions o{.documents = 8,
                            .words = 2000,
                            .codes = 10,
                            .codings = 4000,
                            .coders = 2,
                            .seed = 1,
                            .txtDir = {},
                            .docxDir = {}};
    REQUIRE(generateProject(path, o).ok());
    auto project = Project::open(path).take();
    const Storage& s = project->storage();
    AgreementRequest r;
    r.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
    DisagreementPlaces computed;
    const AgreementResult result = computeAgreement(s, r, &computed).value();
    const DisagreementPlaces read = listDisagreementPlaces(s, result).value();
    CHECK(read.places == computed.places);
    CHECK(read.codingsHash == computed.codingsHash);

    // Every Disagreement of the two coders, in documents then codes as the table lists them.
    const qint64 aisha = *s.coderIdByName(QStringLiteral("Aisha"));
    const qint64 ben = *s.coderIdByName(QStringLiteral("Ben"));
    const CodeTree tree = CodeTree::read(s).value();
    QVector<qint64> docs, codes;
    for (const QString& name : result.documents)
        docs << *s.documentIdByName(name);
    for (const QString& p : result.codes)
        codes << *tree.idByPath(p);
    QVector<Disagreement> expected = listAllDisagreements(s, aisha, ben).value();
    std::stable_sort(
        expected.begin(), expected.end(), [&](const Disagreement& a, const Disagreement& b) {
            const auto ka =
                std::make_tuple(docs.indexOf(a.documentId), codes.indexOf(a.codeId), a.span.start);
            const auto kb =
                std::make_tuple(docs.indexOf(b.documentId), codes.indexOf(b.codeId), b.span.start);
            return ka < kb;
        });
    REQUIRE(computed.places.size() == expected.size());
    REQUIRE(expected.size() > 100);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const DisagreementPlace& p = computed.places[i];
        const Disagreement& d = expected[i];
        INFO("place " << i);
        REQUIRE(p.documentId == d.documentId);
        REQUIRE(p.codeId == d.codeId);
        REQUIRE(p.span == d.span);
        REQUIRE(p.kind == d.kind);
        REQUIRE(p.characters == d.characters);
    }

    // Back to full disagreements, with their codings.
    const QVector<Disagreement> full = disagreementsAt(s, computed.places, aisha, ben).value();
    REQUIRE(full.size() == expected.size());
    const auto ids = [](const QVector<Coding>& codings) {
        QVector<qint64> out;
        for (const Coding& c : codings)
            out << c.id;
        return out;
    };
    CHECK(ids(full.last().first) == ids(expected.last().first));
    CHECK(ids(full.last().second) == ids(expected.last().second));
    const Disagreement one = disagreementAt(s, computed.places[7], aisha, ben).value();
    CHECK(one.span == expected[7].span);
    CHECK(ids(one.first) == ids(expected[7].first));

    // A third coder's coding leaves the hash; one of a compared coder's changes it.
    const auto add = [&](const QString& coder) {
        REQUIRE(project
                    ->edit(QStringLiteral("add"),
                           [&](Editor& e) -> Status {
                               Coding c;
                               c.documentId = docs.first();
                               c.codeId = codes.first();
                               c.coderId = ensureCoder(e, coder).value();
                               c.start = 0;
                               c.end = 3;
                               return Status::from(addCoding(e, c));
                           })
                    .ok());
    };
    add(QStringLiteral("Consensus"));
    CHECK(listDisagreementPlaces(s, result).value().codingsHash == computed.codingsHash);
    add(QStringLiteral("Ben"));
    CHECK(listDisagreementPlaces(s, result).value().codingsHash != computed.codingsHash);
    // A place whose codings changed is no longer found.
    const DisagreementPlace gone{docs.first(), codes.first(), {0, 1}, {}, {}};
    CHECK(disagreementAt(s, gone, aisha, ben).kind() == ErrorKind::NotFound);
}
