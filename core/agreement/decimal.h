// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: numbers written straight into bytes, exactly as Qt writes them,
// for the agreement tables of hundreds of thousands of rows (agreementcsv.cpp,
// agreementstream.cpp, agreementtext.cpp). Formatting a double to a fixed number of digits
// through the general routines (std::to_chars with a precision, or QString::number) was a fifth
// of writing such a table.

#include <QByteArray>

namespace situate::decimal {

/// Room enough for any one number the functions below write (a fixed form of the largest
/// double with up to 20 decimals is 331 bytes).
constexpr int kRoom = 400;

/// The integer's digits at p; answers the end.
char* putInteger(char* p, qint64 n);
/// QString::number(v, 'f', precision) at p, for any double and a precision of at most 20;
/// answers the end.
char* putFixed(char* p, double v, int precision);
/// QString::number(v, 'g', 12) at p, for any double; answers the end.
char* putSignificant12(char* p, double v);

/// The same, appended.
void appendInteger(QByteArray& out, qint64 n);
void appendFixed(QByteArray& out, double v, int precision);
void appendSignificant12(QByteArray& out, double v);

} // namespace situate::decimal
