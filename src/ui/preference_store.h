#pragma once

#include <QSettings>
#include <QString>

namespace flank::ui {

// Writes the settings to disk and checks that the file was rewritten. QSettings
// replaces its file as a whole, so a failed write (a full disk) keeps the previous preferences;
// this says so instead of letting the change vanish silently. Returns an empty string on
// success, else a message naming the file.
QString writePreferences(QSettings& settings);

} // namespace flank::ui
