// SPDX-License-Identifier: GPL-3.0-or-later
// `situate-cli agreement` and `situate-cli merge` run as processes, on the demo project and on
// small projects built through the CLI, with the expected numbers worked out by hand.
#include "tests/support/clitest.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::cliJson;
using test::mustRun;
using test::runCli;
using test::s;

namespace {

double number(const QJsonObject& o, const char* key) {
    INFO(key << " in " << QJsonDocument(o).toJson().toStdString());
    REQUIRE(o.value(s(key)).isDouble());
    return o.value(s(key)).toDouble();
}

// One document "a" of 34 code points: "Alpha beta gamma." [0,17), blank line, "Delta epsilon."
// [19,33), newline. Aisha codes Theme [0,17); Ben codes Theme [6,17) and [19,33). The
// codings of each coder are imported into the project given.
const QByteArray text = "Alpha beta gamma.\n\nDelta epsilon.\n";
const QByteArray aishaSheet = "document,coder,code,start,end\na,Aisha,Theme,0,17\n";
const QByteArray benSheet = "document,coder,code,start,end\na,Ben,Theme,6,17\na,Ben,Theme,19,33\n";

QString smallProject(QTemporaryDir& dir, const QString& name, const QList<QByteArray>& sheets) {
    const QString project = dir.filePath(name + s(".situate"));
    mustRun({s("new"), project});
    mustRun({s("import"), project, test::writeFile(dir.filePath(s("in/a.txt")), text)});
    int i = 0;
    for (const QByteArray& sheet : sheets)
        mustRun(
            {s("codings"), s("import"), project,
             test::writeFile(dir.filePath(QStringLiteral("%1-%2.csv").arg(name).arg(++i)), sheet),
             s("--create-codes")});
    return project;
}

} // namespace

TEST_CASE("cli agreement: the demo's maturity levels per document, as a group") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(s("demo.situate"));
    mustRun({s("demo"), demo});
    const QStringList args{s("agreement"), demo,          s("--coders"), s("Aisha,Ben"),
                           s("--unit"),    s("document"), s("--group"),  s("Maturity"),
                           s("--level"),   s("ordinal")};
    const QJsonObject o = cliJson(args);
    CHECK(o.value(s("unit")).toString() == s("document"));
    CHECK(o.value(s("group")).toString() == s("Maturity"));
    CHECK(o.value(s("level")).toString() == s("ordinal"));
    CHECK(o.value(s("coders")).toArray() == QJsonArray{s("Aisha"), s("Ben")});
    CHECK(o.value(s("categories")).toArray().size() == 5);
    CHECK(o.value(s("flagged")).toArray().isEmpty());
    // Levels (Aisha, Ben) in the four coded documents: medicines safety (3,3), maternity
    // (4,3), duty of candour (2,2), sepsis (3,4).
    CHECK(number(o, "n_units") == 4);
    // 2 of 4 agree. Cohen: both coders' marginals L2 1, L3 2, L4 1: pe = 6/16,
    // (0.5 - 0.375) / 0.625 = 0.2; Scott and Fleiss pool the same marginals: 0.2.
    CHECK(number(o, "percent_agreement") == Approx(50.0));
    CHECK(number(o, "cohen_kappa") == Approx(0.2));
    CHECK(number(o, "scott_pi") == Approx(0.2));
    CHECK(number(o, "fleiss_kappa") == Approx(0.2));
    // BP with q = 5 levels: (0.5 - 0.2) / 0.8.
    CHECK(number(o, "brennan_prediger_kappa") == Approx(0.375));
    // Alpha: n = (L2 2, L3 4, L4 2), disagreements L3~L4 twice (o34 = o43 = 2).
    // Ordinal: d34 = d23 = ((4 + 2) / 2)^2 = 9, d24 = (8 - 2)^2 = 36; observed 4 * 9 = 36,
    // expected 2(8*9 + 4*36 + 8*9) = 576: 1 - 7 * 36 / 576 = 0.5625.
    CHECK(number(o, "krippendorff_alpha") == Approx(0.5625));
    const QJsonArray ci = o.value(s("alpha_ci95")).toArray();
    REQUIRE(ci.size() == 2);
    CHECK(ci[0].toDouble() <= ci[1].toDouble());
    CHECK(o.value(s("bootstrap")).toObject().value(s("seed")).toString() == s("42"));
    // The interval is seeded: a second run prints the same bytes.
    CHECK(mustRun(args + QStringList{s("--format"), s("json")}).out ==
          mustRun(args + QStringList{s("--format"), s("json")}).out);

    // Nominal: sum of o off the diagonal 4, sum n_c n_k 64 - 24 = 40: 1 - 7 * 4 / 40 = 0.3.
    QStringList nominal = args;
    nominal[nominal.indexOf(s("ordinal"))] = s("nominal");
    CHECK(number(cliJson(nominal), "krippendorff_alpha") == Approx(0.3));

    const auto table = mustRun(args);
    CHECK(table.out.contains("group: Maturity (5 values)"));
    CHECK(table.out.contains("0.375"));
}

