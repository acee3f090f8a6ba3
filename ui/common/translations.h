// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QList>
#include <QString>

class QComboBox;
class QTranslator;

namespace situate {

/// The setting that names the window's language: empty follows the system, else a language
/// code Situate is translated into ("en", "fr", "de").
inline constexpr const char* kLanguageSetting = "ui/language";

/// The language code the window speaks for `language` (a code, or empty for the system's
/// first user-interface language): "fr", "de", or "en" for every language Situate has no
/// translation for.
QString effectiveLanguage(const QString& language);

/// Installs Situate's translation and Qt's own (qtbase_*.qm from Qt's translations folder,
/// when present) for `language` (as effectiveLanguage reads it), and makes that language's
/// locale the default for numbers and dates unless it follows the system, whose locale
/// already is. Returns the translators installed (children of the application), so that a
/// test can remove them again. The CLI never calls this: its output stays English.
QList<QTranslator*> installTranslations(const QString& language);

/// Reads the setting kLanguageSetting and installs its translations (the GUI at start).
QList<QTranslator*> installTranslationsFromSettings();

/// A theory-of-change element's title (core's tocElementTitle, which the CLI and exports
/// keep in English) in the window's language.
QString tocElementText(TocElement e);

/// Why an agreement coefficient is undefined (core's Coefficient::undefinedReason, which
/// exports keep in English) in the window's language; a reason the window has no words for
/// stays as it is.
QString coefficientReasonText(const QString& reason);

/// Preferences' choice of language, named "languageChoice", on the setting's current value.
QComboBox* languageChoiceBox();

} // namespace situate
