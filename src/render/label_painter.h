#pragma once

#include "map_frame.h"
#include "map_style.h"
#include "view_transform.h"

#include "geo/projected_layer.h"

#include <QPainter>

namespace flank::render {

// Country names placed inside the visible part of each country, largest first, never
// overlapping; names fade in as their country grows on screen.
class LabelPainter
{
public:
    LabelPainter(const MapFrame& frame, const MapStyle& style);
    void paint(QPainter& painter, const geo::ProjectedLayer& layer, const ViewTransform& view);

private:
    const MapFrame& m_frame;
    const MapStyle& m_style;
};

} // namespace flank::render
