#include "preference_store.h"

#include <QCoreApplication>
#include <QDir>

namespace flank::ui {

QString writePreferences(QSettings& settings)
{
    settings.sync();
    switch (settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return QCoreApplication::translate(
                   "flank::ui::Preferences",
                   "%1: the preferences could not be written (the disk may be full or the "
                   "folder read-only); the previous preferences are kept.")
            .arg(QDir::toNativeSeparators(settings.fileName()));
    case QSettings::FormatError:
        break;
    }
    return QCoreApplication::translate("flank::ui::Preferences",
                                       "%1: the preferences file is damaged; the changes could "
                                       "not be saved.")
        .arg(QDir::toNativeSeparators(settings.fileName()));
}

} // namespace flank::ui
