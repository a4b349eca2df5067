#pragma once

#include "map_frame.h"

#include <QRectF>

namespace flank::render {

// The extent of `frame`'s view moved so that the legend, over the map's lower left corner,
// leaves the west of what the frame shows clear, as far as the picture has room to spare on
// the east: on a picture wider than the view needs, the sea west of the flank lies under the
// legend instead of Poland and the Baltic states. The extent as it is when the frame draws no
// legend there, or the legend already stands clear.
QRectF extentClearOfLegend(const MapFrame& frame);

} // namespace flank::render
