// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codetree.h"
#include "core/commands/commands.h"
#include "core/io/csv.h"
#include "core/io/projectcsv.h"
#include "core/project.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

TEST_CASE("CSV parsing follows RFC 4180") {
    const QByteArray bytes = "\xEF\xBB\xBFpath,definition\r\n"
                             "A/B,\"has, a comma\"\r\n"
                             "C,\"two\nlines and \"\"quotes\"\"\"\n"
                             "\"D\",\n"
                             "E,last without newline";
    auto t = csv::parse(bytes, QStringLiteral("x.csv"));
    REQUIRE(t.ok());
    CHECK(t->header == QStringList{QStringLiteral("path"), QStringLiteral("definition")});
    REQUIRE(t->rows.size() == 4);
    CHECK(t->rows[0][1] == QStringLiteral("has, a comma"));
    CHECK(t->rows[1][1] == QStringLiteral("two\nlines and \"quotes\""));
    CHECK(t->rows[2] == QStringList{QStringLiteral("D"), QString()});
    CHECK(t->cell(3, t->column(QStringLiteral("DEFINITION"))) ==
          QStringLiteral("last without newline"));
    CHECK(t->cell(3, 7).isEmpty());
}

TEST_CASE("CSV parsing refuses what it cannot read") {
    CHECK_FALSE(csv::parse("a,b\n\"open,1\n", QStringLiteral("x.csv")).ok());
    CHECK_FALSE(csv::parse(QByteArray("a,b\n\xff\xfe\x00", 7), QStringLiteral("x.csv")).ok());
    auto empty = csv::parse("", QStringLiteral("empty.csv"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("empty.csv")));
}

TEST_CASE("CSV writing quotes what needs it, ends records with CRLF and can guard formulas") {
    csv::Writer plain;
    plain.writeRow({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                    QStringLiteral("x\ny"), QStringLiteral("=1+1")});
    CHECK(plain.data() == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",=1+1\r\n");

    csv::Writer guarded(true);
    guarded.writeRow({QStringLiteral("=SUM(A1)"), QStringLiteral("+1"), QStringLiteral("-2"),
                      QStringLiteral("@x"), QStringLiteral("\tt"), QStringLiteral("ok = fine")});
    CHECK(guarded.data() == "'=SUM(A1),'+1,'-2,'@x,'\tt,ok = fine\r\n");

    // What is written parses back to the same cells.
    auto back = csv::parse("h1,h2,h3,h4,h5\r\n" + plain.data(), QStringLiteral("x.csv"));
    REQUIRE(back.ok());
    CHECK(back->rows[0][3] == QStringLiteral("x\ny"));
}

