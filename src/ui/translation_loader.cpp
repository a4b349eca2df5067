#include "translation_loader.h"

#include "core/interface_language.h"

#include <QSettings>

namespace flank::ui {

QLocale installTranslations()
{
    const QString setting =
        QSettings().value(QLatin1String(kLanguageSettingKey)).toString().trimmed();
    const QStringList wanted =
        setting.isEmpty() ? QLocale::system().uiLanguages() : QStringList{setting};
    for (const QString& name : wanted) {
        const QLocale locale(name);
        // English is the source language: nothing to load, and the system's formats stay.
        if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
            core::installInterfaceLanguage(QStringLiteral("en"));
            return setting.isEmpty() ? QLocale::system() : locale;
        }
        const QString code = QLocale::languageToCode(locale.language());
        if (core::installInterfaceLanguage(code))
            return locale;
    }
    return QLocale::system();
}

} // namespace flank::ui
