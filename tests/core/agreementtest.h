// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the agreement tests share: the value of a coefficient that must be defined, and a
// table of random counts for the writers.

#include "core/agreement/agreementanalysis.h"
#include "core/agreement/coefficients.h"

#include <catch2/catch.hpp>

#include <random>

namespace situate::test {

/// The coefficient's value; fails the test, with the reason, when it is undefined.
inline double value(const Coefficient& c) {
    INFO(c.undefinedReason.toStdString());
    REQUIRE(c.defined());
    return *c.value;
}

// A table of `documents` x codes rows of random counts, with names a spreadsheet would run or
// that need quotes, and documents of 8,192 characters, where 4,097 agreeing characters make
// 50.01220703125%: a tie at the thirteenth digit.
inline AgreementResult randomTable(AgreementUnit unit, int documents, quint64 seed) {
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
            r.rows.append(row);
        }
    }
    return r;
}

} // namespace situate::test
