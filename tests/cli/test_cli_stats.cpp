// SPDX-License-Identifier: GPL-3.0-or-later
// situate-cli presence as SPSS and Stata files, run as a process on the demo project: the files
// read back with ReadStat's tools match the CSV the CLI writes, cell by cell, and the coders
// filter takes a comma list and repeated options alike.
#include "tests/core/statsreadback.h"
#include "tests/support/clitest.h"

#include <QTemporaryDir>

using namespace situate;
using test::mustRun;
using test::runCli;
using test::s;
using test::sharedCliDemo;

namespace {

QByteArray presenceCsv(const QStringList& options) {
    return mustRun(QStringList{s("presence"), sharedCliDemo()} + options).out;
}

} // namespace

TEST_CASE("cli presence: SPSS and Stata files hold what the CSV holds") {
    if (!test::readstatOrSkip())
        return;
    QTemporaryDir dir;
    const QStringList options{s("--unit"), s("turn"), s("--count"), s("codings"),
                              s("--descendants")};
    const QByteArray csv = presenceCsv(options);
    const QString sav = dir.filePath(s("codes.sav"));
    CHECK(mustRun(QStringList{s("presence"), sharedCliDemo()} + options +
                  QStringList{s("--format"), s("sav"), s("--output"), sav})
              .out == "wrote turn table to codes.sav\n");
    test::compareStatsWithCsv(sav, csv, StatsPackage::Spss);
    // The format follows the file's suffix when --format is not given.
    const QString dta = dir.filePath(s("codes.dta"));
    CHECK(mustRun(QStringList{s("presence"), sharedCliDemo()} + options +
                  QStringList{s("--output"), dta})
              .out == "wrote turn table to codes.dta\n");
    test::compareStatsWithCsv(dta, csv, StatsPackage::Stata);

    const QStringList byCase{s("--unit"), s("case"), s("--count"), s("characters")};
    mustRun(QStringList{s("presence"), sharedCliDemo()} + byCase + QStringList{s("--output"), dta});
    test::compareStatsWithCsv(dta, presenceCsv(byCase), StatsPackage::Stata);
}

TEST_CASE("cli presence: --coders as a comma list, repeated, or --coder repeated, alike") {
    const QStringList unit{s("--unit"), s("document"), s("--count"), s("codings")};
    const QByteArray both = presenceCsv(unit + QStringList{s("--coders"), s("Aisha,Ben")});
    CHECK(both == presenceCsv(unit));
    CHECK(both ==
          presenceCsv(unit + QStringList{s("--coders"), s("Aisha"), s("--coders"), s("Ben")}));
    CHECK(both ==
          presenceCsv(unit + QStringList{s("--coder"), s("Aisha"), s("--coder"), s("Ben")}));
    const QByteArray ben = presenceCsv(unit + QStringList{s("--coders"), s("Ben")});
    const QByteArray aisha = presenceCsv(unit + QStringList{s("--coders"), s("Aisha")});
    CHECK(ben != both);
    CHECK(aisha != both);
    CHECK(ben != aisha);
    const auto r = runCli(QStringList{s("presence"), sharedCliDemo()} + unit +
                          QStringList{s("--coders"), s("Aisha"), s("--coders"), s("Nobody")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("Nobody"));
}
