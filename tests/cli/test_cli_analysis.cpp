// SPDX-License-Identifier: GPL-3.0-or-later
// freq, cooccurrence and extracts run as a process on the demo project. Expected numbers
// come from the demo's own source sheets (resources/demo/*.csv), read independently here.
#include "core/io/csv.h"
#include "tests/support/clitest.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <tuple>

using namespace situate;
using test::cliJson;
using test::mustRun;
using test::runCli;
using test::s;
using test::sharedCliDemo;

namespace {

csv::Table sheet(const char* name) {
    auto t = csv::readFile(test::sourcePath(s("resources/demo/") + s(name)));
    REQUIRE(t.ok());
    return t.take();
}

// Code paths in tree order, as `codes list` prints them.
QStringList codePaths() {
    const auto r = mustRun({s("codes"), s("list"), sharedCliDemo()});
    QStringList out;
    for (const QString& line :
         QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << line.section(QLatin1Char('\t'), 0, 0);
    return out;
}

QStringList strings(const QJsonArray& a) {
    QStringList out;
    for (const QJsonValue& v : a)
        out << v.toString();
    return out;
}

} // namespace

TEST_CASE("cli freq: codes x CoPs in JSON matches the demo's source sheets") {
    const QJsonObject o = cliJson({s("freq"), sharedCliDemo(), s("--by"), s("case")});
    CHECK(o.value(s("by")).toString() == s("case"));
    CHECK(o.value(s("count")).toString() == s("codings"));
    const QStringList cases{s("Medicines safety"), s("Maternity"),
                            s("Duty of candour"),  s("Medicines optimisation"),
                            s("Sepsis"),           s("Acute deterioration"),
                            s("Delirium")};
    CHECK(strings(o.value(s("columns")).toArray()) == cases);

    // Expected: count the rows of codings.csv per (code, case of the document).
    const csv::Table docs = sheet("documents.csv");
    QHash<QString, QString> caseOf;
    for (qsizetype r = 0; r < docs.rows.size(); ++r)
        caseOf.insert(docs.cell(r, docs.column(s("name"))), docs.cell(r, docs.column(s("case"))));
    const csv::Table codings = sheet("codings.csv");
    std::map<std::pair<QString, QString>, int> expected;
    for (qsizetype r = 0; r < codings.rows.size(); ++r)
        ++expected[{codings.cell(r, codings.column(s("code"))),
                    caseOf.value(codings.cell(r, codings.column(s("document"))))}];

    const QJsonArray rows = o.value(s("rows")).toArray();
    QStringList paths;
    qint64 sumOfTotals = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const QString code = row.value(s("code")).toString();
        paths << code;
        const QJsonObject cells = row.value(s("cells")).toObject();
        CHECK(cells.keys().size() == cases.size()); // every column, zeros included
        qint64 sum = 0;
        for (const QString& k : cases) {
            REQUIRE(cells.value(k).isDouble());
            const int want = expected.count({code, k}) ? expected.at({code, k}) : 0;
            INFO(code.toStdString() << " x " << k.toStdString());
            CHECK(cells.value(k).toInteger() == want);
            sum += cells.value(k).toInteger();
        }
        // Every demo transcript is in exactly one CoP, so here the cells add up.
        CHECK(row.value(s("total")).toInteger() == sum);
        sumOfTotals += row.value(s("total")).toInteger();
    }
    CHECK(paths == codePaths()); // every code, in tree order
    CHECK(paths.size() == 46);
    CHECK(sumOfTotals == 178);
    CHECK(o.value(s("grand_total")).toInteger() == 178);
}

