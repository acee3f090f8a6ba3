// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace situate {

/// A dark palette like a dark desktop theme's (Fusion's roles, light text on dark grey).
QPalette darkPalette();
/// With SITUATE_THEME=dark in the environment, the Fusion style and darkPalette() for the
/// whole application: how a dark system theme is tried where none is installed (offscreen
/// screenshots, tests). Anything else leaves the platform's theme alone.
void applyThemeFromEnvironment();

} // namespace situate
