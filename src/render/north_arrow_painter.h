#pragma once

#include "map_frame.h"
#include "map_style.h"
#include "view_transform.h"

#include "geo/projector.h"

#include <QPainter>

#include <optional>

namespace flank::render {

// A north arrow pointing to true north at the map's centre: in a conic or azimuthal
// projection north turns across the map, so it is measured, not assumed to be "up".
class NorthArrowPainter
{
public:
    // Reads the projector and view the frame resolved.
    NorthArrowPainter(const MapFrame& frame, const MapStyle& style);

    // Clockwise angle of true north from device "up", in degrees; nullopt off the globe.
    std::optional<double> northAngle() const;
    QSizeF size() const;
    void paint(QPainter& painter, const QRectF& box) const;

private:
    const MapFrame& m_frame;
    const MapStyle& m_style;
    const geo::Projector& m_projector;
    const ViewTransform& m_view;
};

} // namespace flank::render
