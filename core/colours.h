// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStringList>
#include <QVector>

namespace situate {

class CodeTree;

/// WCAG 2 relative luminance of a colour (its sRGB channels linearised), from 0 to 1.
double relativeLuminance(const QColor& colour);
/// WCAG 2 contrast ratio between two colours, from 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);
/// Black or white, whichever contrasts more with `background`: at least 4.58:1 for any
/// opaque colour, so WCAG AA (4.5:1) for text drawn on a code's colour.
QColor readableTextOn(const QColor& background);

/// The colours new codes get, in order: Okabe and Ito's eight, which stay apart under
/// protanopia, deuteranopia and tritanopia (tests/core/test_colours.cpp checks how far).
const QVector<QColor>& codePalette();
/// The colour for a new code: the first of codePalette() that none of `used` (colour names
/// such as "#e69f00") is, or after all are taken, the one at `codeCount` round the palette.
QString newCodeColour(const QStringList& used, qsizetype codeCount);
/// The colour for a new code of `tree`, by the colours its codes have.
QString newCodeColour(const CodeTree& tree);

} // namespace situate
