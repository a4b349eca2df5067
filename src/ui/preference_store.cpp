#include "preference_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace flank::ui {

QString writePreferences(QSettings& settings)
{
    // File times may be kept to the second only.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    // status() also reports trouble with fallback files that were never meant to be written
    // (e.g. without an organization name): what counts is whether our file was rewritten.
    const QFileInfo file(settings.fileName());
    if (file.exists() && file.lastModified().toUTC() >= before)
        return {};
    return QCoreApplication::translate(
               "flank::ui::Preferences",
               "%1: the preferences could not be written (the disk may be full or the "
               "folder read-only); the previous preferences are kept.")
        .arg(QDir::toNativeSeparators(settings.fileName()));
}

} // namespace flank::ui
