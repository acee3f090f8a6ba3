// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/decimal.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace situate::decimal {

namespace {

// The fast paths scale the double by a power of ten in long double and round the result
// themselves. On x86-64 Linux a long double has a 64-bit significand: a double's 53 bits
// times 10^p (p <= 4: 10^p = 2^p x 5^p, 5^4 needing 10 bits) fits in it exactly, so the
// fixed form is rounded from the exact value, as Qt does (ties away from zero). Where long
// double is no wider than double (MSVC), the general routines below are used throughout.
constexpr bool kWide = std::numeric_limits<long double>::digits >= 64;

constexpr quint64 kPow10[] = {1ull,
                              10ull,
                              100ull,
                              1000ull,
                              10000ull,
                              100000ull,
                              1000000ull,
                              10000000ull,
                              100000000ull,
                              1000000000ull,
                              10000000000ull,
                              100000000000ull,
                              1000000000000ull,
                              10000000000000ull,
                              100000000000000ull,
                              1000000000000000ull};

// n's last `count` digits, zero-padded, at p.
char* putDigits(char* p, quint64 n, int count) {
    for (int i = count - 1; i >= 0; --i) {
        p[i] = char('0' + n % 10);
        n /= 10;
    }
    return p + count;
}

char* fastFixed(char* p, double v, int precision) {
    if constexpr (!kWide)
        return nullptr;
    if (precision < 0 || precision > 4 || !(std::abs(v) < 1e14))
        return nullptr;
    const long double x = std::fabs(static_cast<long double>(v)) *
                          static_cast<long double>(kPow10[precision]); // exact, see kWide
    const long double whole = std::floor(x);
    const quint64 n = static_cast<quint64>(whole) + (x - whole >= 0.5L ? 1 : 0);
    if (v < 0)
        *p++ = '-';
    p = std::to_chars(p, p + 24, n / kPow10[precision]).ptr;
    if (precision > 0) {
        *p++ = '.';
        p = putDigits(p, n % kPow10[precision], precision);
    }
    return p;
}

// 'g' with 12 significant digits where it writes no exponent and the value is not within a
// millionth of a unit of a tie: the scaled value is then accurate far beyond what decides
// the rounding (its error is below 1e-7 of a unit).
char* fastSignificant12(char* p, double v) {
    if constexpr (!kWide)
        return nullptr;
    const double a = std::abs(v);
    if (!(a >= 1e-4 && a < 1e11))
        return nullptr;
    static constexpr double kTen[] = {1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3,
                                      1e4,  1e5,  1e6,  1e7,  1e8, 1e9, 1e10};
    int e = -4; // a's decimal exponent
    while (e < 10 && a >= kTen[e + 5])
        ++e;
    const long double x = static_cast<long double>(a) * static_cast<long double>(kPow10[11 - e]);
    const long double whole = std::floor(x);
    const long double fraction = x - whole;
    if (whole < 1e11L || whole >= 1e12L || std::fabs(fraction - 0.5L) < 1e-6L)
        return nullptr; // a power of ten misjudged, or a possible tie: the general routine
    quint64 n = static_cast<quint64>(whole) + (fraction > 0.5L ? 1 : 0);
    if (n == kPow10[12]) { // rounded up to the next power of ten
        n = kPow10[11];
        ++e;
    }
    char digits[12];
    putDigits(digits, n, 12);
    int used = 12;
    while (used > 1 && digits[used - 1] == '0')
        --used;
    if (v < 0)
        *p++ = '-';
    if (e >= 0) {
        const int wholeDigits = std::min(e + 1, 12);
        p = std::copy(digits, digits + wholeDigits, p);
        if (used > wholeDigits) {
            *p++ = '.';
            p = std::copy(digits + wholeDigits, digits + used, p);
        }
    } else {
        *p++ = '0';
        *p++ = '.';
        p = std::fill_n(p, -e - 1, '0');
        p = std::copy(digits, digits + used, p);
    }
    return p;
}

char* putLatin1(char* p, const QString& s) {
    const QByteArray bytes = s.toLatin1();
    return std::copy(bytes.cbegin(), bytes.cend(), p);
}

} // namespace

char* putInteger(char* p, qint64 n) {
    return std::to_chars(p, p + 24, n).ptr;
}

// std::to_chars rounds the exact value correctly, as Qt does, except on an exact tie, which
// Qt rounds away from zero; Qt also writes a negative zero without its sign.
char* putFixed(char* p, double v, int precision) {
    if (char* end = fastFixed(p, v, precision))
        return end;
    if (std::isfinite(v)) {
        if (v == 0)
            v = 0.0;
        char buf[kRoom];
        auto wide =
            std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, precision + 18);
        if (wide.ec == std::errc()) {
            char* next = std::find(buf, wide.ptr, '.') + 1 + precision;
            const bool tie = next < wide.ptr && *next == '5' &&
                             std::all_of(next + 1, wide.ptr, [](char c) { return c == '0'; });
            if (!tie)
                return std::to_chars(p, p + kRoom, v, std::chars_format::fixed, precision).ptr;
        }
    }
    return putLatin1(p, QString::number(v, 'f', precision));
}

// std::to_chars gives the same correctly rounded digits except on an exact tie at the
// thirteenth significant digit, which Qt rounds away from zero and to_chars to even; a value
// that may be one (seen in its first 17 digits) goes through Qt. Qt writes a negative zero
// as 0.
char* putSignificant12(char* p, double v) {
    if (char* end = fastSignificant12(p, v))
        return end;
    if (std::isfinite(v)) {
        if (v == 0)
            v = 0.0;
        char buf[40];
        const char* wide =
            std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, 16).ptr;
        // d.dddddddddddddddde±x: significant digit k (from 1) at index k, past the sign.
        const char* digits = buf + (buf[0] == '-' ? 1 : 0);
        const bool maybeTie = wide - digits > 17 && digits[13] == '5' &&
                              QByteArrayView(digits + 14, 4) == QByteArrayView("0000", 4);
        if (!maybeTie)
            return std::to_chars(p, p + 40, v, std::chars_format::general, 12).ptr;
    }
    return putLatin1(p, QString::number(v, 'g', 12));
}

void appendInteger(QByteArray& out, qint64 n) {
    char buf[24];
    out.append(buf, putInteger(buf, n) - buf);
}

void appendFixed(QByteArray& out, double v, int precision) {
    char buf[kRoom];
    out.append(buf, putFixed(buf, v, precision) - buf);
}

void appendSignificant12(QByteArray& out, double v) {
    char buf[kRoom];
    out.append(buf, putSignificant12(buf, v) - buf);
}

} // namespace situate::decimal
