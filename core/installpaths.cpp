// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/installpaths.h"

#include <QCoreApplication>
#include <QDir>

namespace situate {

QStringList installedOrBuildTreeFile(const QString& installed, const QString& buildTree,
                                     const QString& buildFile) {
    QStringList out;
    if (!QCoreApplication::instance())
        return out;
    const QString dir = QDir::cleanPath(QCoreApplication::applicationDirPath());
    out << QDir::cleanPath(dir + QLatin1Char('/') + installed);
    if (!buildTree.isEmpty() && dir.startsWith(QDir::cleanPath(buildTree) + QLatin1Char('/')))
        out << buildFile;
    return out;
}

} // namespace situate
