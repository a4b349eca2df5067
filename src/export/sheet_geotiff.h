#pragma once

#include "map_exporter.h"

namespace flank::exporting {

// A sheet as GeoTIFF: one georeferenced file per map of `request.maps`, each written by
// writeGeoTiff() as the single-map export of that map. The files are named after
// request.file with the map's date, or its treaty when the maps differ in treaty:
// cmp.tif gives cmp-2025-01-01.tif and cmp-2026-03-01.tif, or cmp-ottawa.tif and cmp-ccm.tif
// (names that would repeat end in -1, -2, ...); request.file itself is not written. The files
// go in place only once every map is written, so a failure leaves no new file and the old
// ones as they were.
ExportResult writeSheetGeoTiffs(render::MapRenderer& renderer, const ExportRequest& request);

} // namespace flank::exporting
