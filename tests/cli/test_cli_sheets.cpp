// SPDX-License-Identifier: GPL-3.0-or-later
// Sheets as spreadsheets in other locales save them (tests/fixtures/sheets/MAKE.md): the same
// codebook written by LibreOffice Calc with semicolons in UTF-8 and in Windows-1252, as
// tab-separated UTF-16 ("Unicode text") and as an .xlsx workbook imports to the same codes.
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
