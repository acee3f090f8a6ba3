// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV of a character or segment table, written as bytes a piece at a time, against the
// same sheet written cell by cell through csv::Writer (how it was written before): names
// that need the formula guard or quotes, rounding ties, undefined coefficients, and
// thousands of rows of random counts.
#include "core/agreement/agreementreport.h"
#include "core/agreement/idindex.h"
#include "core/io/csv.h"
#include "tests/core/agreementtest.h"

#include <catch2/catch.hpp>

#include <limits>

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

} // namespace

TEST_CASE("Agreement CSV written as bytes equals the sheet written cell by cell") {
    for (AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Segment}) {
        for (quint64 seed : {1, 2, 3}) {
            const AgreementResult r = test::randomTable(unit, 3000, seed);
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
    AgreementResult tie = test::randomTable(AgreementUnit::Character, 0, 1);
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
