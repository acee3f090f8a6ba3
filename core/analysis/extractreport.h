// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/extracts.h"

#include <QByteArray>

namespace situate {

/// A self-contained HTML report (inline CSS, no scripts, UTF-8) of the extracts of `query`,
/// grouped by research question, then code (tree order), then case. An extract appears
/// under every question it counts for and every case of its document; extracts without a
/// question or case are gathered at the end of their level. All project text is escaped.
Result<QByteArray> extractsHtmlReport(const Storage& s, const ExtractQuery& query,
                                      const QString& title, const QString& description = {},
                                      qint64* count = nullptr);

} // namespace situate
