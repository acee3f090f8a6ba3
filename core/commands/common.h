// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace situate::detail {

inline QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString isoOf(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : nowIso();
}

} // namespace situate::detail
