#pragma once

#include <QLocale>

namespace flank::ui {

// The settings key that overrides the system's language: a code of core::interfaceLanguages()
// ("pl", "uk", "en", ...), or empty for the system.
inline constexpr const char* kLanguageSettingKey = "language";

// Installs the app's translation (core::installInterfaceLanguage) for the interface
// language: the "language" setting when set, else the first of the system's languages
// (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG) that has a translation. That language also
// becomes the default QLocale, so dates and numbers match the words around them.
// Returns the locale chosen; English (the source language) when no translation matched.
QLocale installTranslations();

} // namespace flank::ui
