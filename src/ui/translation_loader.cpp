#include "translation_loader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace flank::ui {

namespace {

bool installTranslator(const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QLocale installTranslations()
{
    const QString setting =
        QSettings().value(QLatin1String(kLanguageSettingKey)).toString().trimmed();
    const QStringList wanted =
        setting.isEmpty() ? QLocale::system().uiLanguages() : QStringList{setting};
    for (const QString& name : wanted) {
        const QLocale locale(name);
        // English is the source language: nothing to load, and the system's formats stay.
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return setting.isEmpty() ? QLocale::system() : locale;
        if (!installTranslator(locale, QStringLiteral("flankatlas"), QStringLiteral(":/i18n")))
            continue;
        // Qt's own strings (standard buttons, file dialogs), when Debian's package is installed.
        installTranslator(locale, QStringLiteral("qtbase"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        // The system locale may name this language yet take its month names from LC_TIME
        // (LANGUAGE=pl with LC_ALL=C): format with the language's own conventions instead.
        QLocale::setDefault(locale);
        return locale;
    }
    return QLocale::system();
}

} // namespace flank::ui
