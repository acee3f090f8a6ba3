// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The RTF reader's tables (rtfimporter.cpp): destinations that hold no text, and the code
// pages of font charsets; internal to core/import/.

#include <QByteArray>
#include <QLatin1String>

namespace situate::rtftables {

/// Groups whose content is never document text. Unknown destinations marked with \* are
/// skipped as well, as the RTF specification asks.
bool isSkippedDestination(QLatin1String word);
/// The Windows code page of a font's \fcharsetN (`ansiCodePage` when it names none).
int codePageForCharset(int charset, int ansiCodePage);
/// The codec name QStringDecoder knows for a code page.
QByteArray codecName(int codePage);

} // namespace situate::rtftables
