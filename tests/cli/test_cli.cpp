// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::runCli;
using test::s;

namespace {

void mustRun(const QStringList& args) {
    const auto r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString()
         << "\nstdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QJsonObject statsOf(const QString& project) {
    const auto r = runCli({s("stats"), project, s("--format"), s("json")});
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("cli: help and usage errors") {
    const auto help = runCli({s("--help")});
    CHECK(help.exitCode == 0);
    for (const char* word : {"new PROJECT", "import PROJECT", "codebook import", "codings import",
                             "stats PROJECT", "text PROJECT DOCUMENT", "check PROJECT", "demo"})
        CHECK(help.out.contains(word));
    const auto unknown = runCli({s("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("unknown command"));
    const auto missing = runCli({s("import")});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("cli: new, import with --case, stats, text, codings round trip, check") {
    QTemporaryDir dir;
    const QString project = dir.filePath(s("study.situate"));
    mustRun({s("new"), project});
    // A second `new` on the same path is refused.
    CHECK(runCli({s("new"), project}).exitCode == 1);

    const QByteArray text = "Interviewer: How did the CoP start?\r\n"
                            "Siân: It began in 2015 \xF0\x9F\x98\x80 with twelve of us.\r\n"
                            "Interviewer: \xE4\xBD\xA0\xE5\xA5\xBD and then?\r\n";
    const QString file = test::writeFile(dir.filePath(s("in/lead interview.txt")), text);
    test::writeFile(dir.filePath(s("in/sub/second.md")), "P2: Another transcript.\n");
    test::writeFile(dir.filePath(s("in/ignored.xyz")), "not importable");

    const auto imp =
        runCli({s("import"), project, dir.filePath(s("in")), s("--case"), s("Sepsis")});
    INFO(imp.err.toStdString());
    REQUIRE(imp.exitCode == 0);
    CHECK(imp.out.contains("imported lead interview"));
    CHECK(imp.out.contains("imported second"));

    QJsonObject st = statsOf(project);
    CHECK(st.value(s("documents")).toInt() == 2);
    CHECK(st.value(s("cases")).toInt() == 1);
    for (const char* key :
         {"documents", "cases", "codes", "coders", "codings", "research_questions", "characters"})
        CHECK(st.value(s(key)).isDouble());
    // CRLF became LF; the emoji is one code point.
    const QString normalised = QString::fromUtf8(text).replace(s("\r\n"), s("\n"));
    const qint64 expectedChars = normalised.toUcs4().size() + 24; // second.md: 24 code points
    CHECK(st.value(s("characters")).toInteger() == expectedChars);

    const auto whole = runCli({s("text"), project, s("lead interview")});
    REQUIRE(whole.exitCode == 0);
    CHECK(whole.out == normalised.toUtf8());
    // "Siân" starts at code point 36; the emoji is code point 59.
    const auto slice = runCli(
        {s("text"), project, s("lead interview"), s("--start"), s("36"), s("--end"), s("40")});
    CHECK(slice.out == "Si\xC3\xA2n");
    const auto emoji = runCli(
        {s("text"), project, s("lead interview"), s("--start"), s("59"), s("--end"), s("60")});
    CHECK(emoji.out == "\xF0\x9F\x98\x80");
    CHECK(runCli({s("text"), project, s("lead interview"), s("--start"), s("5"), s("--end"),
                  s("9999")})
              .exitCode == 1);
    CHECK(runCli({s("text"), project, s("nobody")}).exitCode == 1);

    SECTION("re-importing the same file is reported as a duplicate, not imported twice") {
        const auto again = runCli({s("import"), project, file});
        CHECK(again.err.contains("not imported twice"));
        CHECK(statsOf(project).value(s("documents")).toInt() == 2);
    }
    SECTION("two files that would get the same name are refused, naming both") {
        const QString a = test::writeFile(dir.filePath(s("x/clash.txt")), "one");
        const QString b = test::writeFile(dir.filePath(s("y/clash.md")), "two");
        const auto r = runCli({s("import"), project, a, b});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("x/clash.txt"));
        CHECK(r.err.contains("y/clash.md"));
        CHECK(statsOf(project).value(s("documents")).toInt() == 2);
    }
    SECTION("codings import and export with the same columns") {
        const QString codings =
            test::writeFile(dir.filePath(s("codings.csv")),
                            "document,coder,code,start,end,memo\n"
                            "lead interview,Aisha,Context/Origins,36,70,first\n"
                            "lead interview,Ben,Context/Origins,42,70,\n"
                            "lead interview,Ben,Mechanisms/Peer learning,59,60,\"emoji, alone\"\n");
        const auto refused = runCli({s("codings"), s("import"), project, codings});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("--create-codes"));
        mustRun({s("codings"), s("import"), project, codings, s("--create-codes")});
        st = statsOf(project);
        CHECK(st.value(s("codings")).toInt() == 3);
        CHECK(st.value(s("coders")).toInt() == 2);
        CHECK(st.value(s("codes")).toInt() == 4);

        const QString out = dir.filePath(s("out.csv"));
        mustRun({s("codings"), s("export"), project, out});
        const QByteArray exported = test::readFile(out);
        CHECK(exported.startsWith("document,coder,code,start,end,memo\r\n"));
        CHECK(exported.contains("lead interview,Aisha,Context/Origins,36,70,first\r\n"));
        CHECK(exported.contains(
            "lead interview,Ben,Mechanisms/Peer learning,59,60,\"emoji, alone\"\r\n"));

        // The exported sheet imports into a copy as the same codings (documents by name).
        const QString copy = dir.filePath(s("copy.situate"));
        mustRun({s("new"), copy});
        mustRun({s("import"), copy, dir.filePath(s("in"))});
        mustRun({s("codings"), s("import"), copy, out, s("--create-codes")});
        const QString out2 = dir.filePath(s("out2.csv"));
        mustRun({s("codings"), s("export"), copy, out2});
        CHECK(test::readFile(out2) == exported);

        // A coded document or code is removed only with --force.
        CHECK(runCli({s("documents"), s("remove"), project, s("lead interview")}).exitCode == 1);
        CHECK(runCli({s("codes"), s("delete"), project, s("Context")}).exitCode == 1);
        mustRun({s("codes"), s("delete"), project, s("Context"), s("--force")});
        CHECK(statsOf(project).value(s("codings")).toInt() == 1);
        mustRun({s("documents"), s("remove"), project, s("lead interview"), s("--force")});
        CHECK(statsOf(project).value(s("codings")).toInt() == 0);
    }
    const auto check = runCli({s("check"), project});
    CHECK(check.exitCode == 0);
    CHECK(check.out == "ok\n");
}

TEST_CASE("cli: codebook and research questions") {
    QTemporaryDir dir;
    const QString project = dir.filePath(s("cb.situate"));
    mustRun({s("new"), project});
    mustRun({s("rq"), s("add"), project, s("RQ1"), s("How do the CoPs operate?")});
    const QString sheet = test::writeFile(
        dir.filePath(s("codebook.csv")),
        "path,colour,definition,inclusion,exclusion,example,toc_element,research_questions\n"
        "Activities/Learning events,#2a9d8f,Events where members learn,,,,activity,RQ1;EQ3\n"
        "Outcomes/Practice change,#e76f51,A change in practice,,,,outcome,RQ2\n");
    const auto r = runCli({s("codebook"), s("import"), project, sheet});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("2 research question(s) created"));
    const auto list = runCli({s("rq"), s("list"), project});
    CHECK(list.out.contains("RQ1\tHow do the CoPs operate?\t1 code(s)"));
    CHECK(list.out.contains("EQ3"));
    CHECK(list.out.contains("RQ2"));
    CHECK(statsOf(project).value(s("research_questions")).toInt() == 3);
    CHECK(statsOf(project).value(s("codes")).toInt() == 4);

    const QString out = dir.filePath(s("codebook-out.csv"));
    mustRun({s("codebook"), s("export"), project, out});
    const QByteArray exported = test::readFile(out);
    CHECK(exported.contains("Activities/Learning events,#2a9d8f,Events where members learn,,,,"
                            "activity,RQ1;EQ3\r\n"));

    const QString bad = test::writeFile(dir.filePath(s("bad.csv")), "colour\n#fff\n");
    const auto refused = runCli({s("codebook"), s("import"), project, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("no \"path\" column"));
}

TEST_CASE("cli: attribute sheets assign documents to cases and set typed attributes") {
    QTemporaryDir dir;
    const QString project = dir.filePath(s("attr.situate"));
    mustRun({s("new"), project});
    test::writeFile(dir.filePath(s("docs/int-01.txt")), "P1: one\n");
    test::writeFile(dir.filePath(s("docs/int-02.txt")), "P2: two\n");
    mustRun({s("import"), project, dir.filePath(s("docs"))});
    const QString sheet =
        test::writeFile(dir.filePath(s("sheet.csv")), "name,case,role,date\n"
                                                      "int-01,Maternity,CoP lead,2016-03-01\n"
                                                      "int-02,Delirium,Member,2016-04-12\n"
                                                      "Sepsis,,,\n");
    const auto r = runCli({s("attributes"), s("import"), project, sheet});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("2 document(s) and 1 case(s) updated (3 new case(s))"));
    const auto docs = runCli({s("documents"), s("list"), project});
    CHECK(docs.out.contains("int-01\ttxt\t8 characters\t0 codings\tMaternity"));
    CHECK(statsOf(project).value(s("cases")).toInt() == 3);
}

TEST_CASE("cli: errors name the file and change nothing") {
    QTemporaryDir dir;
    const QString notProject = test::writeFile(dir.filePath(s("x.situate")), "hello");
    const auto r = runCli({s("stats"), notProject});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("x.situate: not a Situate project"));
    CHECK(test::readFile(notProject) == "hello");

    const QString project = dir.filePath(s("p.situate"));
    mustRun({s("new"), project});
    const QString binary = test::writeFile(dir.filePath(s("photo.txt")),
                                           QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
    const auto imp = runCli({s("import"), project, binary});
    CHECK(imp.exitCode == 1);
    CHECK(imp.err.contains("photo.txt"));
    CHECK(statsOf(project).value(s("documents")).toInt() == 0);
}

TEST_CASE("cli: the demo project builds, passes its check and has two coders' codings") {
    QTemporaryDir dir;
    const QString project = dir.filePath(s("demo.situate"));
    const auto r = runCli({s("demo"), project});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject st = statsOf(project);
    CHECK(st.value(s("documents")).toInt() == 14);
    CHECK(st.value(s("cases")).toInt() == 7);
    CHECK(st.value(s("coders")).toInt() == 2);
    CHECK(st.value(s("research_questions")).toInt() == 6);
    CHECK(st.value(s("codes")).toInt() >= 30);
    CHECK(st.value(s("codings")).toInt() >= 4 * 2 * 15);
    CHECK(st.value(s("characters")).toInteger() > 14 * 6000);
    CHECK(runCli({s("check"), project}).exitCode == 0);
}