TEST_CASE("cli freq: characters are a union across coders, documents are distinct") {
    const QJsonObject o =
        cliJson({s("freq"), sharedCliDemo(), s("--by"), s("coder"), s("--count"), s("characters")});
    CHECK(strings(o.value(s("columns")).toArray()) == QStringList{s("Aisha"), s("Ben")});
    int overlapping = 0;
    for (const QJsonValue& v : o.value(s("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        const QJsonObject cells = row.value(s("cells")).toObject();
        const qint64 sum = cells.value(s("Aisha")).toInteger() + cells.value(s("Ben")).toInteger();
        const qint64 total = row.value(s("total")).toInteger();
        CHECK(total <= sum);
        CHECK(total >=
              std::max(cells.value(s("Aisha")).toInteger(), cells.value(s("Ben")).toInteger()));
        overlapping += total < sum ? 1 : 0;
    }
    // Both coders coded the same passages in four transcripts.
    CHECK(overlapping > 10);

    const QJsonObject d =
        cliJson({s("freq"), sharedCliDemo(), s("--by"), s("coder"), s("--count"), s("documents")});
    for (const QJsonValue& v : d.value(s("rows")).toArray())
        CHECK(v.toObject().value(s("total")).toInteger() <= 4); // four coded transcripts
}

TEST_CASE("cli freq: research questions follow the codebook's links, roll-up adds ancestors") {
    // Without roll-up, a code's codings sit exactly under the questions codebook.csv links.
    const csv::Table book = sheet("codebook.csv");
    QHash<QString, QStringList> linked;
    for (qsizetype r = 0; r < book.rows.size(); ++r)
        linked.insert(book.cell(r, book.column(s("path"))),
                      book.cell(r, book.column(s("research_questions")))
                          .split(QLatin1Char(';'), Qt::SkipEmptyParts));
    const QJsonObject o = cliJson({s("freq"), sharedCliDemo(), s("--by"), s("rq")});
    const QStringList questions = strings(o.value(s("columns")).toArray());
    CHECK(questions.size() == 6);
    for (const QJsonValue& v : o.value(s("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        const QString code = row.value(s("code")).toString();
        const QJsonObject cells = row.value(s("cells")).toObject();
        for (const QString& q : questions) {
            INFO(code.toStdString() << " x " << q.toStdString());
            CHECK(cells.value(q).toInteger() ==
                  (linked.value(code).contains(q) ? row.value(s("total")).toInteger() : 0));
        }
    }
    // With roll-up and descendants, a group's row under a question its leaves reach holds
    // at least what each leaf holds there.
    const QJsonObject up = cliJson(
        {s("freq"), sharedCliDemo(), s("--by"), s("rq"), s("--rollup"), s("--descendants")});
    for (const QJsonValue& v : up.value(s("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        for (const QString& q : questions)
            CHECK(row.value(s("cells")).toObject().value(q).toInteger() <=
                  row.value(s("total")).toInteger());
    }
}

TEST_CASE("cli freq: attribute columns, CSV, XLSX, filters and usage errors") {
    const QJsonObject o = cliJson({s("freq"), sharedCliDemo(), s("--by"), s("attribute:wave")});
    CHECK(strings(o.value(s("columns")).toArray()) == QStringList{s("1"), s("2")});

    const auto csv =
        mustRun({s("freq"), sharedCliDemo(), s("--by"), s("case"), s("--format"), s("csv")});
    CHECK(csv.out.startsWith("\xEF\xBB\xBF"
                             "code,Medicines safety,Maternity,Duty of candour,"
                             "Medicines optimisation,Sepsis,Acute deterioration,Delirium,"
                             "total\r\n"));
    const auto plain = mustRun(
        {s("freq"), sharedCliDemo(), s("--by"), s("case"), s("--format"), s("csv"), s("--no-bom")});
    CHECK(plain.out == csv.out.mid(3));
    CHECK(plain.out.count("\r\n") == 47); // header + 46 codes

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(s("freq.xlsx"));
    const auto wrote =
        mustRun({s("freq"), sharedCliDemo(), s("--by"), s("case"), s("--output"), xlsx});
    CHECK(wrote.out.contains("freq.xlsx"));
    const auto sheet1 =
        test::runProcess(s("unzip"), {s("-p"), xlsx, s("xl/worksheets/sheet1.xml")});
    REQUIRE(sheet1.exitCode == 0);
    CHECK(sheet1.out.contains("Context/Patient safety problem"));
    CHECK(sheet1.out.contains("Medicines safety"));

    // A filter: Ben's codings only, in one CoP.
    const QJsonObject ben = cliJson({s("freq"), sharedCliDemo(), s("--by"), s("case"),
                                     s("--coders"), s("Ben"), s("--cases"), s("Sepsis")});
    CHECK(strings(ben.value(s("columns")).toArray()) == QStringList{s("Sepsis")});
    const qint64 benSepsis = ben.value(s("grand_total")).toInteger();
    CHECK(benSepsis > 0);
    CHECK(benSepsis < 178);

    CHECK(runCli({s("freq"), sharedCliDemo()}).exitCode == 2);
    CHECK(runCli({s("freq"), sharedCliDemo(), s("--by"), s("case"), s("--count"), s("words")})
              .exitCode == 2);
    const auto unknown = runCli({s("freq"), sharedCliDemo(), s("--by"), s("attribute:colour")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("colour"));
    CHECK(runCli({s("freq"), sharedCliDemo(), s("--by"), s("case"), s("--coders"), s("Zoe")})
              .exitCode == 1);
}

TEST_CASE("cli extracts: CSV of the demo holds every coding with its exact quote") {
    const auto r = mustRun({s("extracts"), sharedCliDemo()});
    REQUIRE(r.out.startsWith("\xEF\xBB\xBF"));
    auto table = csv::parse(r.out, s("stdout"));
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{s("coding_id"),
                                       s("document"),
                                       s("case"),
                                       s("description"),
                                       s("lead_organisation"),
                                       s("founded"),
                                       s("members"),
                                       s("focus_area"),
                                       s("maturity_self_assessed"),
                                       s("participant_role"),
                                       s("interview_date"),
                                       s("wave"),
                                       s("code"),
                                       s("research_questions"),
                                       s("coder"),
                                       s("start"),
                                       s("end"),
                                       s("text"),
                                       s("memo"),
                                       s("created"),
                                       s("key_quote")});
    REQUIRE(table->rows.size() == 178);

    // The demo's codings.csv anchors each coding by its exact quote: the extracts must give
    // back the same (document, coder, code, text, memo) rows.
    using Key = std::tuple<QString, QString, QString, QString, QString>;
    const csv::Table source = sheet("codings.csv");
    std::multiset<Key> want, got;
    for (qsizetype i = 0; i < source.rows.size(); ++i)
        want.insert(
            {source.cell(i, source.column(s("document"))),
             source.cell(i, source.column(s("coder"))), source.cell(i, source.column(s("code"))),
             source.cell(i, source.column(s("quote"))), source.cell(i, source.column(s("memo")))});
    const csv::Table& t = *table;
    for (qsizetype i = 0; i < t.rows.size(); ++i)
        got.insert({t.cell(i, t.column(s("document"))), t.cell(i, t.column(s("coder"))),
                    t.cell(i, t.column(s("code"))), t.cell(i, t.column(s("text"))),
                    t.cell(i, t.column(s("memo")))});
    CHECK(got == want);

    // Offsets agree with `situate-cli text`, and attributes are filled in.
    for (qsizetype i : {qsizetype(0), qsizetype(97), t.rows.size() - 1}) {
        const auto text =
            mustRun({s("text"), sharedCliDemo(), t.cell(i, t.column(s("document"))), s("--start"),
                     t.cell(i, t.column(s("start"))), s("--end"), t.cell(i, t.column(s("end")))});
        CHECK(QString::fromUtf8(text.out) == t.cell(i, t.column(s("text"))));
        CHECK_FALSE(t.cell(i, t.column(s("case"))).isEmpty());
        CHECK_FALSE(t.cell(i, t.column(s("participant_role"))).isEmpty());
        CHECK(t.cell(i, t.column(s("coding_id"))).size() == 36);
    }
}

TEST_CASE("cli extracts: filters agree with freq, and the other formats") {
    const QString code = s("Mechanisms/Peer learning");
    const QJsonObject o =
        cliJson({s("freq"), sharedCliDemo(), s("--by"), s("case"), s("--coders"), s("Aisha")});
    qint64 expected = 0;
    for (const QJsonValue& v : o.value(s("rows")).toArray()) {
        if (v.toObject().value(s("code")).toString() == code)
            expected = v.toObject().value(s("cells")).toObject().value(s("Sepsis")).toInteger();
    }
    const auto r = mustRun({s("extracts"), sharedCliDemo(), s("--code"), code, s("--case"),
                            s("Sepsis"), s("--coder"), s("Aisha"), s("--no-bom")});
    CHECK(r.out.startsWith("coding_id,"));
    auto table = csv::parse(r.out, s("stdout"));
    REQUIRE(table.ok());
    CHECK(table->rows.size() == expected);

    // --rq: every extract lists the question.
    const auto rq = mustRun({s("extracts"), sharedCliDemo(), s("--rq"), s("EQ2"), s("--no-bom")});
    auto rqTable = csv::parse(rq.out, s("stdout"));
    REQUIRE(rqTable.ok());
    CHECK_FALSE(rqTable->rows.isEmpty());
    for (qsizetype i = 0; i < rqTable->rows.size(); ++i)
        CHECK(rqTable->cell(i, rqTable->column(s("research_questions")))
                  .split(QLatin1Char(';'))
                  .contains(s("EQ2")));

    QTemporaryDir dir;
    CHECK(runCli({s("extracts"), sharedCliDemo(), s("--format"), s("xlsx")}).exitCode == 2);
    const QString xlsx = dir.filePath(s("extracts.xlsx"));
    const auto wrote = mustRun({s("extracts"), sharedCliDemo(), s("--output"), xlsx});
    CHECK(wrote.out == "wrote 178 extract(s) to extracts.xlsx\n");
    const auto sheet1 =
        test::runProcess(s("unzip"), {s("-p"), xlsx, s("xl/worksheets/sheet1.xml")});
    REQUIRE(sheet1.exitCode == 0);
    CHECK(sheet1.out.contains("medicines-safety-1-lead"));

    const QString html = dir.filePath(s("report.html"));
    mustRun({s("extracts"), sharedCliDemo(), s("--code"), s("Mechanisms"), s("--descendants"),
             s("--output"), html});
    const QByteArray page = test::readFile(html);
    CHECK(page.startsWith("<!DOCTYPE html>"));
    CHECK(page.contains("Mechanisms/Peer learning"));

    CHECK(runCli({s("extracts"), sharedCliDemo(), s("--code"), s("No/Such code")}).exitCode == 1);
    CHECK(runCli({s("extracts"), sharedCliDemo(), s("--format"), s("pdf")}).exitCode == 2);
}

TEST_CASE("cli cooccurrence: a symmetric codes x codes matrix in three modes") {
    for (const char* mode : {"overlap", "paragraph", "turn"}) {
        const QJsonObject o = cliJson({s("cooccurrence"), sharedCliDemo(), s("--mode"), s(mode)});
        CHECK(o.value(s("mode")).toString() == s(mode));
        const QStringList codes = strings(o.value(s("columns")).toArray());
        REQUIRE(codes.size() == 46);
        QHash<QString, QJsonObject> cells;
        for (const QJsonValue& v : o.value(s("rows")).toArray())
            cells.insert(v.toObject().value(s("code")).toString(),
                         v.toObject().value(s("cells")).toObject());
        qint64 offDiagonal = 0;
        for (const QString& a : codes) {
            for (const QString& b : codes) {
                CHECK(cells[a].value(b).toInteger() == cells[b].value(a).toInteger());
                offDiagonal += a != b ? cells[a].value(b).toInteger() : 0;
            }
        }
        INFO(mode);
        CHECK(offDiagonal > 0);
        // A group code without codings of its own co-occurs with nothing.
        CHECK(cells[s("Context")].value(s("Context")).toInteger() == 0);
    }
    CHECK(runCli({s("cooccurrence"), sharedCliDemo(), s("--mode"), s("sentence")}).exitCode == 2);
    const auto table = mustRun({s("cooccurrence"), sharedCliDemo()});
    CHECK(table.out.startsWith("code "));
}

TEST_CASE("cli codings flag: key quotes by the ids extracts print, --off, unknown ids, and "
          "extracts --key-quotes") {
    QTemporaryDir dir;
    const QString project = dir.filePath(s("demo.situate"));
    REQUIRE(runCli({s("demo"), project}).exitCode == 0);
    const auto all = runCli({s("extracts"), project, s("--no-bom")});
    REQUIRE(all.exitCode == 0);
    auto table = csv::parse(all.out, s("extracts.csv"));
    REQUIRE(table.ok());
    REQUIRE(table->header.last() == s("key_quote"));
    REQUIRE(table->rows.size() == 178);
    const int id = table->column(s("coding_id"));
    const QString first = table->cell(0, id), second = table->cell(5, id);

    const auto flagged = runCli({s("codings"), s("flag"), project, first, second});
    INFO(flagged.err.toStdString());
    REQUIRE(flagged.exitCode == 0);
    CHECK(flagged.out == "2 coding(s) flagged as key quotes\n");
    auto keyQuotes = [&] {
        const auto r = runCli({s("extracts"), project, s("--no-bom"), s("--key-quotes")});
        REQUIRE(r.exitCode == 0);
        auto t = csv::parse(r.out, s("extracts.csv"));
        REQUIRE(t.ok());
        QStringList ids;
        for (qsizetype row = 0; row < t->rows.size(); ++row) {
            CHECK(t->cell(row, t->column(s("key_quote"))) == s("yes"));
            ids << t->cell(row, t->column(s("coding_id")));
        }
        return ids;
    };
    CHECK(keyQuotes() == QStringList{first, second});
    // JSON: the same extracts, key_quote true exactly for the two.
    const auto json = runCli({s("extracts"), project, s("--format"), s("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    REQUIRE(array.size() == 178);
    QStringList starred;
    for (const QJsonValue& v : array) {
        REQUIRE(v.toObject().value(s("key_quote")).isBool());
        if (v.toObject().value(s("key_quote")).toBool())
            starred << v.toObject().value(s("coding_id")).toString();
    }
    CHECK(starred == QStringList{first, second});
    CHECK(array.first().toObject().value(s("text")).toString() ==
          table->cell(0, table->column(s("text"))));

    // An unknown id is an error in words and changes nothing, the known one included.
    const auto unknown = runCli({s("codings"), s("flag"), project, s("--off"), first, s("nope")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("no coding has the id nope; nothing was changed"));
    CHECK(keyQuotes() == QStringList{first, second});
    CHECK(runCli({s("codings"), s("flag"), project}).exitCode == 2);

    const auto off = runCli({s("codings"), s("flag"), project, second, s("--off")});
    REQUIRE(off.exitCode == 0);
    CHECK(off.out == "1 coding(s) no longer key quotes\n");
    CHECK(keyQuotes() == QStringList{first});
}
