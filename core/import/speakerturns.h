// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QString>
#include <QStringView>
#include <QVector>

namespace situate {

/// Finds speaker turns in normalised text: a line starting with "Name:" opens a turn, which runs
/// to the start of the next turn (or the end of the text) without the newlines before it.
/// A name is 1-40 code points, at most 5 words, starts with a letter and has no sentence
/// punctuation ("Interviewer", "P3", "Dr Ama Owusu", "Ηλίας"); the colon is followed by white
/// space or the line end (a full-width colon needs nothing after it). Offsets are code points.
QVector<SpeakerTurn> detectSpeakerTurns(const QString& normalisedText);

/// The speaker name `line` starts with ("Name:" as in detectSpeakerTurns), or an empty string.
/// `*afterColon`, when given, receives the UTF-16 index just past the colon.
QString leadingSpeakerName(QStringView line, qsizetype* afterColon = nullptr);

} // namespace situate
