// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/refi/refimodel.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace situate::refi {

/// Parses a REFI-QDA project (<Project>, a .qde) or codebook (<CodeBook>, a .qdc). Matches
/// elements by local name, so namespace variants and drafts read alike; refuses DTDs (and
/// with them entity declarations), nesting past the XML depth limit and XML that is not
/// well-formed, with a message naming `fileName`.
Result<QdaExchange> parseExchange(const QByteArray& xml, const QString& fileName);

} // namespace situate::refi
