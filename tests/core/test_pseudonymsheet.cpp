// SPDX-License-Identifier: GPL-3.0-or-later
// The sheets of pseudonymisation: a list saved and read back (CSV, and XLSX as a workbook
// writer makes it), and where a key may not go.
#include "core/analysis/xlsxbook.h"
#include "core/io/pseudonymsheet.h"
#include "core/io/sheetfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("pseudonym sheets: a saved list reads back as it was, guarded cells included") {
    const QVector<PseudonymEntry> entries{
        {s("Ama Owusu"), s("Participant A"), true, true},
        {s("okafor"), s("Participant B"), false, false},
        {s("=Kofi"), s("-C"), true, false},
        {s("Zoë, \"Z\""), QString(), false, true},
    };
    const QByteArray sheet = pseudonymListSheet(entries);
    CHECK(sheet.startsWith("find,replace,match,case\r\nAma Owusu,Participant A,word,sensitive\r\n"
                           "okafor,Participant B,anywhere,ignore\r\n'=Kofi,'-C,word,ignore\r\n"));
    auto table = csv::parse(sheet, s("list.csv"));
    REQUIRE(table.ok());
    const auto back = readPseudonymList(*table, s("list.csv"));
    REQUIRE(back.ok());
    REQUIRE(back->size() == entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        CHECK((*back)[i].find == entries[i].find);
        CHECK((*back)[i].replace == entries[i].replace);
        CHECK((*back)[i].wholeWord == entries[i].wholeWord);
        CHECK((*back)[i].caseSensitive == entries[i].caseSensitive);
    }
}

TEST_CASE("pseudonym sheets: a list in an XLSX workbook reads like the same list in CSV") {
    QTemporaryDir dir;
    const QString path = dir.filePath(s("list.xlsx"));
    {
        XlsxBook book(path);
        REQUIRE(book.addSheet(s("List")).ok());
        book.writeHeader(0, 0, s("find"));
        book.writeHeader(0, 1, s("replace"));
        book.writeHeader(0, 3, s("case"));
        book.writeText(1, 0, s("Ama Owusu"));
        book.writeText(1, 1, s("Participant A"));
        book.writeText(3, 0, s("Ward 7"));
        book.writeNumber(3, 1, 9);
        book.writeText(3, 3, s("ignore"));
        REQUIRE(book.commit().ok());
    }
    auto table = readSheetFile(path);
    INFO(table.error().toStdString());
    REQUIRE(table.ok());
    CHECK(table->header == QStringList({s("find"), s("replace"), QString(), s("case")}));
    REQUIRE(table->rows.size() == 2); // the empty third row is left out
    CHECK(table->line(0) == 2);
    CHECK(table->line(1) == 4);
    const auto entries = readPseudonymList(*table, s("list.xlsx"));
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK((*entries)[0].find == s("Ama Owusu"));
    CHECK((*entries)[0].replace == s("Participant A"));
    CHECK((*entries)[1].find == s("Ward 7"));
    CHECK((*entries)[1].replace == s("9"));
    CHECK_FALSE((*entries)[1].caseSensitive);

    // A file that is not a workbook says so, naming it.
    const QString fake = dir.filePath(s("fake.xlsx"));
    QFile f(fake);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("find,replace\n");
    f.close();
    const auto refused = readSheetFile(fake);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(s("fake.xlsx")));
    // Anything else is CSV.
    const QString csvPath = dir.filePath(s("list.csv"));
    QFile c(csvPath);
    REQUIRE(c.open(QIODevice::WriteOnly));
    c.write("find,replace\nOkafor,B\n");
    c.close();
    REQUIRE(readSheetFile(csvPath).ok());
    CHECK(readSheetFile(csvPath)->rows.size() == 1);
}

TEST_CASE("pseudonym sheets: a key in the project's folder or below it is inside, and links "
          "are followed") {
    QTemporaryDir dir;
    QDir root(dir.path());
    REQUIRE(root.mkpath(s("study/keys")));
    REQUIRE(root.mkpath(s("elsewhere")));
    const QString project = root.filePath(s("study/study.situate"));
    CHECK(keyInsideProjectFolder(root.filePath(s("study/key.csv")), project));
    CHECK(keyInsideProjectFolder(root.filePath(s("study/keys/key.csv")), project));
    CHECK(keyInsideProjectFolder(root.filePath(s("study/new/key.csv")), project));
    CHECK_FALSE(keyInsideProjectFolder(root.filePath(s("elsewhere/key.csv")), project));
    CHECK_FALSE(keyInsideProjectFolder(root.filePath(s("key.csv")), project));
    // A folder whose name only starts like the project's is another folder.
    CHECK_FALSE(keyInsideProjectFolder(root.filePath(s("study2/key.csv")), project));
    // A link that leads into the project's folder is the project's folder.
    REQUIRE(QFile::link(root.filePath(s("study")), root.filePath(s("link"))));
    CHECK(keyInsideProjectFolder(root.filePath(s("link/key.csv")), project));
    CHECK_FALSE(
        keyInsideProjectFolder(root.filePath(s("key.csv")), s("postgresql://me@localhost/study")));
}
