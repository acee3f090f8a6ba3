// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement tables' number writers against QString::number, which they stand in for: the
// fixed form of the plain-text table (precision 1 and 3) and the 12 significant digits of the
// CSV, on random values of every size, exact rounding ties, powers of ten and their
// neighbours, and the values that are not numbers.
#include "core/agreement/decimal.h"

#include <QString>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace situate;

namespace {

std::vector<double> samples() {
    std::vector<double> out{0.0,
                            -0.0,
                            1.0,
                            -1.0,
                            100.0,
                            99.95,
                            0.05,
                            0.0005,
                            -0.0005,
                            0.00049999999999999999,
                            std::numeric_limits<double>::infinity(),
                            -std::numeric_limits<double>::infinity(),
                            std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::max(),
                            std::numeric_limits<double>::denorm_min(),
                            1e14,
                            -1e14,
                            9.99999999999999e13};
    // Exact ties: (2k + 1) / 2^m has a last decimal digit of 5, at every precision written.
    for (int m = 1; m <= 16; ++m)
        for (int k = 0; k < 60; ++k)
            for (double sign : {1.0, -1.0})
                out.push_back(sign * (2.0 * k + 1) / std::ldexp(1.0, m));
    // Powers of ten and their neighbours, where the decimal exponent changes.
    for (int e = -8; e <= 16; ++e) {
        const double p = std::pow(10.0, e);
        for (double v : {p, std::nextafter(p, 0.0), std::nextafter(p, 1e300)})
            out.insert(out.end(), {v, -v, v * 0.99999999999995, v * 0.9999999999995});
    }
    std::mt19937_64 random(20261207);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::uniform_int_distribution<int> exponent(-9, 16);
    for (int i = 0; i < 200000; ++i) {
        out.push_back(unit(random) * std::pow(10.0, exponent(random)));
        out.push_back(unit(random) * 100.0);
    }
    // Values a kappa or a percentage takes: counts divided.
    std::uniform_int_distribution<qint64> count(0, 20000);
    for (int i = 0; i < 100000; ++i) {
        const double a = double(count(random)), n = double(count(random) + 1);
        out.push_back(100.0 * a / (a + n));
        out.push_back((a - n) / (a + n));
    }
    return out;
}

} // namespace

TEST_CASE("The agreement tables write numbers as QString::number does", "[agreement][csv]") {
    const std::vector<double> values = samples();
    int fixedMismatches = 0, generalMismatches = 0;
    for (double v : values) {
        for (int precision : {0, 1, 3, 4, 6}) {
            QByteArray fixed;
            decimal::appendFixed(fixed, v, precision);
            const QByteArray qt = QString::number(v, 'f', precision).toLatin1();
            if (fixed != qt && ++fixedMismatches <= 5)
                FAIL_CHECK("fixed " << precision << ": " << qt.constData() << " written as "
                                    << fixed.constData());
        }
        QByteArray general;
        decimal::appendSignificant12(general, v);
        const QByteArray qt = QString::number(v, 'g', 12).toLatin1();
        if (general != qt && ++generalMismatches <= 5)
            FAIL_CHECK("general: " << qt.constData() << " written as " << general.constData());
    }
    CHECK(values.size() > 600000);
    CHECK(fixedMismatches == 0);
    CHECK(generalMismatches == 0);
}

TEST_CASE("Integers are written whole", "[agreement][csv]") {
    for (qint64 n : {qint64(0), qint64(7), qint64(-42), std::numeric_limits<qint64>::max(),
                     std::numeric_limits<qint64>::min()}) {
        QByteArray out("x");
        decimal::appendInteger(out, n);
        CHECK(out == "x" + QByteArray::number(n));
    }
}
