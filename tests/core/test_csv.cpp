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

TEST_CASE("CSV parsing reads what spreadsheets save in any locale: separator and encoding") {
    const auto rows = [](const QByteArray& bytes) {
        auto t = csv::parse(bytes, QStringLiteral("x.csv"));
        REQUIRE(t.ok());
        QVector<QStringList> all{t->header};
        all += t->rows;
        return all;
    };
    const QVector<QStringList> expected{
        {QStringLiteral("path"), QStringLiteral("definition")},
        {QStringLiteral("Größe"), QStringLiteral("Kosten über 5 000 €, \u201Eneu\u201C")}};
    // Excel in a French, German or Dutch locale: semicolons, a comma inside a field unquoted.
    CHECK(rows("path;definition\r\nGröße;Kosten über 5 000 €, \u201Eneu\u201C\r\n") == expected);
    // The same with a UTF-8 BOM, and with the comma-holding header quoted.
    CHECK(rows("\xEF\xBB\xBF\"path\";\"definition\"\nGröße;\"Kosten über 5 000 €, "
               "\u201Eneu\u201C\"\n") == expected);
    // Plain "CSV" on Windows: Windows-1252 (€ is 0x80, the quotes 0x84 and 0x93), not UTF-8.
    CHECK(rows("path;definition\r\nGr\xF6\xDF"
               "e;Kosten \xFC"
               "ber 5 000 \x80, \x84neu\x93\r\n") == expected);
    // Excel's "Unicode text": UTF-16 with a BOM, tabs between fields, in either byte order.
    const QString tabbed = QStringLiteral("path\tdefinition\r\nGröße\tKosten über 5 000 €, "
                                          "\u201Eneu\u201C\r\n");
    QByteArray le("\xFF\xFE"), be("\xFE\xFF");
    for (const QChar ch : tabbed) {
        const char lo = char(ch.unicode() & 0xff), hi = char(ch.unicode() >> 8);
        le.append(lo).append(hi);
        be.append(hi).append(lo);
    }
    CHECK(rows(le) == expected);
    CHECK(rows(be) == expected);
    // The separator is the header's: a comma sheet whose cells hold semicolons stays comma.
    CHECK(rows("path,definition\nA;B,\"x; y\"\n") ==
          QVector<QStringList>{{QStringLiteral("path"), QStringLiteral("definition")},
                               {QStringLiteral("A;B"), QStringLiteral("x; y")}});
}

TEST_CASE("CSV parsing refuses what it cannot read") {
    CHECK_FALSE(csv::parse("a,b\n\"open,1\n", QStringLiteral("x.csv")).ok());
    CHECK_FALSE(csv::parse(QByteArray("a,b\n\xff\xfe\x00", 7), QStringLiteral("x.csv")).ok());
    auto empty = csv::parse("", QStringLiteral("empty.csv"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("empty.csv")));
}

TEST_CASE("CSV writing quotes what needs it, ends records with CRLF and always guards formulas") {
    csv::Writer plain;
    plain.writeRow({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                    QStringLiteral("x\ny"), QStringLiteral("1+1")});
    CHECK(plain.data() == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",1+1\r\n");

    csv::Writer guarded;
    guarded.writeRow({QStringLiteral("=SUM(A1)"), QStringLiteral("+1"), QStringLiteral("-2"),
                      QStringLiteral("@x"), QStringLiteral("\tt"), QStringLiteral("ok = fine"),
                      QStringLiteral("'quoted"), QString::fromUtf8("＝1"), QString::fromUtf8("＋1"),
                      QString::fromUtf8("－1"), QString::fromUtf8("＠x"), QStringLiteral("\rr")});
    CHECK(guarded.data() == QString::fromUtf8("'=SUM(A1),'+1,'-2,'@x,'\tt,ok = fine,''quoted,"
                                              "'＝1,'＋1,'－1,'＠x,\"'\rr\"\r\n")
                                .toUtf8());

    // Number cells are written as they are when they read as numbers, else guarded.
    csv::Writer numbers;
    numbers.writeCells(
        {QStringLiteral("-label"), csv::Cell::number(-3), csv::Cell::number(QStringLiteral("-0.2")),
         csv::Cell::number(QStringLiteral("1e-05")), csv::Cell::number(QString()),
         csv::Cell::number(QStringLiteral("-1+cmd")), csv::Cell::number(QStringLiteral("=1"))});
    CHECK(numbers.data() == "'-label,-3,-0.2,1e-05,,'-1+cmd,'=1\r\n");

    // What is written parses back to the same cells.
    auto back = csv::parse("h1,h2,h3,h4,h5\r\n" + plain.data(), QStringLiteral("x.csv"));
    REQUIRE(back.ok());
    CHECK(back->rows[0][3] == QStringLiteral("x\ny"));
}

