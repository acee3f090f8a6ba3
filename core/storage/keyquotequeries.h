// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reads behind key quotes (core/commands/keyquotes.h): which codings are flagged, and a
// coding found by the uuid the CLI prints as `coding_id`. Flags are written through Editor
// like every other edit (a row of key_quotes whose id is the coding's).

#include "core/result.h"
#include "core/storage/storage.h"

#include <QSet>
#include <QString>

#include <optional>

namespace situate {

/// The ids of every coding flagged as a key quote.
Result<QSet<qint64>> loadKeyQuoteIds(const Storage& s);
/// Whether the coding is flagged.
Result<bool> loadIsKeyQuote(const Storage& s, qint64 codingId);
/// The id of the coding with this uuid (nullopt when none has it).
Result<std::optional<qint64>> loadCodingIdByUuid(const Storage& s, const QString& uuid);

} // namespace situate
