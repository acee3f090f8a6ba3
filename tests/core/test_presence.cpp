// SPDX-License-Identifier: GPL-3.0-or-later
// Code tables for statistics packages on the project of queryfixture.h, every cell worked out
// by hand from its layout: units, counts, sub-codes, coders, attributes, and the XLSX read back.
#include "core/analysis/presence.h"
#include "core/io/sheetfile.h"
#include "tests/core/queryfixture.h"

using namespace situate;
using test::s;

namespace {

QString table(const test::QueryFixture& f, PresenceUnit unit, PresenceCount count,
              bool descendants = false, QVector<qint64> coders = {}) {
    PresenceRequest req;
    req.unit = unit;
    req.count = count;
    req.descendants = descendants;
    req.filter.coderIds = std::move(coders);
    const Result<QByteArray> csv = presenceCsv(f.project->storage(), req, false);
    REQUIRE(csv.ok());
    return QString::fromUtf8(*csv).replace(s("\r\n"), s("\n"));
}

} // namespace

TEST_CASE("presence: one row per document, attributes, then 0/1, codings or characters") {
    test::QueryFixture f;
    const QString header = s("document,case,region,language,Barrier,Barrier/Funding,Outcome\n");
    CHECK(table(f, PresenceUnit::Document, PresenceCount::Presence) ==
          header + s("Captions,,,,1,0,1\n"
                     "Interview 1,North,coastal,,1,1,1\n"
                     "Notes,South,,en,0,0,1\n"));
    CHECK(table(f, PresenceUnit::Document, PresenceCount::Codings) ==
          header + s("Captions,,,,1,0,2\n"
                     "Interview 1,North,coastal,,3,1,1\n"
                     "Notes,South,,en,0,0,1\n"));
    // Characters: the union of a column's codings, so Aisha's and Ben's overlap counts once.
    CHECK(table(f, PresenceUnit::Document, PresenceCount::Characters) ==
          header + s("Captions,,,,3,0,7\n"
                     "Interview 1,North,coastal,,16,7,7\n"
                     "Notes,South,,en,0,0,5\n"));
    // With sub-codes, Barrier's column holds Funding's adjacent coding too.
    CHECK(table(f, PresenceUnit::Document, PresenceCount::Characters, true) ==
          header + s("Captions,,,,3,0,7\n"
                     "Interview 1,North,coastal,,23,7,7\n"
                     "Notes,South,,en,0,0,5\n"));
}

TEST_CASE("presence: turns and paragraphs count the codings that share a character") {
    test::QueryFixture f;
    // Notes has no turns, so no rows; the captions' turns have no speaker.
    CHECK(table(f, PresenceUnit::Turn, PresenceCount::Characters) ==
          s("document,case,speaker,start,end,region,language,Barrier,Barrier/Funding,Outcome\n"
            "Captions,,,0,7,,,3,0,3\n"
            "Captions,,,8,18,,,0,0,4\n"
            "Interview 1,North,Ann,0,15,coastal,,10,0,0\n"
            "Interview 1,North,Bob,16,34,coastal,,6,7,0\n"));
    // Paragraphs as agreement and co-occurrence have them: each line holding more than white
    // space (the blank line after Bob's is none).
    CHECK(table(f, PresenceUnit::Paragraph, PresenceCount::Presence) ==
          s("document,case,start,end,region,language,Barrier,Barrier/Funding,Outcome\n"
            "Captions,,0,7,,,1,0,1\n"
            "Captions,,8,18,,,0,0,1\n"
            "Interview 1,North,0,15,coastal,,1,0,0\n"
            "Interview 1,North,16,34,coastal,,1,1,0\n"
            "Interview 1,North,36,51,coastal,,0,0,1\n"
            "Notes,South,0,15,,en,0,0,1\n"));
}

TEST_CASE("presence: cases, a coder's codings only, and the XLSX as the CSV") {
    test::QueryFixture f;
    CHECK(table(f, PresenceUnit::Case, PresenceCount::Codings) ==
          s("case,region,language,Barrier,Barrier/Funding,Outcome\n"
            "North,coastal,,3,1,1\n"
            "South,,en,0,0,1\n"));
    const auto ben = f.project->storage().coderIdByName(s("Ben"));
    REQUIRE(ben);
    CHECK(table(f, PresenceUnit::Document, PresenceCount::Characters, false, {*ben}) ==
          s("document,case,region,language,Barrier,Barrier/Funding,Outcome\n"
            "Captions,,,,0,0,0\n"
            "Interview 1,North,coastal,,7,0,7\n"
            "Notes,South,,en,0,0,0\n"));

    PresenceRequest req;
    req.unit = PresenceUnit::Turn;
    req.count = PresenceCount::Characters;
    const QString path = f.dir.filePath(s("presence.xlsx"));
    REQUIRE(savePresenceXlsx(f.project->storage(), req, path).ok());
    const auto sheet = readSheetFile(path);
    REQUIRE(sheet.ok());
    QStringList rows{sheet->header.join(QLatin1Char(','))};
    for (const QStringList& r : sheet->rows)
        rows << r.join(QLatin1Char(','));
    CHECK(rows.join(QLatin1Char('\n')) + s("\n") ==
          table(f, PresenceUnit::Turn, PresenceCount::Characters));
}
