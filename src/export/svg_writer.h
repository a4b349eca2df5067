#pragma once

#include "map_exporter.h"

namespace flank::exporting {

// SVG through QSvgGenerator: vector paths, text as <text>, and every state's shapes in a
// <g id="ISO3" class="state"> so an editor can pick a country by its code.
ExportResult writeSvg(render::MapRenderer& renderer, const ExportRequest& request,
                      QIODevice& device);

// Replaces the renderer's group markers in QSvgGenerator's output with <g id=...> groups.
QByteArray groupStates(const QByteArray& svg);

} // namespace flank::exporting
