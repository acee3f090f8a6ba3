// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace situate {

/// Writes `text` as a minimal valid Word document (WordprocessingML in a zip): one paragraph
/// per line, so Situate's importer, pandoc and Word read back the same lines. The zip's
/// timestamps are fixed, so the same text gives the same file.
Status writeDocx(const QString& path, const QString& text);

} // namespace situate
