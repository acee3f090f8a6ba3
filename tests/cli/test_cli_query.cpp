// SPDX-License-Identifier: GPL-3.0-or-later
// situate-cli query, turns and search, run as a process on a project made by the CLI from
// text files and a codings sheet: JSON and CSV exactly, units, errors and exit codes.
#include "core/io/csv.h"
#include "tests/support/clitest.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::mustRun;
using test::runCli;
using test::s;

namespace {

// test::kOkaforInterview: lines (each a speaker turn): [0,31) Interviewer, [32,85) P1, [86,117)
// Interviewer, [118,136) P1. "Dr Okafor" 36-45, "Leeds" 69-74, the emoji 75, "team" 112-116.
const char* const kInterview = test::kOkaforInterview;

struct Project {
    QTemporaryDir dir;
    QString path;

    Project() {
        path = dir.filePath(s("study.situate"));
        write(s("interview-okafor.txt"), kInterview);
        write(s("formula.txt"), "=1+2 was on the board\n");
        mustRun({s("new"), path});
        mustRun({s("import"), path, dir.filePath(s("interview-okafor.txt")), s("--case"),
                 s("Leeds site")});
        mustRun({s("import"), path, dir.filePath(s("formula.txt"))});
        // "Leeds" by Aisha and " 🏥" by Ben touch: one run "Leeds 🏥" [69,76).
        write(s("codings.csv"), "document,coder,code,start,end\n"
                                "interview-okafor,Aisha,Who,36,45\n"
                                "interview-okafor,Aisha,Where,69,74\n"
                                "interview-okafor,Ben,Where,74,76\n"
                                "interview-okafor,Ben,Team,112,116\n"
                                "formula,Aisha,Sum,0,4\n");
        mustRun(
            {s("codings"), s("import"), path, dir.filePath(s("codings.csv")), s("--create-codes")});
    }
    void write(const QString& name, const char* text) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QJsonObject json(const QStringList& args) const {
        const QByteArray out = mustRun(QStringList{args.first(), path} + args.mid(1)).out;
        return QJsonDocument::fromJson(out).object();
    }
};

QJsonObject run(const char* document, qint64 start, qint64 end, const QString& text) {
    return {{s("document"), s(document)}, {s("start"), start}, {s("end"), end}, {s("text"), text}};
}

QJsonObject counts(qint64 runs, qint64 documents, qint64 cases, qint64 characters) {
    return {{s("runs"), runs},
            {s("documents"), documents},
            {s("cases"), cases},
            {s("characters"), characters}};
}

} // namespace

TEST_CASE("cli query: JSON of runs, texts and counts, touching codings as one run") {
    Project p;
    const QString q = s("code \"Where\"");
    CHECK(p.json({s("query"), q}) ==
          QJsonObject{{s("query"), q},
                      {s("runs"), QJsonArray{run("interview-okafor", 69, 76, s("Leeds 🏥"))}},
                      {s("counts"), counts(1, 1, 1, 7)}});
    // Documents in project order ("formula" before "interview-okafor"), then by start.
    const QString all = s("code \"Sum\" or code \"Who\" or code \"Team\"");
    CHECK(p.json({s("query"), all, s("--format"), s("json")})[s("runs")].toArray() ==
          QJsonArray{run("formula", 0, 4, s("=1+2")),
                     run("interview-okafor", 36, 45, s("Dr Okafor")),
                     run("interview-okafor", 112, 116, s("team"))});
}

TEST_CASE("cli query: near, in turn and units") {
    Project p;
    // " does. Okafor came from " lies between "Dr Okafor" and "Leeds": four words.
    CHECK(p.json({s("query"), s("code \"Who\" near 3 code \"Where\"")})[s("runs")]
              .toArray()
              .isEmpty());
    CHECK(p.json({s("query"), s("code \"Who\" near 4 code \"Where\"")})[s("runs")].toArray() ==
          QJsonArray{run("interview-okafor", 36, 45, s("Dr Okafor"))});
    CHECK(p.json({s("query"), s("code \"Where\" in turn speaker \"P1\"")})[s("counts")] ==
          counts(1, 1, 1, 7));
    CHECK(p.json({s("query"), s("code \"Team\" and speaker \"P1\"")})[s("counts")] ==
          counts(0, 0, 0, 0));
    CHECK(
        p.json({s("query"), s("code \"Who\" or code \"Where\""), s("--unit"), s("turn")})[s("runs")]
            .toArray() ==
        QJsonArray{run("interview-okafor", 32, 85,
                       s("P1: Dr Okafor does. Okafor came from Leeds 🏥 in 2019."))});
    CHECK(p.json({s("query"), s("code \"Team\""), s("--unit"), s("document")})[s("counts")] ==
          counts(1, 1, 1, 137));
}

