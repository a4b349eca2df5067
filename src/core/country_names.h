#pragma once

#include <QString>

namespace flank::core {

// A country's name in a language, from the Unicode CLDR through ICU: cldrCountryName("POL",
// "lt") is "Lenkija". Empty when the code is not an ISO 3166 alpha-3 code CLDR names.
QString cldrCountryName(const QString& iso3, const QString& languageCode);

// The name the interface shows for a country: `englishName` (Natural Earth's) while the
// interface is in English, CLDR's name in the interface language otherwise, and `englishName`
// when CLDR has none.
QString localCountryName(const QString& iso3, const QString& englishName);
// The same for a country the data name only in English words ("Germany", the framework nation
// of a deployment): found among CLDR's English names; other words are returned as they are.
QString localCountryName(const QString& englishName);

} // namespace flank::core
