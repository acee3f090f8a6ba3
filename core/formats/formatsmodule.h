// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the module situate-formats.so only: the functions behind formats::Module, one file
// per library. Nothing here may call into the rest of core, which is not in the module.

#include "core/formats/formats.h"

namespace situate::formats {

PdfPages readPdfPages(const QString& path, const QDeadlineTimer& deadline, qint64 maxUnits);
std::unique_ptr<XlsxWriter> openXlsxWriter(const QString& path);
Result<QByteArray> writeStatsFile(StatsPackage package, const QVector<StatsVariable>& variables,
                                  const QVector<QStringList>& cells,
                                  const QVector<QVector<qint64>>& codes);

} // namespace situate::formats
