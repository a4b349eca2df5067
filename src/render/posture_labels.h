#pragma once

#include "label_painter.h"
#include "map_frame.h"
#include "map_style.h"
#include "name_shapes.h"
#include "posture_scene.h"

#include <QList>

namespace flank::render {

// The name beside each troop disc (the lead nation, or Russia), placed as country names are:
// shaped once, drawn from the same halo sprites, never over a country name or another marker's
// name nor on a decoration's `reserved` area (device). A nation named twice close together (two
// German units in Lithuania) is named once.
QList<PlacedLabel> placeMarkerLabels(const PostureScene& scene, const MapFrame& frame,
                                     const MapStyle& style, NameShapes& shapes,
                                     const QList<PlacedLabel>& countryNames,
                                     const QList<QRectF>& reserved);

} // namespace flank::render
