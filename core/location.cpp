// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/location.h"

#include <QUrl>

namespace situate {

bool isServerLocation(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString safeLocation(const QString& location) {
    if (!isServerLocation(location) && !location.contains(QLatin1String("://")))
        return location;
    QUrl url(location);
    if (!url.isValid())
        return QStringLiteral("(a URL that does not parse)");
    url.setPassword(QString());
    return url.toString(QUrl::RemovePassword);
}

} // namespace situate
