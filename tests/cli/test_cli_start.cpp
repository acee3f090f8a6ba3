// SPDX-License-Identifier: GPL-3.0-or-later
// situate-cli starts without the libraries only some commands need: Poppler, libxlsxwriter and
// ReadStat come with the module situate-formats.so when a command first needs it, libpq only
// with a server connection (core/formats/README.md), and Qt Gui only in situate-report, the
// program situate-cli runs for `report` (app/cli/README.md). The dynamic loader itself reports
// what it loads (LD_DEBUG=files).
#include "tests/support/testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::s;

namespace {

/// The shared objects the loader opened while situate-cli ran `args` (which must succeed).
QByteArray loadedBy(const QStringList& args) {
    qputenv("LD_DEBUG", "files");
    const test::ProcessResult r = test::runCli(args);
    qunsetenv("LD_DEBUG");
    INFO(args.join(QLatin1Char(' ')).toStdString()
         << "\nstderr (first 2000 bytes): " << r.err.left(2000).toStdString());
    REQUIRE(r.exitCode == 0);
    // The loader names every object it opens; Qt Core is always one (else LD_DEBUG was ignored).
    REQUIRE(r.err.contains("libQt6Core.so"));
    return r.err;
}

const char* const kOnDemand[] = {"libpoppler",         "libxlsxwriter", "libreadstat",
                                 "libpq.so",           "libQt6Gui.so",  "libfreetype",
                                 "situate-formats.so", "situate-report"};

} // namespace

TEST_CASE("situate-cli loads Poppler, libxlsxwriter, ReadStat, libpq and Qt Gui only for the "
          "commands that use them") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(s("demo.situate"));
    test::mustRun({s("demo"), demo});

    for (const QStringList& args :
         {QStringList{s("stats"), demo}, QStringList{s("--version")},
          QStringList{s("freq"), demo, s("--by"), s("case")},
          QStringList{s("agreement"), demo, s("--coders"), s("Aisha,Ben")},
          QStringList{s("extracts"), demo, s("--format"), s("csv")}}) {
        const QByteArray loaded = loadedBy(args);
        for (const char* library : kOnDemand) {
            INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << library);
            CHECK_FALSE(loaded.contains(library));
        }
    }

    // The module, with its libraries, when one of them is needed; the files are real.
    const QString xlsx = dir.filePath(s("extracts.xlsx"));
    const QByteArray forXlsx =
        loadedBy({s("extracts"), demo, s("--format"), s("xlsx"), s("--output"), xlsx});
    CHECK(forXlsx.contains("situate-formats.so"));
    CHECK(forXlsx.contains("libxlsxwriter"));
    CHECK(test::readFile(xlsx).startsWith("PK\x03\x04"));

    const QString sav = dir.filePath(s("presence.sav"));
    const QByteArray forSav =
        loadedBy({s("presence"), demo, s("--unit"), s("document"), s("--output"), sav});
    CHECK(forSav.contains("libreadstat"));
    CHECK(test::readFile(sav).startsWith("$FL2"));

    const QByteArray forPdf = loadedBy({s("import"), demo, test::fixture(s("import/writer.pdf"))});
    CHECK(forPdf.contains("libpoppler"));
    CHECK(test::mustRun({s("documents"), s("list"), demo}).out.contains("writer"));

    // The report draws with fonts: situate-report, with Qt Gui, writes it (LD_DEBUG is
    // inherited, so the loader names what the report program loads too).
    for (const char* suffix : {".pdf", ".docx", ".html"}) {
        const QString report = dir.filePath(s("report") + QLatin1String(suffix));
        const QByteArray forReport = loadedBy({s("report"), demo, s("--output"), report});
        INFO(suffix);
        CHECK(forReport.contains("situate-report"));
        CHECK(forReport.contains("libQt6Gui.so"));
        const QByteArray bytes = test::readFile(report);
        CHECK((bytes.startsWith("%PDF-") || bytes.startsWith("PK\x03\x04") ||
               bytes.contains("<html")));
        CHECK(bytes.size() > 10000);
    }
}

TEST_CASE("situate-cli report passes on the report program's messages and exit codes") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(s("demo.situate"));
    test::mustRun({s("demo"), demo});
    // A usage error found by situate-report: exit code 2, its message, no file.
    const QString text = dir.filePath(s("report.txt"));
    const test::ProcessResult wrong = test::runCli({s("report"), demo, s("--output"), text});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains("a report is written as .html, .pdf or .docx"));
    CHECK_FALSE(QFileInfo::exists(text));
    // A project that is not there: exit code 1 and the plain message, as for any command.
    const test::ProcessResult missing = test::runCli(
        {s("report"), dir.filePath(s("none.situate")), s("--output"), dir.filePath(s("r.pdf"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("situate-cli: "));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(s("r.pdf"))));
    // --help is answered by situate-cli itself.
    CHECK(test::mustRun({s("report"), s("--help")}).out.contains("FILE.docx"));
}
