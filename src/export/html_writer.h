#pragma once

#include "map_exporter.h"

namespace flank::exporting {

// One HTML file that works offline: the map as inline SVG from the renderer, the statuses of
// every date as JSON, and the page's own script and style (from the resources) inline, under a
// Content-Security-Policy that allows nothing else. Needs the request's dataset.
ExportResult writeHtml(render::MapRenderer& renderer, const ExportRequest& request,
                       QIODevice& device);

} // namespace flank::exporting