TEST_CASE("cli agreement: character rows for every requested code and document") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(s("demo.situate"));
    mustRun({s("demo"), demo});
    const QJsonObject o =
        cliJson({s("agreement"), demo, s("--coders"), s("Aisha,Ben"), s("--codes"),
                 s("Maturity/Level 3 - Acting,Activities/Learning events"), s("--documents"),
                 s("maternity-1-lead,delirium-1-lead")});
    const QJsonArray rows = o.value(s("rows")).toArray();
    REQUIRE(rows.size() == 4);
    qint64 pooledN = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const double n = number(row, "n");
        CHECK(number(row, "both") + number(row, "only_first") + number(row, "only_second") +
                  number(row, "neither") ==
              n);
        if (row.value(s("code")).toString() == s("Activities/Learning events"))
            pooledN += static_cast<qint64>(n);
    }
    // Nobody coded delirium-1-lead: a row anyway, kappa null with its reason.
    const QJsonObject empty = rows[2].toObject();
    CHECK(empty.value(s("document")).toString() == s("delirium-1-lead"));
    CHECK(number(empty, "both") == 0);
    CHECK(empty.value(s("cohen_kappa")).isNull());
    CHECK(empty.value(s("cohen_kappa_undefined")).toString() ==
          s("no variation: neither coder coded any character"));
    CHECK(empty.value(s("krippendorff_alpha")).isNull());
    // Maturity level 3 in maternity: only Ben (Aisha chose level 4).
    const QJsonObject level3 = rows[0].toObject();
    CHECK(number(level3, "both") == 0);
    CHECK(number(level3, "only_first") == 0);
    CHECK(number(level3, "only_second") > 0);
    // Pooled per code: counts summed over the two documents; kappa from the pooled counts.
    const QJsonArray codes = o.value(s("codes")).toArray();
    REQUIRE(codes.size() == 2);
    const QJsonObject events = codes[1].toObject();
    CHECK(events.value(s("code")).toString() == s("Activities/Learning events"));
    CHECK(number(events, "n") == pooledN);
    const double a = number(events, "both"), b = number(events, "only_first"),
                 c = number(events, "only_second"), d = number(events, "neither");
    CHECK(number(events, "cohen_kappa") ==
          Approx(2 * (a * d - b * c) / ((a + b) * (b + d) + (a + c) * (c + d))));
    CHECK(number(o.value(s("overall")).toObject(), "n") == 2 * pooledN);
}

TEST_CASE("cli agreement: a small project, every unit and format") {
    QTemporaryDir dir;
    const QString project = smallProject(dir, s("small"), {aishaSheet, benSheet});
    const QStringList base{s("agreement"), project,      s("--coders"),
                           s("Aisha,Ben"), s("--codes"), s("Theme")};
    // Aisha 0-16 (17), Ben 6-16 and 19-32 (25): both 11, only first 6, only second 14,
    // neither 34 - 31 = 3. Percent 14/34; kappa 2(11*3 - 6*14) / (17*9 + 25*17) = -102/578;
    // alpha: n1 = 22 + 20, n0 = 6 + 20, 1 - 67 * 20 / (42 * 26) = -248/1092.
    const QJsonObject row = cliJson(base).value(s("rows")).toArray().at(0).toObject();
    CHECK(number(row, "n") == 34);
    CHECK(number(row, "both") == 11);
    CHECK(number(row, "only_first") == 6);
    CHECK(number(row, "only_second") == 14);
    CHECK(number(row, "neither") == 3);
    CHECK(number(row, "percent_agreement") == Approx(1400.0 / 34));
    CHECK(number(row, "cohen_kappa") == Approx(-102.0 / 578));
    CHECK(number(row, "krippendorff_alpha") == Approx(-248.0 / 1092));

    const auto csv = mustRun(base + QStringList{s("--format"), s("csv")});
    CHECK(csv.out.startsWith("scope,document,code,n,both,only_first,only_second,neither,"
                             "percent_agreement,cohen_kappa,krippendorff_alpha,notes\r\n"));
    CHECK(csv.out.contains("document,a,Theme,34,11,6,14,3,41.1764705882,-0.176470588235,"));
    CHECK(csv.out.contains("overall,,,34,11,6,14,3,"));

    // Segment: [0,17) and [6,17) share 11 < 0.9 * 17; nothing pairs: 0 of 3.
    const QJsonObject seg = cliJson(base + QStringList{s("--unit"), s("segment")});
    const QJsonObject segRow = seg.value(s("rows")).toArray().at(0).toObject();
    CHECK(number(segRow, "agreements") == 0);
    CHECK(number(segRow, "only_first") == 1);
    CHECK(number(segRow, "only_second") == 2);
    CHECK(number(segRow, "percent_agreement") == 0);
    // One code compared: chance 1/k = 1 leaves BP undefined.
    CHECK(segRow.value(s("brennan_prediger_kappa")).isNull());
    CHECK(segRow.value(s("brennan_prediger_kappa_undefined")).toString() ==
          s("only one code compared: chance agreement 1/k is 1"));
    // At 0.6, 11 >= 10.2 pairs them.
    const QJsonObject loose =
        cliJson(base + QStringList{s("--unit"), s("segment"), s("--overlap"), s("0.6")});
    CHECK(number(loose.value(s("overall")).toObject(), "agreements") == 1);

    // Paragraphs [0,17) and [19,33): Aisha coded only the first, so the second is missing for
    // her; the one complete unit has both coders at "present": no variation.
    const QJsonObject para = cliJson(base + QStringList{s("--unit"), s("paragraph")});
    const QJsonObject theme = para.value(s("codes")).toArray().at(0).toObject();
    CHECK(theme.value(s("code")).toString() == s("Theme"));
    CHECK(number(theme, "n_units") == 2);
    CHECK(number(theme, "n_complete") == 1);
    CHECK(number(theme, "percent_agreement") == 100);
    CHECK(theme.value(s("cohen_kappa_undefined")).toString() ==
          s("no variation: both coders gave every unit the same value"));
    CHECK(theme.value(s("krippendorff_alpha")).isNull());
    CHECK(theme.value(s("alpha_ci95")).isNull());
    CHECK(theme.value(s("alpha_ci95_undefined")).toString() == s("alpha is undefined"));

    const auto table = mustRun(base + QStringList{s("--unit"), s("paragraph")});
    CHECK(table.out.contains("undef(a)"));
    CHECK(table.out.contains("(a) no variation: both coders gave every unit the same value"));
}

