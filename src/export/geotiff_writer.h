#pragma once

#include "map_exporter.h"

#include <array>

namespace flank::exporting {

// GeoTIFF through GDAL's GTiff driver: the rendered image with the map's CRS (WKT) and a
// geotransform from the frame's visible extent, so it lands in place in any GIS. GDAL writes
// a temporary file, which is read back and checked before a byte reaches the target.
ExportResult writeGeoTiff(render::MapRenderer& renderer, const ExportRequest& request,
                          QIODevice& device);

// GDAL's six numbers: x of the left edge, pixel width, 0, y of the top edge, 0, -pixel height.
std::array<double, 6> geoTransformFor(const render::MapFrame& frame);

} // namespace flank::exporting
