// SPDX-License-Identifier: GPL-3.0-or-later
// `situate-cli evidence`, `maturity ...` and `report` run as processes on the demo project,
// cross-checked against `freq` and against numbers worked out by hand.
#include "tests/support/clitest.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::cliDemo;
using test::cliJson;
using test::mustRun;
using test::runCli;
using test::s;

namespace {

QStringList lines(const QByteArray& out) {
    QString t = QString::fromUtf8(out);
    if (t.startsWith(QChar(0xFEFF)))
        t.remove(0, 1);
    return t.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("CLI evidence: code rows equal freq --by case, rq rows list every cell") {
    QTemporaryDir dir;
    const QString p = cliDemo(dir);
    // freq: rows [{code, cells {case: n}}]; evidence: cells [{row, column, codings}].
    const QJsonObject freq = cliJson({s("freq"), p, s("--by"), s("case")});
    QHash<QString, double> expected;
    for (const QJsonValue& row : freq.value(s("rows")).toArray()) {
        const QJsonObject cells = row.toObject().value(s("cells")).toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it)
            expected.insert(row.toObject().value(s("code")).toString() + s(" x ") + it.key(),
                            it.value().toDouble());
    }
    const QJsonObject ev = cliJson({s("evidence"), p, s("--rows"), s("code")});
    const QJsonArray cells = ev.value(s("cells")).toArray();
    CHECK(cells.size() == 46 * 7); // every code x every CoP, empty cells included
    REQUIRE(qsizetype(expected.size()) == cells.size());
    for (const QJsonValue& v : cells) {
        const QJsonObject c = v.toObject();
        const QString key =
            c.value(s("row")).toString() + s(" x ") + c.value(s("column")).toString();
        INFO(key.toStdString());
        CHECK(c.value(s("codings")).toDouble() == expected.value(key, -1));
        CHECK(c.value(s("coding_ids")).toArray().size() == int(c.value(s("codings")).toDouble()));
    }

    // CSV: header, then 6 questions x 7 CoPs records; Delirium has no coded evidence.
    const QStringList csv = lines(mustRun({s("evidence"), p}).out);
    REQUIRE(csv.size() == 1 + 6 * 7);
    CHECK(csv[0] == s("row,column,codings,documents,cases,coding_ids,summary"));
    CHECK(csv.filter(s("RQ1,Delirium,")).value(0) == s("RQ1,Delirium,0,0,0,,"));
    CHECK(
        csv.filter(s("RQ1,Medicines safety,"))
            .value(0)
            .endsWith(s(
                ",\"Bi-monthly face-to-face meetings rotating between trusts, with most day-to-day "
                "exchange on an informal messaging group; facilitation by the network keeps the "
                "rhythm.\"")));

    // ToC rows: 9 elements x 7 CoPs.
    CHECK(lines(mustRun({s("evidence"), p, s("--rows"), s("toc")}).out).size() == 1 + 9 * 7);
    // Columns by a case attribute (demo: maturity_self_assessed 1..5).
    const QJsonObject byAttr =
        cliJson({s("evidence"), p, s("--columns"), s("attribute:maturity_self_assessed")});
    CHECK(byAttr.value(s("column_list")).toArray().size() == 5);
    CHECK(runCli({s("evidence"), p, s("--rows"), s("nope")}).exitCode == 2);
    CHECK(runCli({s("evidence"), p, s("--columns"), s("attribute:nope")}).exitCode == 1);
}

TEST_CASE("CLI evidence summary: set, list, remove") {
    QTemporaryDir dir;
    const QString p = cliDemo(dir);
    const auto set = mustRun({s("evidence"), s("summary"), p, s("--rows"), s("toc"), s("--row"),
                              s("mechanism"), s("--column"), s("Sepsis"), s("--text"),
                              s("Peer learning drives the screening changes.")});
    CHECK(set.out == "summary set: mechanism x Sepsis\n");
    const QStringList all = lines(mustRun({s("evidence"), s("summaries"), p}).out);
    REQUIRE(all.size() == 1 + 5); // the demo's four and this one
    CHECK(all.filter(s("toc,Mechanisms,Sepsis,Peer learning drives the screening changes.,"))
              .size() == 1);
    CHECK(mustRun({s("evidence"), p, s("--rows"), s("toc")}).out.contains("Mechanisms,Sepsis,"));
    mustRun({s("evidence"), s("summary"), p, s("--rows"), s("toc"), s("--row"), s("mechanism"),
             s("--column"), s("Sepsis"), s("--text"), s("")});
    CHECK(lines(mustRun({s("evidence"), s("summaries"), p}).out).size() == 1 + 4);
    const QJsonArray summaries =
        cliJson({s("evidence"), s("summaries"), p}).value(s("summaries")).toArray();
    REQUIRE(summaries.size() == 4);
    // Ordered by row kind (questions first), row and column.
    CHECK(summaries[0].toObject().value(s("row")).toString() == s("RQ1"));
    CHECK(summaries[0].toObject().value(s("column")).toString() == s("Medicines safety"));
    CHECK(summaries[3].toObject().value(s("rows")).toString() == s("toc"));
    CHECK(summaries[3].toObject().value(s("row")).toString() == s("Enablers and barriers"));
    CHECK(runCli({s("evidence"), s("summary"), p, s("--row"), s("RQ9"), s("--column"), s("Sepsis"),
                  s("--text"), s("x")})
              .exitCode == 1);
    CHECK(runCli({s("evidence"), s("summary"), p, s("--row"), s("RQ1")}).exitCode == 2);
}

TEST_CASE("CLI maturity: levels, ratings, consensus and agreement") {
    QTemporaryDir dir;
    const QString p = cliDemo(dir);
    const QStringList levels = lines(mustRun({s("maturity"), s("levels"), p}).out);
    REQUIRE(levels.size() == 6);
    CHECK(levels[1].startsWith(s("1,Forming,")));
    CHECK(levels[5].startsWith(s("5,Embedded,")));
    const QJsonArray levelList =
        cliJson({s("maturity"), s("levels"), p}).value(s("levels")).toArray();
    REQUIRE(levelList.size() == 5);
    CHECK(levelList[2].toObject().value(s("name")).toString() == s("Acting"));
    CHECK(levelList[2].toObject().value(s("level")).toInt() == 3);

    // Cutting the model to three levels would orphan the ratings at 4.
    const QString three =
        test::writeFile(dir.filePath(s("three.csv")), "level,name,descriptor\n1,A,\n2,B,\n3,C,\n");
    const auto refused = runCli({s("maturity"), s("levels"), p, s("--import"), three});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("used by"));
    const QString six = test::writeFile(
        dir.filePath(s("six.csv")),
        "level,name,descriptor\n1,Forming,a\n2,Connecting,b\n3,Acting,c\n4,Spreading,d\n"
        "5,Embedded,e\n6,Leading,\"Teaches other networks, too.\"\n");
    CHECK(mustRun({s("maturity"), s("levels"), p, s("--import"), six}).out ==
          "6 maturity level(s) set\n");
    CHECK(lines(mustRun({s("maturity"), s("levels"), p}).out).last() ==
          s("6,Leading,\"Teaches other networks, too.\""));
    const QString gap = test::writeFile(dir.filePath(s("gap.csv")), "level,name\n1,A\n3,C\n");
    CHECK(runCli({s("maturity"), s("levels"), p, s("--import"), gap}).exitCode == 1);

