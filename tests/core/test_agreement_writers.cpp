// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-text table and the JSON of a character or segment comparison, written as bytes a
// piece at a time (writeAgreementTable, writeAgreementJson), against the same output built
// whole as before (agreementTable as a QString, agreementJson through QJsonDocument): random
// counts, names that need JSON escapes or are wider in UTF-16 than in characters, names
// starting with white space, rounding ties, and every unit on the demo project.
#include "core/agreement/agreementreport.h"
#include "tests/core/agreementtest.h"
#include "tests/support/demoproject.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace situate;

namespace {

QByteArray joined(void (*write)(const AgreementResult&,
                                const std::function<void(const QByteArray&)>&),
                  const AgreementResult& r, int* pieces = nullptr) {
    QByteArray out;
    write(r, [&](const QByteArray& piece) {
        out += piece;
        if (pieces)
            ++*pieces;
    });
    return out;
}

QByteArray wholeTable(const AgreementResult& r) {
    return agreementTable(r).toUtf8();
}

QByteArray wholeJson(const AgreementResult& r) {
    return QJsonDocument(agreementJson(r)).toJson(QJsonDocument::Indented);
}

// Names that JSON must escape, that are longer in UTF-16 than in characters (emoji), that are
// right to left or wide, that begin with white space, and an empty one.
const QStringList hostileNames{
    QStringLiteral(" leading space"),
    QStringLiteral("\ttab first"),
    QString(),
    QStringLiteral("quote \" and backslash \\ and slash /"),
    QStringLiteral("control \x01 and newline\ninside"),
    QString::fromUtf8("emoji \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD and \xE2\x80\x8B"),
    QString::fromUtf8("\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84\xD8\xA9 3"),
    QString::fromUtf8("\xE8\xAE\xBF\xE8\xB0\x88"),
    QString(QChar(0xD800)) + QStringLiteral(" lone surrogate"),
};

} // namespace

TEST_CASE("Agreement table and JSON written as bytes equal the whole outputs") {
    for (AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Segment}) {
        for (quint64 seed : {1, 2}) {
            INFO("unit " << agreementUnitName(unit).toStdString() << ", seed " << seed);
            AgreementResult r = test::randomTable(unit, 2000, seed);
            r.request.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
            int tablePieces = 0, jsonPieces = 0;
            CHECK(joined(writeAgreementTable, r, &tablePieces) == wholeTable(r));
            CHECK(joined(writeAgreementJson, r, &jsonPieces) == wholeJson(r));
            // Both are megabytes here, handed on in pieces.
            CHECK(tablePieces > 1);
            CHECK(jsonPieces > 1);
        }
    }
}

TEST_CASE("Agreement table and JSON as bytes keep odd names, ties and empty tables") {
    for (AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Segment}) {
        INFO("unit " << agreementUnitName(unit).toStdString());
        AgreementResult r = test::randomTable(unit, hostileNames.size(), 7);
        r.documents = hostileNames;
        r.codes[0] = QString::fromUtf8("Th\xC3\xA8me \xF0\x9F\x98\x80");
        r.request.coders = {QStringLiteral("A \"one\""), QString::fromUtf8("B\xC3\xA9")};
        r.request.overlap = 0.85;
        // Percentages that are exact ties at one decimal (87.25, 97.25, 0.25: Qt rounds them
        // away from zero) and a row with nothing in it.
        r.rows[0].characters = {300, 51, 0, 49}; // 349 of 400
        r.rows[1].characters = {300, 11, 0, 89}; // 389 of 400
        r.rows[2].characters = {1, 399, 0, 0};   // 1 of 400
        r.rows[3].characters = {};
        r.rows[3].segments = {};
        CHECK(joined(writeAgreementTable, r) == wholeTable(r));
        CHECK(joined(writeAgreementJson, r) == wholeJson(r));
        if (unit == AgreementUnit::Character)
            for (const char* tie : {" 87.3 ", " 97.3 ", " 0.3 "})
                CHECK(joined(writeAgreementTable, r).contains(tie));

        AgreementResult empty;
        empty.request.unit = unit;
        empty.request.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
        CHECK(joined(writeAgreementTable, empty) == wholeTable(empty));
        CHECK(joined(writeAgreementJson, empty) == wholeJson(empty));
    }
}

TEST_CASE("Agreement table and JSON as bytes equal the whole outputs on the demo, every unit") {
    const test::DemoProject demo;
    for (AgreementUnit unit :
         {AgreementUnit::Character, AgreementUnit::Segment, AgreementUnit::Document,
          AgreementUnit::Paragraph, AgreementUnit::Turn}) {
        INFO("unit " << agreementUnitName(unit).toStdString());
        AgreementRequest q;
        q.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
        q.unit = unit;
        if (isCategorical(unit))
            q.group = QStringLiteral("Outcomes");
        const auto r = computeAgreement(demo.storage(), q);
        REQUIRE(r);
        CHECK((isCategorical(unit) || !r->rows.isEmpty()));
        CHECK(joined(writeAgreementTable, *r) == wholeTable(*r));
        CHECK(joined(writeAgreementJson, *r) == wholeJson(*r));
    }
}

TEST_CASE("Each number column of the table is as wide as its widest cell, at either end") {
    // The widths come from each column's smallest and largest value: a negative kappa is the
    // widest cell of its column though the largest value is positive, and the largest count
    // the widest of its own.
    for (const bool negativeFirst : {true, false}) {
        INFO("negative row first: " << negativeFirst);
        AgreementResult r;
        r.request.unit = AgreementUnit::Character;
        r.request.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
        r.documents = {QStringLiteral("one")};
        r.codes = {QStringLiteral("Split"), QStringLiteral("Shared")};
        const BinaryCounts split{1, 10, 10, 1};            // kappa -0.818
        const BinaryCounts shared{50, 1, 1, 123456789012}; // kappa 0.990, a 12-digit count
        r.rows.append({0, 0, negativeFirst ? split : shared, {}});
        r.rows.append({0, 1, negativeFirst ? shared : split, {}});
        r.codeRows = {r.rows[0], r.rows[1]};
        for (SpanRow& pooled : r.codeRows)
            pooled.document = -1;
        r.overall.characters = split;
        r.overall.characters += shared;
        REQUIRE(test::value(r.coefficients(r.rows[negativeFirst ? 0 : 1]).cohenKappa) < -0.8);
        const QByteArray table = joined(writeAgreementTable, r);
        CHECK(table == wholeTable(r));
        CHECK(table.contains(" -0.818 "));
        CHECK(table.contains("123456789013  ")); // the overall n, right-aligned
    }
}

TEST_CASE("A table without documents or codes has only its overall row, as the whole output") {
    for (AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Segment}) {
        AgreementResult r;
        r.request.unit = unit;
        r.request.coders = {QStringLiteral("Aisha"), QStringLiteral("Ben")};
        const QByteArray table = joined(writeAgreementTable, r);
        CHECK(table == wholeTable(r));
        CHECK(table.contains("(overall)"));
    }
}
