// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV of a character or segment table, written as bytes a piece at a time, against the
// same sheet written cell by cell through csv::Writer (how it was written before): names
// that need the formula guard or quotes, rounding ties, undefined coefficients, and
// thousands of rows of random counts.
#include "core/agreement/agreementreport.h"
#include "core/agreement/idindex.h"
#include "core/io/csv.h"

#include <catch2/catch.hpp>

#include <limits>
#include <random>

using namespace situate;

namespace {

// The sheet's rows cell by cell, each number through QString::number(v, 'g', 12).
QByteArray cellByCell(const AgreementResult& r) {
    const bool character = r.request.unit == AgreementUnit::Character;
    csv::Writer w;
    using csv::Cell;
    const auto num = [](const Coefficient& c) {
        return Cell::number(c.defined() ? QString::number(*c.value, 'g', 12) : QString());
    };
    // The header as the sheet has it: this compares the rows.
    QByteArray out = agreementCsv(r);
    out.truncate(out.indexOf("\r\n") + 2);
    QVector<const SpanRow*> rows;
    for (const SpanRow& row : r.rows)
        rows << &row;
    for (const SpanRow& row : r.codeRows)
        rows << &row;
    rows << &r.overall;
    for (const SpanRow* row : rows) {
        const QString scope = row->document >= 0 ? QStringLiteral("document")
                              : row->code >= 0   ? QStringLiteral("code")
                                                 : QStringLiteral("overall");
        QVector<Cell> cells{scope, r.documentName(*row), r.codeName(*row)};
        const SpanCoefficients k = r.coefficients(*row);
        if (character) {
            const BinaryCounts& c = row->characters;
            cells << Cell::number(c.n()) << Cell::number(c.both) << Cell::number(c.onlyFirst)
                  << Cell::number(c.onlySecond) << Cell::number(c.neither)
                  << num(k.percentAgreement) << num(k.cohenKappa) << num(k.krippendorffAlpha)
                  << undefinedNotes({{QStringLiteral("percent_agreement"), k.percentAgreement},
                                     {QStringLiteral("cohen_kappa"), k.cohenKappa},
                                     {QStringLiteral("krippendorff_alpha"), k.krippendorffAlpha}});
        } else {
            const SegmentCounts& c = row->segments;
            cells << Cell::number(c.agreements) << Cell::number(c.onlyFirst)
                  << Cell::number(c.onlySecond) << num(k.percentAgreement)
                  << num(k.brennanPredigerKappa)
                  << undefinedNotes(
                         {{QStringLiteral("percent_agreement"), k.percentAgreement},
                          {QStringLiteral("brennan_prediger_kappa"), k.brennanPredigerKappa}});
        }
        w.writeCells(cells);
    }
    return out + w.data();
}

// A table of `documents` x codes rows of random counts, with names a spreadsheet would run or
// that need quotes, and documents of 8,192 characters, where 4,097 agreeing characters make
// 50.01220703125%: a tie at the thirteenth digit.
AgreementResult randomTable(AgreementUnit unit, int documents, quint64 seed) {
    AgreementResult r;
    r.request.unit = unit;
    r.codes = {QStringLiteral("Theme"), QStringLiteral("=HYPERLINK(\"x\")"),
               QStringLiteral("Level/Low, high"), QStringLiteral("-minus")};
    std::mt19937_64 random(seed);
    const auto below = [&](qint64 n) {
        return n <= 0 ? 0 : qint64(random() % quint64(n));
    };
    r.codeRows.resize(r.codes.size());
    for (int k = 0; k < r.codes.size(); ++k)
        r.codeRows[k].code = k;
    for (int d = 0; d < documents; ++d) {
        r.documents << (d % 3 == 0   ? QStringLiteral("+doc %1").arg(d)
                        : d % 3 == 1 ? QStringLiteral("doc \"%1\", part").arg(d)
                                     : QStringLiteral("doc %1").arg(d));
        for (int k = 0; k < r.codes.size(); ++k) {
            SpanRow row;
            row.document = d;
            row.code = k;
            const qint64 n = random() % 4 == 0 ? 8192 : below(5000);
            const int shape = int(random() % 6);
            BinaryCounts& c = row.characters;
            if (shape == 0) { // nobody coded it
                c.neither = n;
            } else if (shape == 1) { // both coded every character
                c.both = n;
            } else if (shape == 2 && n == 8192) { // the tie
                c.both = 2000;
                c.neither = 2097;
                c.onlyFirst = 4095;
            } else {
                c.both = below(n);
                c.onlyFirst = below(n - c.both);
                c.onlySecond = below(n - c.both - c.onlyFirst);
                c.neither = n - c.both - c.onlyFirst - c.onlySecond;
            }
            row.segments = {below(40), below(5), shape == 0 ? 0 : below(5)};
            if (shape == 0)
                row.segments = {};
            r.codeRows[k].characters += row.characters;
            r.codeRows[k].segments += row.segments;
            r.overall.characters += row.characters;
            r.overall.segments += row.segments;
            r.rows << row;
        }
    }
    return r;
}

} // namespace

TEST_CASE("Agreement CSV written as bytes equals the sheet written cell by cell") {
    for (AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Segment}) {
        for (quint64 seed : {1, 2, 3}) {
            const AgreementResult r = randomTable(unit, 3000, seed);
            const QByteArray expected = cellByCell(r);
            CHECK(agreementCsv(r) == expected);
            // A character table of this size (1.2 MB) comes in pieces, laid end to end.
            QByteArray joined;
            int pieces = 0;
            writeAgreementCsv(r, [&](const QByteArray& piece) {
                joined += piece;
                ++pieces;
            });
            CHECK(joined == expected);
            CHECK((pieces > 1 || unit == AgreementUnit::Segment));
        }
    }
    // The tie is in the sheet, rounded as Qt rounds it (away from zero).
    AgreementResult tie = randomTable(AgreementUnit::Character, 0, 1);
    tie.overall.characters = {2000, 4095, 0, 2097};
    CHECK(agreementCsv(tie).contains(",50.0122070313,"));
    CHECK(agreementCsv(tie) == cellByCell(tie));
}

TEST_CASE("Ids become positions through an array when dense, a hash when far apart") {
    const IdIndex dense({7, 3, 9, 3});
    CHECK(dense(7) == 0);
    CHECK(dense(3) == 1); // the first of a repeated id
    CHECK(dense(9) == 2);
    CHECK(dense(4) == -1);
    CHECK(dense(2) == -1);
    CHECK(dense(1000) == -1);
    CHECK(dense(-5) == -1);
    const IdIndex sparse({1, std::numeric_limits<qint64>::max(), -40});
    CHECK(sparse(1) == 0);
    CHECK(sparse(std::numeric_limits<qint64>::max()) == 1);
    CHECK(sparse(-40) == 2);
    CHECK(sparse(2) == -1);
    CHECK(IdIndex({})(1) == -1);
}
