// SPDX-License-Identifier: GPL-3.0-or-later
// Sheets as spreadsheets in other locales save them (tests/fixtures/sheets/MAKE.md): the same
// codebook written by LibreOffice Calc with semicolons in UTF-8 and in Windows-1252, as
// tab-separated UTF-16 ("Unicode text") and as an .xlsx workbook imports to the same codes.
#include "core/io/csv.h"
#include "tests/support/clitest.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;
using test::runCli;
using test::s;

namespace {

// Imports `sheet` into a new project and returns the codebook it exports.
QByteArray codebookFrom(const QString& sheet, QTemporaryDir& dir, const QString& name) {
    const QString project = dir.filePath(name + s(".situate"));
    REQUIRE(runCli({s("new"), project}).exitCode == 0);
    const auto imported = runCli({s("codebook"), s("import"), project, sheet});
    INFO(sheet.toStdString() << "\n" << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString out = dir.filePath(name + s("-out.csv"));
    REQUIRE(runCli({s("codebook"), s("export"), project, out}).exitCode == 0);
    return test::readFile(out);
}

} // namespace

TEST_CASE("cli: a codebook saved by a spreadsheet in any locale imports the same codes") {
    QTemporaryDir dir;
    const QByteArray reference =
        codebookFrom(test::fixture(s("sheets/codebook-semicolon-utf8.csv")), dir, s("utf8"));
    CHECK(reference.contains("\r\nMécanismes,#1f77b4,Ce qui fait changer les pratiques; « "
                             "confiance »,"));
    CHECK(reference.contains("\r\nMécanismes/Größe des Budgets,#ff7f0e,\"Kosten über 5 000 €, "
                             "z. B. „Fortbildung“\","));
    CHECK(reference.contains("\r\n\"Resultaten/Één, twee\",#2ca02c,Uitkomst; gemeten\tper jaar,"));
    for (const char* other :
         {"codebook-semicolon-windows1252.csv", "codebook-tab-utf16.txt", "codebook.xlsx"}) {
        INFO(other);
        CHECK(codebookFrom(test::fixture(s("sheets/") + s(other)), dir, s(other)) == reference);
    }
}

TEST_CASE("cli: every CSV export takes a semicolon separator and reads back as the same table") {
    const QString demo = test::sharedCliDemo();
    QTemporaryDir dir;
    // Each command's CSV, to stdout or to the file it names; `%1` is where a file goes.
    const QVector<QStringList> commands{
        {s("freq"), demo, s("--by"), s("case"), s("--format"), s("csv")},
        {s("freq"), demo, s("--by"), s("rq"), s("--count"), s("coverage"), s("--format"), s("csv")},
        {s("cooccurrence"), demo, s("--format"), s("csv")},
        {s("extracts"), demo},
        {s("agreement"), demo, s("--coders"), s("Aisha,Ben"), s("--format"), s("csv")},
        {s("evidence"), demo, s("--format"), s("csv")},
        {s("maturity"), s("ratings"), demo, s("--format"), s("csv")},
        {s("codebook"), s("export"), demo, s("%1")},
        {s("codings"), s("export"), demo, s("%1")},
    };
    int n = 0;
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const auto bytesOf = [&](const QStringList& extra) {
            const QString file = dir.filePath(QStringLiteral("out-%1.csv").arg(++n));
            QStringList args = command;
            args.replaceInStrings(s("%1"), file);
            const auto r = runCli(args + extra);
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            return command.contains(s("%1")) ? test::readFile(file) : r.out;
        };
        const QByteArray comma = bytesOf({});
        const QByteArray semicolon = bytesOf({s("--separator"), s(";")});
        const QByteArray header = semicolon.left(semicolon.indexOf('\n'));
        CHECK(header.count(';') >= 1);
        CHECK(header.count(';') == comma.left(comma.indexOf('\n')).count(','));
        const auto a = csv::parse(comma, s("comma.csv"));
        const auto b = csv::parse(semicolon, s("semicolon.csv"));
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(a->header == b->header);
        CHECK(a->rows == b->rows);
        CHECK(a->rows.size() > 0);
    }
    const auto refused = runCli({s("freq"), demo, s("--by"), s("case"), s("--separator"), s("|")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("--separator takes ',' ';' or tab"));
}
