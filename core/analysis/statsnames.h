// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Variable names and labels for SPSS and Stata files: what each package accepts, made from
// a table's column titles (code paths, attribute names). Rules: core/analysis/README.md,
// "Tables for statistics packages".

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace situate {

enum class StatsPackage { Spss, Stata };

/// One variable name per title, in order: only ASCII letters, digits and `_` (every other
/// run of characters becomes one `_`), starting with a letter (`v` is put before a digit;
/// a title with nothing left becomes `v` and its column number), at most 64 (SPSS) or 32
/// (Stata) characters, no reserved word of the package, and no two alike ignoring case
/// (a later one gets `_2`, `_3`, ... within the length).
QStringList statsVariableNames(const QStringList& titles, StatsPackage package);

/// `text` as UTF-8 cut to at most `maxBytes` bytes and `maxChars` code points, never inside
/// a character (a package's limit on a label).
QByteArray cutUtf8(const QString& text, qsizetype maxBytes, qsizetype maxChars);

} // namespace situate
