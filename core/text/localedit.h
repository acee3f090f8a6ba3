// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a text editor did to a text, as one replacement: the document view lets the user type,
// paste and delete, then compares the text before and after and hands the project the one
// replacement that turns one into the other (core/commands/textedits.h applies it).

#include "core/text/reanchor.h"

#include <optional>

namespace situate {

/// The replacement, in code points of `before`, that turns `before` into `after`; nullopt
/// when they are equal. The changed region is the shortest one (longest common prefix and
/// suffix); where it could sit at several places (typing "a" into "aa"), it is placed so
/// its new text ends at `cursor` (a UTF-16 index into `after`, where an editor leaves its
/// cursor after typing, pasting or deleting), since that is where the user made the change
/// and the re-anchoring rule depends on where it is. Never splits a surrogate pair.
std::optional<Replacement> localEdit(const QString& before, const QString& after, qsizetype cursor);

} // namespace situate
