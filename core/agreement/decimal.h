// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/agreement/: numbers written straight into bytes, exactly as Qt writes them,
// for the agreement tables of hundreds of thousands of rows (agreementcsv.cpp,
// agreementstream.cpp). Formatting a double to a fixed number of digits through the general
// routines (std::to_chars with a precision, or QString::number) was a fifth of writing such a
// table.

#include <QByteArray>

namespace situate::decimal {

/// The integer's digits.
void appendInteger(QByteArray& out, qint64 n);

/// QString::number(v, 'f', precision).toLatin1(), for any double and precision.
void appendFixed(QByteArray& out, double v, int precision);

/// QString::number(v, 'g', 12).toLatin1(), for any double.
void appendSignificant12(QByteArray& out, double v);

} // namespace situate::decimal
