#pragma once

#include "geo/projection_cache.h"
#include "map_frame.h"

#include <QRectF>

namespace flank::render {

// The extent of `frame`'s view moved so that the legend, over the map's lower left corner,
// leaves the west of what the frame shows clear, as far as the picture has room to spare on
// the east: on a picture wider than the view needs, the sea west of the flank lies under the
// legend instead of Poland and the Baltic states. The extent as it is when the frame draws no
// legend there, or the legend already stands clear.
QRectF extentClearOfLegend(const MapFrame& frame);

// Where a picture that chose its own view puts its legend, and the extent that leaves what
// the view was made for clear of it.
struct LegendClearance
{
    QRectF extent;
    LegendPlace place = LegendPlace::OverMap;
    QRectF stripArea; // with a strip: where it stands, across the foot of the map
};

// As extentClearOfLegend() moves the view; but an upright picture has no room beside the
// flank, so where the legend would still cover some of it, the legend becomes a strip across
// the foot of the map and the view grows south, leaving the flank whole above the strip.
// `frame` as buildFrame() made it, with the legend over the map.
LegendClearance legendClearance(const MapFrame& frame, geo::ProjectionCache& projections);

// Gives `frame` that legend and extent, its view resolved again.
void applyLegendClearance(MapFrame& frame, const LegendClearance& clearance,
                          geo::ProjectionCache& projections);

} // namespace flank::render
