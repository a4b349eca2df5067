#include "country_names.h"

#include "interface_language.h"

#include <QHash>
#include <QMutex>

#include <unicode/uloc.h>

namespace flank::core {

namespace {

// ICU names regions by their alpha-2 code; it maps alpha-2 to alpha-3 only, so the reverse
// is built once from its list.
QHash<QString, QByteArray> alpha2ByAlpha3()
{
    QHash<QString, QByteArray> codes;
    for (const char* const* alpha2 = uloc_getISOCountries(); alpha2 && *alpha2; ++alpha2) {
        const QByteArray locale = QByteArrayLiteral("_") + *alpha2;
        if (const char* alpha3 = uloc_getISO3Country(locale.constData()); alpha3 && *alpha3)
            codes.insert(QString::fromLatin1(alpha3), QByteArray(*alpha2));
    }
    return codes;
}

const QHash<QString, QByteArray>& alpha2Codes()
{
    static const QHash<QString, QByteArray> codes = alpha2ByAlpha3();
    return codes;
}

QString lookUp(const QString& iso3, const QString& languageCode)
{
    const QHash<QString, QByteArray>& alpha2 = alpha2Codes();
    const auto code = alpha2.constFind(iso3.toUpper());
    if (code == alpha2.constEnd())
        return {};
    const QByteArray region = QByteArrayLiteral("und_") + *code;
    UChar name[256];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        uloc_getDisplayCountry(region.constData(), languageCode.toLatin1().constData(), name,
                               int32_t(std::size(name)), &status);
    // ICU answers with the bare code when its data has no name in that language.
    if (U_FAILURE(status) || length <= 0 || status == U_USING_DEFAULT_WARNING)
        return {};
    const QString text = QString::fromUtf16(reinterpret_cast<const char16_t*>(name), length);
    return text == QString::fromLatin1(*code) ? QString() : text;
}

// CLDR's English name of every region -> its alpha-3 code.
QHash<QString, QString> alpha3ByEnglishName()
{
    QHash<QString, QString> codes;
    for (const QString& code : alpha2Codes().keys())
        if (const QString name = lookUp(code, QStringLiteral("en")); !name.isEmpty())
            codes.insert(name, code);
    return codes;
}

} // namespace

QString cldrCountryName(const QString& iso3, const QString& languageCode)
{
    // Labels are drawn on several threads, and each asks for every name on the map.
    static QMutex mutex;
    static QHash<QString, QString> names;
    const QString key = languageCode + QLatin1Char('|') + iso3;
    const QMutexLocker lock(&mutex);
    if (const auto known = names.constFind(key); known != names.constEnd())
        return *known;
    const QString name = lookUp(iso3, languageCode);
    names.insert(key, name);
    return name;
}

QString localCountryName(const QString& iso3, const QString& englishName)
{
    const QString language = interfaceLanguage();
    if (language == QLatin1String("en"))
        return englishName;
    const QString name = cldrCountryName(iso3, language);
    return name.isEmpty() ? englishName : name;
}

QString localCountryName(const QString& englishName)
{
    if (interfaceLanguage() == QLatin1String("en"))
        return englishName;
    static const QHash<QString, QString> codes = alpha3ByEnglishName();
    const QString code = codes.value(englishName);
    return code.isEmpty() ? englishName : localCountryName(code, englishName);
}

} // namespace flank::core
