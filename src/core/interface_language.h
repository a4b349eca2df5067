#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace flank::core {

// A language the interface is translated into, named as its speakers write it.
struct InterfaceLanguage
{
    QString code;       // "en", "pl", "uk", ...: the suffix of the translation file
    QString nativeName; // "English", "Polski", "Українська", ...
};

// Every language of the interface, English (the source language) first.
const QList<InterfaceLanguage>& interfaceLanguages();
bool isInterfaceLanguage(const QString& code);
// "en, pl, uk, lt, lv, et, fi, de": for messages that refuse an unknown code.
QString interfaceLanguageCodes();

// Makes `code` the language of every translated string, date and country name from now on:
// replaces the translations installed before (the app's, embedded under :/i18n, and Qt's own
// when installed) and sets the default QLocale. English removes them. Returns false, changing
// nothing, for a code that is not an interface language or whose translation does not load.
bool installInterfaceLanguage(const QString& code);
// `source` (marked with QT_TRANSLATE_NOOP in `context`) in the language `code`, whatever
// language is installed: for a word said in the language the user has just chosen. The
// source itself for English or when that translation does not load.
QString translateIn(const QString& code, const char* context, const char* source);
// The code installed last; "en" before any.
QString interfaceLanguage();
// The locale that writes dates in the interface language. English keeps the British order
// ("1 July 2025") whatever the system's locale, so pictures do not depend on the machine.
QLocale interfaceLocale();

} // namespace flank::core
