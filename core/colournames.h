// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace situate {

/// A code's colour as stored, "#rrggbb" in lower case, from what a user or a file gives: "#rgb",
/// "#rrggbb", "#aarrggbb" (alpha dropped), "#rrrgggbbb", "#rrrrggggbbbb", or one of the 147
/// named colours of CSS and SVG ("Light Blue" is "lightblue"), as QColor reads them. Empty
/// when `text` is none of these. Core's own, so the command line needs no Qt Gui.
QString colourName(const QString& text);

} // namespace situate
