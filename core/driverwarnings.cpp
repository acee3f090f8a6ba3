// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/driverwarnings.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace situate {

namespace {

QtMessageHandler previousHandler = nullptr;

void dropDriverWarnings(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (type == QtWarningMsg &&
        (text.startsWith(QLatin1String("Unable to free statement")) ||
         text.startsWith(QLatin1String("QPSQL")) || text.startsWith(QLatin1String("QSqlQuery::"))))
        return;
    if (previousHandler) {
        previousHandler(type, context, text);
        return;
    }
    std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, text)));
}

} // namespace

void quietDriverWarnings() {
    QtMessageHandler previous = qInstallMessageHandler(dropDriverWarnings);
    if (previous != dropDriverWarnings)
        previousHandler = previous;
}

} // namespace situate