    // The shipped ratings; the demo agreement numbers (see tests/core/test_evaluation_demo.cpp
    // for the hand computation).
    const QStringList ratings = lines(mustRun({s("maturity"), s("ratings"), p}).out);
    REQUIRE(ratings.size() == 1 + 14);
    CHECK(ratings[0] == s("case,coder,level,level_name,rationale,coding_ids"));
    CHECK(ratings[1].startsWith(s("Medicines safety,Aisha,3,Acting,")));
    const QString agreement = QString::fromUtf8(mustRun({s("maturity"), s("agreement"), p}).out);
    CHECK(agreement == s("coders\tAisha,Ben\ncases\t7\ncomplete\t7\npairable\t7\n"
                         "exact_agreements\t3\npercent_agreement\t42.86\n"
                         "krippendorff_alpha_ordinal\t0.7480\nweighted_kappa_linear\t0.4815\n"
                         "weighted_kappa_quadratic\t0.7083\n"));

    // A third coder rates Sepsis 2, citing one coding; with three coders weighted kappa is
    // undefined and says why.
    const QJsonObject ev = cliJson({s("evidence"), p});
    qint64 codingId = 0;
    for (const QJsonValue& v : ev.value(s("cells")).toArray()) {
        const QJsonArray ids = v.toObject().value(s("coding_ids")).toArray();
        if (v.toObject().value(s("column")).toString() == s("Sepsis") && !ids.isEmpty())
            codingId = qint64(ids.first().toDouble());
    }
    REQUIRE(codingId > 0);
    CHECK(mustRun({s("maturity"), s("rate"), p, s("--case"), s("Sepsis"), s("--coder"), s("Chloe"),
                   s("--level"), s("2"), s("--rationale"), s("Early days."), s("--codings"),
                   QString::number(codingId)})
              .out == "Sepsis\tChloe\t2\n");
    const QJsonObject all = cliJson({s("maturity"), s("ratings"), p});
    bool found = false;
    for (const QJsonValue& v : all.value(s("ratings")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(s("coder")).toString() == s("Chloe")) {
            found = true;
            CHECK(r.value(s("level")).toInt() == 2);
            CHECK(r.value(s("level_name")).toString() == s("Connecting"));
            CHECK(r.value(s("coding_ids")).toArray() == QJsonArray{double(codingId)});
        }
    }
    CHECK(found);
    CHECK(all.value(s("consensus")).toArray().size() == 2);
    const QJsonObject three3 = cliJson({s("maturity"), s("agreement"), p});
    CHECK(three3.value(s("coders")).toArray().size() == 3);
    CHECK(three3.value(s("weighted_kappa_linear")).isNull());
    CHECK(three3.value(s("undefined")).toObject().value(s("weighted_kappa_linear")).toString() ==
          s("weighted kappa compares exactly two coders"));
    // Restricted to Aisha and Ben the numbers are the shipped ones.
    CHECK(cliJson({s("maturity"), s("agreement"), p, s("--coders"), s("Aisha,Ben")})
              .value(s("krippendorff_alpha_ordinal"))
              .toDouble() == Approx(0.748));
    CHECK(runCli({s("maturity"), s("rate"), p, s("--case"), s("Sepsis"), s("--coder"), s("Chloe"),
                  s("--level"), s("9")})
              .exitCode == 1);
    CHECK(runCli({s("maturity"), s("rate"), p, s("--case"), s("Nowhere"), s("--coder"), s("Chloe"),
                  s("--level"), s("2")})
              .exitCode == 2);
    mustRun({s("maturity"), s("unrate"), p, s("--case"), s("Sepsis"), s("--coder"), s("Chloe")});
    CHECK(lines(mustRun({s("maturity"), s("ratings"), p}).out).size() == 1 + 14);