TEST_CASE("unguard removes exactly the apostrophe the guard added") {
    for (const char* value : {"'", "''", "'=x", "=x", "'Tis", "''Tis", "+1", "-1", "@a", "\tt",
                              "\r", "＝1", "'＝1", "＋", "－", "＠", "plain", "", "a'b"}) {
        const QString v = QString::fromUtf8(value);
        CAPTURE(value);
        CHECK(csv::unguard(csv::guard(v)) == v);
    }
    // Hand-made cells: an apostrophe before an ordinary character is kept, one before a
    // formula sign is taken for a guard.
    CHECK(csv::unguard(QStringLiteral("'Tis")) == QStringLiteral("'Tis"));
    CHECK(csv::unguard(QStringLiteral("'=x")) == QStringLiteral("=x"));
    CHECK(csv::unguard(QStringLiteral("'")) == QStringLiteral("'"));

    auto t = csv::parse("'=h,b\n'+1,'Tis\n''x,y\n", QStringLiteral("x.csv"));
    REQUIRE(t.ok());
    csv::unguard(*t);
    CHECK(t->header == QStringList{QStringLiteral("=h"), QStringLiteral("b")});
    CHECK(t->rows[0] == QStringList{QStringLiteral("+1"), QStringLiteral("'Tis")});
    CHECK(t->rows[1] == QStringList{QStringLiteral("'x"), QStringLiteral("y")});
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
    const CodeTree tree(s.codes().value());
    const auto peer = tree.idByPath(QStringLiteral("Mechanisms/Peer learning"));
    REQUIRE(peer);
    const Code* c = tree.find(*peer);
    CHECK(c->colour == QStringLiteral("#3366cc"));
    CHECK(c->definition == QStringLiteral("Learning from peers, in meetings"));
    CHECK(c->example == QString::fromUtf8("\"I learnt from Zoë\""));
    CHECK(c->toc == TocElement::Mechanism);
    CHECK(tree.find(*tree.idByPath(QStringLiteral("Outcomes")))->toc == TocElement::Outcome);
    CHECK(s.codeQuestionLinks().value().value(*peer).size() == 2);

    // Export, then import into a fresh project: the same codebook.
    const QByteArray exported = exportCodebook(s).value();
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
    CHECK(exportCodebook((*p2)->storage()).value() == exported);

    SECTION("a bad ToC element names the row and changes nothing") {
        auto bad = csv::parse("path,toc_element\nNew code,feelings\n", QStringLiteral("bad.csv"));
        REQUIRE(bad.ok());
        Status b = (*p)->edit(QStringLiteral("x"), [&](Editor& e) {
            return Status::from(importCodebook(e, *bad, QStringLiteral("bad.csv")));
        });
        REQUIRE_FALSE(b.ok());
        CHECK(b.error().contains(QStringLiteral("bad.csv row 2")));
        CHECK_FALSE(CodeTree(s.codes().value()).idByPath(QStringLiteral("New code")));
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
        const QByteArray out = exportCodings((*p)->storage()).value();
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

namespace {

// Values that really begin with what the formula guard looks at.
const QStringList hostile{QStringLiteral("'quoted"),   QStringLiteral("=1+1"),
                          QStringLiteral("'=already"), QString::fromUtf8("＝SUM(A1)"),
                          QStringLiteral("+plus"),     QStringLiteral("-minus"),
                          QStringLiteral("@at"),       QStringLiteral("''two")};

// One document named after each hostile value, added in that order.
Status addDocuments(Project& p) {
    return p.edit(QStringLiteral("Add documents"), [&](Editor& e) -> Status {
        for (const QString& name : hostile) {
            NewDocument d;
            d.name = name;
            d.text = QStringLiteral("The talk named %1.").arg(name);
            if (auto r = addDocument(e, d); !r)
                return Status::failure(r.error());
        }
        return {};
    });
}

Status importSheet(Project& p, const QByteArray& bytes, bool codebook) {
    auto t = csv::parse(bytes, QStringLiteral("sheet.csv"));
    if (!t)
        return Status::failure(t.error());
    return p.edit(QStringLiteral("Import"), [&](Editor& e) {
        return codebook ? Status::from(importCodebook(e, *t, QStringLiteral("sheet.csv")))
                        : Status::from(importCodings(e, *t, true, QStringLiteral("sheet.csv")));
    });
}

// Document names, coder names, memos and code paths, each sorted; every code's definition,
// inclusion and example must equal its path (the test sets them so).
QVector<QStringList> contents(const Storage& s) {
    QStringList names, coders, memos, paths;
    for (const DocumentInfo& d : s.documents().value())
        names << d.name;
    for (const Coder& c : s.coders().value())
        coders << c.name;
    for (const Coding& c : s.allCodings().value())
        memos << c.memo;
    const CodeTree tree(s.codes().value());
    for (const Code& c : s.codes().value()) {
        paths << tree.path(c.id);
        CHECK(c.definition == tree.path(c.id));
        CHECK(c.inclusion == tree.path(c.id));
        CHECK(c.example == tree.path(c.id));
    }
    QVector<QStringList> all{names, coders, memos, paths};
    for (QStringList& l : all)
        l.sort();
    return all;
}

} // namespace

TEST_CASE("Codebook and codings sheets with formula-like values export guarded and import back "
          "unchanged") {
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("p.situate")));
    REQUIRE(p.ok());
    REQUIRE(addDocuments(**p).ok());
    // The sheets are written by csv::Writer, so they carry the guard as an export would.
    csv::Writer codebook, codings;
    codebook.writeRow({QStringLiteral("path"), QStringLiteral("definition"),
                       QStringLiteral("inclusion"), QStringLiteral("example")});
    codings.writeRow({QStringLiteral("document"), QStringLiteral("coder"), QStringLiteral("code"),
                      QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("memo")});
    for (const QString& v : hostile) {
        codebook.writeRow({v, v, v, v});
        codings.writeCells({v, v, v, csv::Cell::number(0), csv::Cell::number(4), v});
    }
    REQUIRE(importSheet(**p, codebook.data(), true).ok());
    REQUIRE(importSheet(**p, codings.data(), false).ok());
    QStringList sorted = hostile;
    sorted.sort();
    const QVector<QStringList> expected{sorted, sorted, sorted, sorted};
    CHECK(contents((*p)->storage()) == expected);

    const QByteArray exportedCodebook = exportCodebook((*p)->storage()).value();
    const QByteArray exportedCodings = exportCodings((*p)->storage()).value();
    // Every cell that begins with a guarded character carries the guard.
    for (const QByteArray& sheet : {exportedCodebook, exportedCodings}) {
        auto t = csv::parse(sheet, QStringLiteral("out.csv"));
        REQUIRE(t.ok());
        int guardedCells = 0;
        for (const QStringList& row : t->rows) {
            for (const QString& cell : row) {
                CAPTURE(cell.toStdString());
                CHECK((!csv::needsGuard(cell) ||
                       (cell.startsWith(QLatin1Char('\'')) && csv::needsGuard(cell.mid(1)))));
                if (cell.startsWith(QLatin1Char('\'')))
                    ++guardedCells;
            }
        }
        CHECK(guardedCells >= hostile.size());
    }
    CHECK(exportedCodings.contains(QString::fromUtf8("'＝SUM(A1),'＝SUM(A1)").toUtf8()));
    CHECK(exportedCodebook.contains("\r\n''quoted,"));
    CHECK(exportedCodebook.contains("\r\n'''two,"));

    // Into a fresh project with the same documents: the same text in every cell.
    auto p2 = Project::create(dir.filePath(QStringLiteral("p2.situate")));
    REQUIRE(p2.ok());
    REQUIRE(addDocuments(**p2).ok());
    REQUIRE(importSheet(**p2, exportedCodebook, true).ok());
    REQUIRE(importSheet(**p2, exportedCodings, false).ok());
    CHECK(contents((*p2)->storage()) == expected);
    CHECK(exportCodebook((*p2)->storage()).value() == exportedCodebook);
    CHECK(exportCodings((*p2)->storage()).value() == exportedCodings);
}
