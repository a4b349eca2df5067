#pragma once

#include "country_paint_list.h"
#include "map_frame.h"
#include "map_style.h"

#include <QPainterPath>

namespace flank::render {

// Territory occupied by another state: the owner's status beneath, so it stays readable, then
// horizontal stripes and a dashed inner edge, which no status uses, so occupation reads apart
// from every status in every theme and in grayscale print. The map and the legend swatch both
// draw it through this one function.
void addOccupiedTerritory(CountryPaintList& list, const CountryPaintList::Path& path,
                          const StatusStyle& ownerStatus, const MapStyle& style,
                          const MapFrame& frame);

} // namespace flank::render
