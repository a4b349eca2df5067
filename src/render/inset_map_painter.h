#pragma once

#include "map_frame.h"
#include "map_style.h"

#include "geo/projection_cache.h"

#include <QPainter>

namespace flank::render {

// A small locator map of Europe (LAEA Europe, 1:110m) with the main map's area boxed, so a
// reader of a close-up knows where it is.
class InsetMapPainter
{
public:
    // `projections` gives the map of Europe; the main map's projection and view come from the
    // frame.
    InsetMapPainter(const MapFrame& frame, const MapStyle& style,
                    geo::ProjectionCache& projections);

    QSizeF size() const;
    // The main map's outline in inset map units (LAEA Europe); empty off the globe.
    QPolygonF extentOutline() const;
    void paint(QPainter& painter, const QRectF& box) const;

private:
    const MapFrame& m_frame;
    const MapStyle& m_style;
    geo::ProjectionCache& m_projections;
};

} // namespace flank::render
