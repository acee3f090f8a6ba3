// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace situate {

/// "1 coding" or "17 codings": the noun agrees with the number (Qt's %n plurals need a
/// translation file even for English, and "coding(s)" reads badly in a report).
inline QString counted(qint64 n, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? one : many);
}

} // namespace situate
