#include "interface_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <memory>
#include <utility>
#include <vector>

namespace flank::core {

namespace {

struct Installed
{
    QString code = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

// Read by painters on several threads while the language is set on the main one.
QMutex& installedMutex()
{
    static QMutex mutex;
    return mutex;
}

Installed& installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loadTranslator(const QLocale& locale, const QString& name,
                                            const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return nullptr;
    return translator;
}

} // namespace

const QList<InterfaceLanguage>& interfaceLanguages()
{
    static const QList<InterfaceLanguage> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
        {QStringLiteral("uk"), QStringLiteral("Українська")},
        {QStringLiteral("lt"), QStringLiteral("Lietuvių")},
        {QStringLiteral("lv"), QStringLiteral("Latviešu")},
        {QStringLiteral("et"), QStringLiteral("Eesti")},
        {QStringLiteral("fi"), QStringLiteral("Suomi")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    return languages;
}

bool isInterfaceLanguage(const QString& code)
{
    for (const InterfaceLanguage& language : interfaceLanguages())
        if (language.code == code)
            return true;
    return false;
}

QString interfaceLanguageCodes()
{
    QStringList codes;
    for (const InterfaceLanguage& language : interfaceLanguages())
        codes << language.code;
    return codes.join(QStringLiteral(", "));
}

bool installInterfaceLanguage(const QString& code)
{
    if (!isInterfaceLanguage(code))
        return false;
    std::vector<std::unique_ptr<QTranslator>> translators;
    const QLocale locale(code);
    if (code == QLatin1String("en")) {
        // The source language needs only the plural forms of the strings that count.
        if (auto plurals =
                loadTranslator(locale, QStringLiteral("flankatlas"), QStringLiteral(":/i18n")))
            translators.push_back(std::move(plurals));
    } else {
        auto own = loadTranslator(locale, QStringLiteral("flankatlas"), QStringLiteral(":/i18n"));
        if (!own)
            return false;
        translators.push_back(std::move(own));
        // Qt's own strings (standard buttons, file dialogs), when Debian's package is installed.
        if (auto qt = loadTranslator(locale, QStringLiteral("qtbase"),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            translators.push_back(std::move(qt));
    }
    std::vector<QTranslator*> installing;
    for (const auto& translator : translators)
        installing.push_back(translator.get());
    std::vector<std::unique_ptr<QTranslator>> previous;
    {
        const QMutexLocker lock(&installedMutex());
        Installed& state = installed();
        previous = std::exchange(state.translators, std::move(translators));
        state.code = code;
    }
    // Installing sends LanguageChange events, whose handlers may ask for the language: that
    // happens outside the lock.
    for (const auto& translator : previous)
        QCoreApplication::removeTranslator(translator.get());
    for (QTranslator* translator : installing)
        QCoreApplication::installTranslator(translator);
    // The system locale may name this language yet take its month names from LC_TIME
    // (LANGUAGE=pl with LC_ALL=C): format with the language's own conventions instead.
    QLocale::setDefault(code == QLatin1String("en") ? QLocale::system() : locale);
    return true;
}

QString translateIn(const QString& code, const char* context, const char* source)
{
    if (isInterfaceLanguage(code) && code != QLatin1String("en"))
        if (const auto translator = loadTranslator(QLocale(code), QStringLiteral("flankatlas"),
                                                   QStringLiteral(":/i18n")))
            if (QString text = translator->translate(context, source); !text.isEmpty())
                return text;
    return QString::fromUtf8(source);
}

QString interfaceLanguage()
{
    const QMutexLocker lock(&installedMutex());
    return installed().code;
}

QLocale interfaceLocale()
{
    const QString code = interfaceLanguage();
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(code);
}

} // namespace flank::core