TEST_CASE("cli query: CSV with BOM, cases, speakers and the formula guard, to a file") {
    Project p;
    const QString q = s("code \"Sum\" or code \"Where\"");
    CHECK(mustRun({s("query"), p.path, q, s("--format"), s("csv")}).out ==
          QByteArray("\xEF\xBB\xBF"
                     "document,case,start,end,speaker,text\r\n"
                     "formula,,0,4,,'=1+2\r\n"
                     "interview-okafor,Leeds site,69,76,P1,Leeds \xF0\x9F\x8F\xA5\r\n"));
    const QString out = p.dir.filePath(s("runs.csv"));
    CHECK(
        mustRun({s("query"), p.path, q, s("--format"), s("csv"), s("--output"), out, s("--no-bom")})
            .out == "wrote 2 run(s) to runs.csv\n");
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("document,case,start,end,speaker,text\r\nformula,,0,4,,'=1+2"));
}

TEST_CASE("cli query: errors name the column or the unknown name") {
    Project p;
    auto r = runCli({s("query"), p.path, s("code")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: column 5: expected a quoted name after \"code\", found the end "
                   "of the query\n");
    r = runCli({s("query"), p.path, s("code \"Where\" and code \"Nowhere\"")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: column 18: unknown code \"Nowhere\"\n");
    r = runCli({s("query"), p.path, s("speaker \"P2\"")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: column 1: unknown speaker \"P2\"\n");
    r = runCli({s("query"), p.path, s("all"), s("--unit"), s("sentence")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith("situate-cli: --unit must be run, turn, paragraph or document\n"));
    r = runCli({s("query"), p.path, s("all"), s("--format"), s("xml")});
    CHECK(r.exitCode == 2);
}

TEST_CASE("cli turns: a document's speaker turns as CSV and JSON") {
    Project p;
    CHECK(mustRun({s("turns"), p.path, s("interview-okafor")}).out ==
          QByteArray("\xEF\xBB\xBF"
                     "speaker,start,end,time_start_ms,time_end_ms\r\n"
                     "Interviewer,0,31,,\r\n"
                     "P1,32,85,,\r\n"
                     "Interviewer,86,117,,\r\n"
                     "P1,118,136,,\r\n"));
    const QJsonArray turns =
        QJsonDocument::fromJson(
            mustRun({s("turns"), p.path, s("interview-okafor"), s("--format"), s("json")}).out)
            .array();
    REQUIRE(turns.size() == 4);
    CHECK(turns[1].toObject() == QJsonObject{{s("speaker"), s("P1")},
                                             {s("start"), 32},
                                             {s("end"), 85},
                                             {s("time_start_ms"), QJsonValue()},
                                             {s("time_end_ms"), QJsonValue()}});
    CHECK(mustRun({s("turns"), p.path, s("formula"), s("--no-bom")}).out ==
          "speaker,start,end,time_start_ms,time_end_ms\r\n");
    const auto r = runCli({s("turns"), p.path, s("nothing")});
    CHECK(r.exitCode == 1);
}

TEST_CASE("cli search: the window's full-text search, as JSON, with a limit") {
    Project p;
    const QJsonArray hits =
        QJsonDocument::fromJson(
            mustRun({s("search"), p.path, s("okafor"), s("--format"), s("json")}).out)
            .array();
    REQUIRE(hits.size() == 4);
    QStringList places;
    for (const QJsonValue& h : hits) {
        const QJsonObject o = h.toObject();
        places << QStringLiteral("%1 %2-%3")
                      .arg(o[s("document")].toString())
                      .arg(o[s("start")].toInteger())
                      .arg(o[s("end")].toInteger());
        CHECK(o[s("context")].toString().contains(s("kafor")));
    }
    CHECK(places == QStringList{s("interview-okafor 39-45"), s("interview-okafor 52-58"),
                                s("interview-okafor 103-109"), s("interview-okafor 129-135")});
    CHECK(QJsonDocument::fromJson(mustRun({s("search"), p.path, s("okafor"), s("--limit"), s("2"),
                                           s("--format"), s("json")})
                                      .out)
              .array()
              .size() == 2);
    CHECK(mustRun({s("search"), p.path, s("board")})
              .out.startsWith("\xEF\xBB\xBF"
                              "document,start,end,context\r\nformula,16,21,"));
}

TEST_CASE("cli query code: a result coded as one step, once") {
    Project p;
    const QString q = s("code \"Where\" or code \"Who\"");
    const QStringList code = {s("query"),  s("code"),         p.path,       q,
                              s("--code"), s("Places/Found"), s("--coder"), s("Zoe")};
    CHECK(mustRun(code).out ==
          "coded 2 run(s) with Places/Found as Zoe (0 already coded); made the code\n");
    CHECK(p.json({s("query"), s("code \"Places/Found\" by \"Zoe\"")})[s("runs")].toArray() ==
          QJsonArray{run("interview-okafor", 36, 45, s("Dr Okafor")),
                     run("interview-okafor", 69, 76, s("Leeds 🏥"))});
    CHECK(mustRun(code).out == "coded 0 run(s) with Places/Found as Zoe (2 already coded)\n");
    CHECK(mustRun({s("query"), s("code"), p.path, s("code \"Team\""), s("--code"), s("Turns"),
                   s("--coder"), s("Zoe"), s("--unit"), s("turn")})
              .out == "coded 1 run(s) with Turns as Zoe (0 already coded); made the code\n");
    CHECK(p.json({s("query"), s("code \"Turns\"")})[s("runs")].toArray() ==
          QJsonArray{run("interview-okafor", 86, 117, s("Interviewer: And okafor's team?"))});
    // A wrong query changes nothing; a missing option is a usage error.
    auto r = runCli({s("query"), s("code"), p.path, s("code \"Nowhere\""), s("--code"), s("Other"),
                     s("--coder"), s("Zoe")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: column 1: unknown code \"Nowhere\"\n");
    CHECK(runCli({s("query"), p.path, s("code \"Other\"")}).exitCode == 1);
    r = runCli({s("query"), s("code"), p.path, s("all"), s("--code"), s("Other")});
    CHECK(r.exitCode == 2);
}

TEST_CASE("cli query save, list, run and delete: saved queries by name") {
    Project p;
    const QString where = s("code \"Where\"");
    const QString team = s("code \"Team\" in turn speaker \"Interviewer\"");
    CHECK(mustRun({s("query"), s("save"), p.path, s("places"), where}).out ==
          "saved query places\n");
    CHECK(mustRun({s("query"), s("save"), p.path, s("team"), team}).out == "saved query team\n");
    CHECK(mustRun({s("query"), s("list"), p.path}).out ==
          (s("places\t") + where + s("\nteam\t") + team + s("\n")).toUtf8());
    // Saving a name again replaces its query; a bad query is refused and changes nothing.
    CHECK(mustRun({s("query"), s("save"), p.path, s("places"), s("code \"Who\"")}).out ==
          "saved query places\n");
    auto r = runCli({s("query"), s("save"), p.path, s("places"), s("code \"Nowhere\"")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: column 1: unknown code \"Nowhere\"\n");
    // A name is one line of the list: a tab or a line break in it is refused.
    r = runCli({s("query"), s("save"), p.path, s("two\tparts"), where});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("cannot hold tabs, line breaks"));
    CHECK(QJsonDocument::fromJson(
              mustRun({s("query"), s("list"), p.path, s("--format"), s("json")}).out)
              .array() ==
          QJsonArray{QJsonObject{{s("name"), s("places")}, {s("query"), s("code \"Who\"")}},
                     QJsonObject{{s("name"), s("team")}, {s("query"), team}}});
    // run answers as query does, with the same options.
    const auto saved = [&](const char* name) {
        return QJsonDocument::fromJson(mustRun({s("query"), s("run"), p.path, s(name)}).out)
            .object();
    };
    CHECK(saved("team") == p.json({s("query"), team}));
    CHECK(saved("places")[s("runs")].toArray() ==
          QJsonArray{run("interview-okafor", 36, 45, s("Dr Okafor"))});
    CHECK(mustRun({s("query"), s("run"), p.path, s("team"), s("--format"), s("csv"), s("--unit"),
                   s("turn"), s("--no-bom")})
              .out == "document,case,start,end,speaker,text\r\n"
                      "interview-okafor,Leeds site,86,117,Interviewer,Interviewer: And okafor's "
                      "team?\r\n");
    r = runCli({s("query"), s("run"), p.path, s("nothing")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: no saved query \"nothing\"\n");
    CHECK(mustRun({s("query"), s("delete"), p.path, s("places")}).out == "deleted query places\n");
    CHECK(mustRun({s("query"), s("list"), p.path}).out == (s("team\t") + team + s("\n")).toUtf8());
    r = runCli({s("query"), s("delete"), p.path, s("places")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: no saved query \"places\"\n");
}

TEST_CASE("cli query: extracts of a saved query are the codings sharing a character with it") {
    Project p;
    const auto extracts = [&](const char* name) {
        const auto table =
            csv::parse(mustRun({s("extracts"), p.path, s("--query"), s(name), s("--no-bom")}).out,
                       s("extracts.csv"));
        REQUIRE(table.ok());
        QStringList rows;
        for (qsizetype r = 0; r < table->rows.size(); ++r)
            rows << table->cell(r, table->column(s("code"))) + s(" ") +
                        table->cell(r, table->column(s("coder"))) + s(" ") +
                        table->cell(r, table->column(s("start")));
        return rows;
    };
    // The turn [32,85) of P1 holds three codings; Team (112) lies in the interviewer's.
    mustRun({s("query"), s("save"), p.path, s("answers"), s("speaker \"P1\"")});
    CHECK(extracts("answers") ==
          QStringList{s("Who Aisha 36"), s("Where Aisha 69"), s("Where Ben 74")});
    // [74,76) touches Aisha's [69,74) but shares no character with it.
    mustRun({s("query"), s("save"), p.path, s("ben"), s("code \"Where\" by \"Ben\"")});
    CHECK(extracts("ben") == QStringList{s("Where Ben 74")});
    // With the other filters: only Aisha's of the first.
    CHECK(mustRun({s("extracts"), p.path, s("--query"), s("answers"), s("--coder"), s("Aisha"),
                   s("--format"), s("csv"), s("--no-bom")})
              .out.count("\r\n") == 3);
    const auto r = runCli({s("extracts"), p.path, s("--query"), s("none")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: no saved query \"none\"\n");
}

TEST_CASE("cli freq and evidence: saved queries as rows") {
    Project p;
    mustRun({s("query"), s("save"), p.path, s("places"), s("code \"Where\"")});
    mustRun({s("query"), s("save"), p.path, s("people"), s("code \"Who\" or code \"Sum\"")});
    // By case: "formula" has no case, so people's run there counts in the total only.
    CHECK(mustRun({s("freq"), p.path, s("--by"), s("case"), s("--rows"), s("queries"),
                   s("--format"), s("csv"), s("--no-bom")})
              .out == "query,Leeds site,total\r\npeople,1,2\r\nplaces,1,1\r\n");
    // By coder, the characters each query's result shares with each coder's codings.
    CHECK(mustRun({s("freq"), p.path, s("--by"), s("coder"), s("--rows"), s("queries"),
                   s("--count"), s("characters"), s("--format"), s("csv"), s("--no-bom")})
              .out == "query,Aisha,Ben,total\r\npeople,13,0,13\r\nplaces,5,2,7\r\n");
    const QJsonObject freq = p.json({s("freq"), s("--by"), s("coder"), s("--rows"), s("queries"),
                                     s("--query"), s("places"), s("--format"), s("json")});
    CHECK(freq[s("rows_are")] == s("queries"));
    const QJsonArray rows = freq[s("rows")].toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][s("query")] == s("places"));
    CHECK(rows[0][s("row")] == s("places"));
    CHECK(rows[0][s("cells")].toObject() == QJsonObject{{s("Aisha"), 1}, {s("Ben"), 1}});
    CHECK(rows[0][s("total")] == 1);
    // The codes' matrix is unchanged and says what its rows are.
    const QJsonObject codes = p.json({s("freq"), s("--by"), s("case"), s("--format"), s("json")});
    CHECK(codes[s("rows_are")] == s("codes"));
    const QJsonObject first = codes[s("rows")].toArray()[0].toObject();
    CHECK(first[s("code")] == s("Who"));
    CHECK(first[s("row")] == s("Who"));
    CHECK_FALSE(first.contains(s("query")));

    // Evidence: the codings sharing a character with each result, per case.
    const QJsonObject evidence =
        p.json({s("evidence"), s("--rows"), s("queries"), s("--format"), s("json")});
    CHECK(evidence[s("rows")] == s("queries"));
    QStringList cells;
    for (const QJsonValue& c : evidence[s("cells")].toArray())
        cells << c[s("row")].toString() + s(" ") + c[s("column")].toString() + s(" ") +
                     QString::number(c[s("codings")].toInt());
    CHECK(cells == QStringList{s("people Leeds site 1"), s("places Leeds site 2")});

    auto r = runCli({s("freq"), p.path, s("--by"), s("case"), s("--rows"), s("queries"),
                     s("--query"), s("nothing")});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "situate-cli: no saved query \"nothing\"\n");
    r = runCli({s("freq"), p.path, s("--by"), s("case"), s("--rows"), s("cases")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--rows must be codes or queries"));
    r = runCli({s("evidence"), s("summary"), p.path, s("--rows"), s("queries"), s("--row"),
                s("places"), s("--column"), s("Leeds site"), s("--text"), s("x")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("not on saved queries"));
}

TEST_CASE("cli presence: a code table per turn, to CSV and XLSX, and what it refuses") {
    Project p;
    // Turns of the interview (the formula file has none); Where's two codings touch in P1's
    // turn, Team is in the Interviewer's question.
    CHECK(mustRun({s("presence"), p.path, s("--unit"), s("turn"), s("--count"), s("characters"),
                   s("--no-bom")})
              .out == "document,case,speaker,start,end,Who,Where,Team,Sum\r\n"
                      "interview-okafor,Leeds site,Interviewer,0,31,0,0,0,0\r\n"
                      "interview-okafor,Leeds site,P1,32,85,9,7,0,0\r\n"
                      "interview-okafor,Leeds site,Interviewer,86,117,0,0,4,0\r\n"
                      "interview-okafor,Leeds site,P1,118,136,0,0,0,0\r\n");
    CHECK(mustRun({s("presence"), p.path, s("--unit"), s("document"), s("--no-bom")}).out ==
          "document,case,Who,Where,Team,Sum\r\n"
          "formula,,0,0,0,1\r\n"
          "interview-okafor,Leeds site,1,1,1,0\r\n");
    const QString xlsx = p.dir.filePath(s("presence.xlsx"));
    CHECK(mustRun({s("presence"), p.path, s("--unit"), s("case"), s("--output"), xlsx}).out ==
          "wrote case table to presence.xlsx\n");
    CHECK(QFileInfo(xlsx).size() > 0);
    auto r = runCli({s("presence"), p.path, s("--unit"), s("case"), s("--format"), s("pdf"),
                     s("--output"), p.dir.filePath(s("t.pdf"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--format must be csv, xlsx, sav or dta"));
    r = runCli({s("presence"), p.path, s("--unit"), s("case"), s("--format"), s("dta")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--format dta needs --output FILE.dta"));
    r = runCli({s("presence"), p.path, s("--unit"), s("sentence")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--unit document, case, turn or paragraph"));
}
