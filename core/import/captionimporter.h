// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"

namespace situate {

/// Imports WebVTT (.vtt) and SubRip (.srt) captions: each cue becomes one line of text and one
/// speaker turn carrying the cue's start and end times.
class CaptionImporter final : public Importer {
public:
    QStringList suffixes() const override;
    Result<ImportedDocument> read(const QString& path) const override;
};

} // namespace situate
