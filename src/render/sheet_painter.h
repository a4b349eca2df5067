#pragma once

#include "map_renderer.h"
#include "map_sheet.h"

#include <QPainter>

namespace flank::render {

// Paints a sheet: each map through the renderer, in its rectangle, then the page around them and
// the title band, legend and sources footer they share. The window's compare mode and every
// export format draw a sheet through here, as they draw one map through MapRenderer::paint.
void paintSheet(MapRenderer& renderer, QPainter& painter, const MapSheet& sheet);

} // namespace flank::render