TEST_CASE("Codebook sheets import with parents, ToC elements and question links, and export back") {
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(p.ok());
    const QByteArray sheet =
        "path,colour,definition,inclusion,exclusion,example,toc_element,research_questions\n"
        "Mechanisms/Peer learning,#3366cc,\"Learning from peers, in meetings\",Any peer "
        "exchange,Formal training,\"\"\"I learnt from Zoë\"\"\",mechanism,RQ1;RQ2\n"
        "Outcomes,,,,,,outcomes,\n"
        "Outcomes/Practice change,#aa0000,Changed practice,,,,outcome,RQ2\n";
    auto table = csv::parse(sheet, QStringLiteral("codebook.csv"));
    REQUIRE(table.ok());
    CodebookImportReport report;
    Status st = (*p)->edit(QStringLiteral("Import codebook"), [&](Editor& e) -> Status {
        auto r = importCodebook(e, *table, QStringLiteral("codebook.csv"));
        if (r)
            report = *r;
        return Status::from(r);
    });
    REQUIRE(st.ok());
    CHECK(report.codesCreated == 4); // Mechanisms is created as a parent
    CHECK(report.questionsCreated == 2);
    const Storage& s = (*p)->storage();
    const CodeTree tree(s.codes());
    const auto peer = tree.idByPath(QStringLiteral("Mechanisms/Peer learning"));
    REQUIRE(peer);
    const Code* c = tree.find(*peer);
    CHECK(c->colour == QStringLiteral("#3366cc"));
    CHECK(c->definition == QStringLiteral("Learning from peers, in meetings"));
    CHECK(c->example == QString::fromUtf8("\"I learnt from Zoë\""));
    CHECK(c->toc == TocElement::Mechanism);
    CHECK(tree.find(*tree.idByPath(QStringLiteral("Outcomes")))->toc == TocElement::Outcome);
    CHECK(s.codeQuestionLinks().value(*peer).size() == 2);

    // Export, then import into a fresh project: the same codebook.
    const QByteArray exported = exportCodebook(s);
    auto p2 = Project::create(dir.filePath(QStringLiteral("p2.situate")));
    REQUIRE(p2.ok());
    auto t2 = csv::parse(exported, QStringLiteral("export.csv"));
    REQUIRE(t2.ok());
    REQUIRE((*p2)
                ->edit(QStringLiteral("x"),
                       [&](Editor& e) {
                           return Status::from(
                               importCodebook(e, *t2, QStringLiteral("export.csv")));
                       })
                .ok());
    CHECK(exportCodebook((*p2)->storage()) == exported);

    SECTION("a bad ToC element names the row and changes nothing") {
        auto bad = csv::parse("path,toc_element\nNew code,feelings\n", QStringLiteral("bad.csv"));
        REQUIRE(bad.ok());
        Status b = (*p)->edit(QStringLiteral("x"), [&](Editor& e) {
            return Status::from(importCodebook(e, *bad, QStringLiteral("bad.csv")));
        });
        REQUIRE_FALSE(b.ok());
        CHECK(b.error().contains(QStringLiteral("bad.csv row 2")));
        CHECK_FALSE(CodeTree(s.codes()).idByPath(QStringLiteral("New code")));
    }
}

TEST_CASE("Codings sheets import with validation and export in the same columns") {
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(p.ok());
    REQUIRE((*p)->edit(QStringLiteral("x"),
                       [&](Editor& e) {
                           NewDocument d;
                           d.name = QStringLiteral("interview");
                           d.text = QString::fromUtf8("P1: 😀 we met monthly.");
                           return Status::from(addDocument(e, d));
                       })
                .ok());
    const QByteArray sheet = "document,coder,code,start,end,memo\n"
                             "interview,Aisha,Activities/Meetings,6,21,\"rhythm, monthly\"\n"
                             "interview,Ben,Activities/Meetings,4,5,\n"
                             "interview,Ben,Activities/Meetings,4,5,\n";
    auto t = csv::parse(sheet, QStringLiteral("codings.csv"));
    REQUIRE(t.ok());

    SECTION("missing codes are refused unless asked to create them") {
        Status s = (*p)->edit(QStringLiteral("x"), [&](Editor& e) {
            return Status::from(importCodings(e, *t, false, QStringLiteral("codings.csv")));
        });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("--create-codes")));
        CHECK((*p)->storage().stats().codings == 0);
    }
    SECTION("imported, then exported identically apart from the duplicate") {
        CodingsImportReport report;
        REQUIRE((*p)->edit(QStringLiteral("x"),
                           [&](Editor& e) -> Status {
                               auto r = importCodings(e, *t, true, QStringLiteral("codings.csv"));
                               if (r)
                                   report = *r;
                               return Status::from(r);
                           })
                    .ok());
        CHECK(report.codings == 2);
        CHECK(report.duplicatesSkipped == 1);
        CHECK(report.codersCreated == 2);
        CHECK(report.codesCreated == 2);
        const QByteArray out = exportCodings((*p)->storage());
        CHECK(out == "document,coder,code,start,end,memo\r\n"
                     "interview,Ben,Activities/Meetings,4,5,\r\n"
                     "interview,Aisha,Activities/Meetings,6,21,\"rhythm, monthly\"\r\n");
    }
    SECTION("ranges outside the document name the row") {
        auto bad = csv::parse("document,coder,code,start,end\ninterview,A,X,5,23\n",
                              QStringLiteral("bad.csv"));
        REQUIRE(bad.ok());
        Status s = (*p)->edit(QStringLiteral("x"), [&](Editor& e) {
            return Status::from(importCodings(e, *bad, true, QStringLiteral("bad.csv")));
        });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("bad.csv row 2")));
        CHECK(s.error().contains(QStringLiteral("0-21")));
    }
}
