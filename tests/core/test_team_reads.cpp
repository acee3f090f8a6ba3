// SPDX-License-Identifier: GPL-3.0-or-later
// How a coding read from a PostgreSQL server as text is parsed (loadCodingSpans: a text query,
// or a COPY), checked without a server.
#include "core/storage/analysisqueries.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace situate;
using test::s;

namespace {

bool same(const CodingSpan& a, const CodingSpan& b) {
    return a.id == b.id && a.documentId == b.documentId && a.codeId == b.codeId &&
           a.coderId == b.coderId && a.start == b.start && a.end == b.end;
}

} // namespace

TEST_CASE("A coding PostgreSQL sends as text is parsed field for field") {
    CodingSpan span;
    const QByteArray copied("8\t100\t200\t300\t-4\t12");
    REQUIRE(parseCodingSpan(QByteArrayView(copied), '\t', &span));
    CHECK(same(span, CodingSpan{8, 100, 200, 300, -4, 12}));
    REQUIRE(parseCodingSpan(s("1 2 3 4 5 6"), &span));
    CHECK(same(span, CodingSpan{1, 2, 3, 4, 5, 6}));
    REQUIRE(parseCodingSpan(s("8 100 200 300 -4 12"), &span));
    CHECK(same(span, CodingSpan{8, 100, 200, 300, -4, 12}));
    // The extremes of qint64 fit.
    REQUIRE(parseCodingSpan(s("9223372036854775807 -9223372036854775808 0 0 0 1"), &span));
    CHECK(span.id == std::numeric_limits<qint64>::max());
    CHECK(span.documentId == std::numeric_limits<qint64>::min());
}

TEST_CASE("A number outside qint64 or any other text is refused, not wrapped round") {
    for (const char* text :
         {"9223372036854775808 1 2 3 4 5",     // 2^63
          "1 -9223372036854775809 2 3 4 5",    // -(2^63) - 1
          "1 2 3 4 5 18446744073709551617",    // 2^64 + 1, which would wrap round to 1
          "1 2 3 4 5 99999999999999999999999", // far past it
          "", "1 2 3 4 5", "1 2 3 4 5 6 7", "1  2 3 4 5 6", " 1 2 3 4 5 6", "1 2 3 4 5 6 ",
          "1 2 3 4 5 -", "1 2 3 4 5 --6", "1 2 3 4 5 6-", "1 2 x 4 5 6", "1 2 3 4 5 6\n",
          "1,2 3 4 5 6"}) {
        INFO(text);
        CodingSpan span{7, 7, 7, 7, 7, 7};
        CHECK_FALSE(parseCodingSpan(s(text), &span));
        // The same row as a COPY sends it, tab-separated.
        const QByteArray copied = QByteArray(text).replace(' ', '\t');
        CHECK_FALSE(parseCodingSpan(QByteArrayView(copied), '\t', &span));
        CHECK(same(span, CodingSpan{7, 7, 7, 7, 7, 7}));
    }
}
