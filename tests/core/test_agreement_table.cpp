// SPDX-License-Identifier: GPL-3.0-or-later
// The character and segment tables computeAgreement reads straight from the file (the codings
// kept as compact records while they are read, on two threads; spantable.cpp) equal the tables
// it computes from the codings it reads for the disagreement places: rows, pooled rows, names
// and their order, for the default choices and for named codes and documents.
#include "core/agreement/agreementanalysis.h"
#include "core/agreement/disagreementplaces.h"
#include "core/codetree.h"
#include "core/project.h"
#include "core/storage/analysisqueries.h"
#include "tests/core/generatedproject.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace situate;

namespace {

void requireSameRow(const SpanRow& a, const SpanRow& b) {
    REQUIRE(a.document == b.document);
    REQUIRE(a.code == b.code);
    REQUIRE(a.characters == b.characters);
    REQUIRE(a.segments == b.segments);
}

void requireSameTable(const AgreementResult& read, const AgreementResult& beside) {
    REQUIRE(read.documents == beside.documents);
    REQUIRE(read.codes == beside.codes);
    REQUIRE(read.rows.size() == beside.rows.size());
    for (qsizetype i = 0; i < read.rows.size(); ++i) {
        INFO("row " << i);
        requireSameRow(read.rows[i], beside.rows[i]);
    }
    REQUIRE(read.codeRows.size() == beside.codeRows.size());
    for (qsizetype i = 0; i < read.codeRows.size(); ++i)
        requireSameRow(read.codeRows[i], beside.codeRows[i]);
    requireSameRow(read.overall, beside.overall);
}

} // namespace

TEST_CASE("agreement table: read straight from the file, the same as computed beside the "
          "disagreement places") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("three.situate"));
    // Three coders (the third is not compared); the upper half of the rowids moved far up so
    // the codings are read in two halves at once; Ben's codings of one document gone, so it
    // is not compared by default; one code applied by the third coder only.
    test::generateEdited(
        path, {.documents = 12, .words = 1500, .codes = 12, .codings = 6000, .coders = 3},
        {QStringLiteral("UPDATE codings SET id = id + 300000 WHERE id > 3000"),
         QStringLiteral(
             "DELETE FROM codings WHERE coder_id = (SELECT id FROM coders WHERE name = 'Ben') "
             "AND document_id = (SELECT min(id) FROM documents)"),
         QStringLiteral(
             "UPDATE codings SET coder_id = (SELECT id FROM coders WHERE name = 'Chloe') "
             "WHERE code_id = (SELECT max(id) FROM codes)")});
    auto project = Project::open(path, Project::Backup::Skip).take();
    const Storage& s = project->storage();
    const AgreementResult all = [&] {
        AgreementRequest r;
        r.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben"), QStringLiteral("Chloe")};
        r.unit = AgreementUnit::Document;
        return computeAgreement(s, r).value();
    }();
    REQUIRE(all.documents.size() == 12);
    REQUIRE(all.codes.size() == 12);
    const QVector<DocumentInfo> documents = s.documents().value();
    const QString benless =
        std::min_element(documents.cbegin(), documents.cend(),
                         [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; })
            ->name;
    const CodeTree tree = CodeTree::read(s).value();
    const auto last = std::max_element(tree.codes().cbegin(), tree.codes().cend(),
                                       [](const Code& a, const Code& b) { return a.id < b.id; });
    const QString chloes = tree.path(last->id);
    REQUIRE(all.documents.contains(benless));
    REQUIRE(all.codes.contains(chloes));
    QStringList others = all.codes;
    others.removeAll(chloes);

    for (const AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Segment}) {
        for (int variant = 0; variant < 3; ++variant) {
            AgreementRequest r;
            r.unit = unit;
            r.coders = {QStringLiteral("Ben"), QStringLiteral("Aisha")};
            if (variant == 1) // named codes, one twice, one only the third coder applied
                r.codes = {others[3], chloes, others[0], others[3]};
            else if (variant == 2) // named documents, one twice, one only Aisha coded
                r.documents = {all.documents[5], benless, all.documents[5], all.documents[2]};
            INFO("unit " << agreementUnitName(unit).toStdString() << ", variant " << variant);
            const AgreementResult read = computeAgreement(s, r).value();
            DisagreementPlaces places;
            const AgreementResult beside = computeAgreement(s, r, &places).value();
            requireSameTable(read, beside);
            // What the data were shaped to give: not a table of zeros, and by default neither
            // the document Ben never coded nor the code only the third coder applied.
            CHECK(read.documents.contains(benless) == (variant == 2));
            CHECK(read.codes.contains(chloes) == (variant == 1));
            CHECK(read.rows.size() == read.documents.size() * read.codes.size());
            if (unit == AgreementUnit::Character) {
                CHECK(read.overall.characters.both > 0);
                CHECK(read.overall.characters.onlyFirst > 0);
            } else {
                CHECK(read.overall.segments.agreements > 0);
                CHECK(read.overall.segments.onlySecond > 0);
            }
        }
    }
}

TEST_CASE("agreement table: the documents as counting reads them, in the project's order") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.situate"));
    // An order of their own, names that sort differently in bytes and in letters, an emoji
    // outside the BMP, and two documents of one sort order ordered by name.
    test::generateEdited(path, {.documents = 9, .words = 200, .codes = 3, .codings = 40},
                         {QStringLiteral("UPDATE documents SET sort_order = (id * 7) % 4"),
                          QString::fromUtf8("UPDATE documents SET name = '\xC3\x89mile "
                                            "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD ' || id "
                                            "WHERE id % 3 = 0"),
                          QStringLiteral("UPDATE documents SET name = 'zeta ' || id "
                                         "WHERE id % 3 = 1")});
    auto project = Project::open(path, Project::Backup::Skip).take();
    const Storage& s = project->storage();
    const QVector<DocumentInfo> listed = s.documents().value();
    const QVector<DocumentInfo> read = loadDocumentLengths(s).value();
    REQUIRE(listed.size() == 9);
    REQUIRE(read.size() == listed.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        INFO("document " << i);
        CHECK(read[i].id == listed[i].id);
        CHECK(read[i].name == listed[i].name);
        CHECK(read[i].length == listed[i].length);
        CHECK(read[i].length > 0);
    }
    CHECK(std::any_of(read.cbegin(), read.cend(), [](const DocumentInfo& d) {
        return d.name.startsWith(QString::fromUtf8("\xC3\x89mile \xF0\x9F\x91\x8D"));
    }));
}