TEST_CASE("cli agreement: usage errors and unknown names") {
    QTemporaryDir dir;
    const QString project = smallProject(dir, s("errors"), {aishaSheet, benSheet});
    const auto code = [&](const QStringList& extra) {
        return runCli(QStringList{s("agreement"), project} + extra);
    };
    CHECK(code({}).exitCode == 2);
    CHECK(code({s("--coders"), s("Aisha,Ben"), s("--unit"), s("word")}).exitCode == 2);
    CHECK(code({s("--coders"), s("Aisha,Ben"), s("--format"), s("xml")}).exitCode == 2);
    CHECK(code({s("--coders"), s("Aisha,Ben"), s("--group"), s("Theme")}).exitCode == 2);
    CHECK(code({s("--coders"), s("Aisha,Ben"), s("--overlap"), s("0.5")}).exitCode == 2);
    CHECK(code({s("--coders"), s("Aisha,Ben"), s("--unit"), s("segment"), s("--overlap"), s("1.5")})
              .exitCode == 2);
    const auto unknown = code({s("--coders"), s("Aisha,Zoe")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("no coder named \"Zoe\""));
    const auto noCode = code({s("--coders"), s("Aisha,Ben"), s("--codes"), s("Nope")});
    CHECK(noCode.exitCode == 1);
    CHECK(noCode.err.contains("no code \"Nope\""));
}

TEST_CASE("cli merge: two copies coded by different coders, then compared") {
    QTemporaryDir dir;
    const QString mine = smallProject(dir, s("mine"), {aishaSheet});
    const QString theirs = smallProject(dir, s("theirs"), {benSheet});
    const auto merged = mustRun({s("merge"), mine, theirs});
    CHECK(merged.out.contains("matched document a\n"));
    CHECK(merged.out.contains("added coder Ben\n"));
    CHECK(merged.out.contains("documents: 1 matched, 0 refused\n"));
    CHECK(merged.out.contains("codes: 0 matched by UUID, 1 matched by path, 0 created\n"));
    CHECK(merged.out.contains("coders: 0 matched, 1 added\n"));
    CHECK(merged.out.contains("codings: 2 added, 0 duplicate(s) skipped, 0 refused\n"));
    // The merged project gives the numbers of the project coded in one place.
    const QJsonObject row = cliJson({s("agreement"), mine, s("--coders"), s("Aisha,Ben")})
                                .value(s("rows"))
                                .toArray()
                                .at(0)
                                .toObject();
    CHECK(number(row, "both") == 11);
    CHECK(number(row, "cohen_kappa") == Approx(-102.0 / 578));

    const auto again = mustRun({s("merge"), mine, theirs});
    CHECK(again.out.contains("codings: 0 added, 2 duplicate(s) skipped, 0 refused\n"));
    CHECK(runCli({s("merge"), mine, dir.filePath(s("missing.situate"))}).exitCode == 1);
    CHECK(runCli({s("merge"), mine}).exitCode == 2);
    CHECK(mustRun({s("check"), mine}).out == "ok\n");
}