    CHECK(mustRun({s("maturity"), s("consensus"), p, s("--case"), s("Delirium"), s("--level"),
                   s("1"), s("--reasoning"), s("Agreed: still forming.")})
              .out == "Delirium\tconsensus\t1\n");
    const QStringList consensus = lines(mustRun({s("maturity"), s("consensus"), p}).out);
    REQUIRE(consensus.size() == 1 + 3);
    CHECK(consensus.last() == s("Delirium,1,Agreed: still forming."));
}

TEST_CASE("CLI report: HTML and PDF files, options and errors") {
    QTemporaryDir dir;
    const QString p = cliDemo(dir);
    const QString html = dir.filePath(s("report.html"));
    CHECK(mustRun({s("report"), p, s("--output"), html}).out ==
          "wrote the report to report.html\n");
    const QByteArray page = test::readFile(html);
    CHECK(page.startsWith("<!DOCTYPE html>"));
    CHECK(page.contains("<h2>RQ1: "));
    CHECK(page.contains("Appendix B: Inter-coder agreement"));

    const QString narrow = dir.filePath(s("maternity.html"));
    mustRun({s("report"), p, s("--output"), narrow, s("--rq"), s("RQ2"), s("--case"),
             s("Maternity"), s("--extracts"), s("1")});
    const QByteArray one = test::readFile(narrow);
    CHECK(one.contains("<h2>RQ2: "));
    CHECK_FALSE(one.contains("<h2>RQ1: "));
    CHECK(one.count("<blockquote>") > 0);

    const QString pdf = dir.filePath(s("report.pdf"));
    mustRun({s("report"), p, s("--output"), pdf});
    CHECK(test::readFile(pdf).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(s("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext is not installed: PDF text not checked");
    } else {
        const auto text = test::runProcess(pdftotext, {s("-layout"), pdf, s("-")});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains("Page 1 of "));
        CHECK(text.out.contains("Maturity ratings"));
    }

    CHECK(runCli({s("report"), p}).exitCode == 2);
    CHECK(runCli({s("report"), p, s("--output"), dir.filePath(s("r.txt"))}).exitCode == 2);
    CHECK(runCli({s("report"), p, s("--output"), html, s("--rq"), s("RQ9")}).exitCode == 1);
    const QString help = QString::fromUtf8(mustRun({s("--help")}).out);
    for (const char* c :
         {"evidence PROJECT", "evidence summary PROJECT", "maturity levels PROJECT",
          "maturity rate PROJECT", "maturity ratings PROJECT", "maturity agreement PROJECT",
          "maturity consensus PROJECT",
          "report PROJECT --output FILE.html|FILE.pdf|FILE.docx [--rq CODE] [--case NAME]"})
        CHECK(help.contains(s(c)));
}
