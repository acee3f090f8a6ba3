// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/extractlisting.h"
#include "core/generate/generator.h"
#include "core/project.h"
#include "core/team/publish.h"
#include "tests/support/teambackend.h"
#include "tests/support/testrows.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

// Every field of an extract, so two lists compare in one CHECK with a readable difference.
QString fields(const Extract& x) {
    return QStringList{QString::number(x.codingId),
                       x.uuid,
                       QString::number(x.documentId),
                       x.document,
                       x.cases.join(QLatin1Char(';')),
                       QString::number(x.codeId),
                       x.codePath,
                       x.researchQuestions.join(QLatin1Char(',')),
                       QString::number(x.coderId),
                       x.coder,
                       QString::number(x.start),
                       QString::number(x.end),
                       x.text,
                       x.before,
                       x.after,
                       x.memo,
                       x.created,
                       x.attributeValues.join(QLatin1Char('|'))}
        .join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("extract pages: pages laid end to end are the whole list, in order") {
    const QString kind = GENERATE(QStringLiteral("sqlite"), QStringLiteral("postgres"));
    test::Backend b;
    if (!test::prepare(b, kind))
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.situate"));
    REQUIRE(
        generateProject(path, {.documents = 8, .words = 600, .codes = 20, .codings = 700}).ok());
    auto opened = Project::open(path);
    REQUIRE(opened.ok());
    std::unique_ptr<Project> project = opened.take();

    // Beyond ASCII: the engine cuts texts by code points, as OffsetMap does.
    const qint64 firstCode = project->storage().codes().value().first().id;
    const QString text = QStringLiteral(
        "Nurse: 👩‍⚕️ said «ça va» 👍🏽 then left. Über 日本語 ok");
    REQUIRE(
        project
            ->edit(QStringLiteral("add"),
                   [&](Editor& e) -> Status {
                       auto doc = addDocument(e, test::textDocument(QStringLiteral("zz"), text));
                       if (!doc)
                           return Status::from(doc);
                       for (auto [start, end] : {std::pair{0, 9}, {7, 30}, {28, 44}, {40, 48}})
                           if (auto c = test::addCodingAs(e, QStringLiteral("Ana"), *doc, firstCode,
                                                          start, end, QStringLiteral("m"));
                               !c)
                               return Status::from(c);
                       return {};
                   })
            .ok());
    if (kind == QLatin1String("postgres")) {
        project.reset();
        REQUIRE(publishProject(path, b.location).ok());
        opened = Project::open(b.location);
        REQUIRE(opened.ok());
        project = opened.take();
    }
    const Storage& s = project->storage();
    const qint64 code = s.codes().value().first().id;

    ExtractQuery all;
    ExtractQuery oneCode;
    oneCode.codeIds = {code};
    oneCode.descendants = true;
    ExtractQuery byCoder;
    byCoder.filter.coderIds = {s.coders().value().first().id};
    for (ExtractQuery query : {all, oneCode, byCoder}) {
        for (int context : {0, 60}) {
            query.contextLength = context;
            const auto whole = extracts(s, query);
            REQUIRE(whole.ok());
            const auto listing = ExtractListing::read(s, query);
            REQUIRE(listing.ok());
            REQUIRE(listing->size() == whole->size());
            REQUIRE(listing->size() > 0);
            QStringList paged;
            for (qsizetype first = 0; first < listing->size(); first += 97) {
                const auto page = extractPage(s, *listing, first, 97);
                REQUIRE(page.ok());
                for (const Extract& x : *page)
                    paged << fields(x);
            }
            QStringList expected;
            for (const Extract& x : *whole)
                expected << fields(x);
            CHECK(paged == expected);
            CHECK(extractPage(s, *listing, listing->size(), 10)->isEmpty());

            // A head of three documents is the list's first rows, and says it is a head.
            const auto head = ExtractListing::readHead(s, query, 3);
            REQUIRE(head.ok());
            CHECK_FALSE(head->isWhole());
            REQUIRE(head->size() < listing->size());
            for (qsizetype r = 0; r < head->size(); ++r)
                REQUIRE(head->codingId(r) == listing->codingId(r));
            const auto headPage = extractPage(s, *head, 0, 97);
            REQUIRE(headPage.ok());
            for (qsizetype i = 0; i < headPage->size(); ++i)
                CHECK(fields(headPage->at(i)) == expected[i]);
            CHECK(ExtractListing::readHead(s, query, 9)->isWhole()); // 9 documents in all
        }
    }
    CHECK(ExtractListing::read(s, oneCode)->size() < ExtractListing::read(s, all)->size());
}
