#pragma once

#include <QString>

namespace flank::geo {

// Registers the drivers for the formats nearly every file comes in (GeoPackage, Shapefile,
// GeoJSON, TopoJSON, GeoTIFF, in-memory) once per process, and keeps GDAL from printing to
// stderr: its messages become issues at the geo boundary instead.
void ensureGdalRegistered();

// Registers all of GDAL's drivers, for a file the common ones cannot open. Kept apart because
// registering the ~200 drivers alone costs about 8 MiB of memory.
void ensureAllGdalDriversRegistered();

// The message of GDAL's last failed call, or `fallback` when GDAL gave none.
QString lastGdalError(const QString& fallback);

} // namespace flank::geo
