#pragma once

#include <QString>

namespace flank::geo {

// Registers GDAL's drivers once per process and keeps GDAL from printing to stderr:
// its messages become issues at the geo boundary instead.
void ensureGdalRegistered();

// The message of GDAL's last failed call, or `fallback` when GDAL gave none.
QString lastGdalError(const QString& fallback);

} // namespace flank::geo
