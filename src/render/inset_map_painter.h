#pragma once

#include "map_frame.h"
#include "map_style.h"
#include "view_transform.h"

#include "geo/projection_cache.h"

#include <QPainter>

namespace flank::render {

// A small locator map of Europe (LAEA Europe, 1:110m) with the main map's area boxed, so a
// reader of a close-up knows where it is.
class InsetMapPainter
{
public:
    InsetMapPainter(const MapFrame& frame, const MapStyle& style, geo::ProjectionCache& projections,
                    const ViewTransform& view);

    QSizeF size() const;
    // The main map's outline in inset map units (LAEA Europe); empty off the globe.
    QPolygonF extentOutline() const;
    void paint(QPainter& painter, const QRectF& box) const;

private:
    const MapFrame& m_frame;
    const MapStyle& m_style;
    geo::ProjectionCache& m_projections;
    const ViewTransform& m_view;
};

} // namespace flank::render
