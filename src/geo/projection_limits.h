#pragma once

#include "projector.h"

#include <QList>
#include <QRectF>

namespace flank::geo {

// Where a projection's map tears (its own antimeridian, lon_0 + 180) and how near the poles it
// reaches. Outlines and lines are cut there before projecting, so nothing streaks across the map.
struct ProjectionLimits
{
    double cutLongitude = 180.0; // in (-180, 180]; 180 needs no cut
    double maxLatitude = 90.0;   // 85.06 for Mercator-like projections

    explicit ProjectionLimits(const Projector& projector);

    // Whether lon/lat bounds reach past the limits, so geometry in them must be cut.
    bool needsCut(const QRectF& lonLatBounds) const;
    bool needsLatitudeClip(const QRectF& lonLatBounds) const;
    // The lon/lat boxes to cut geometry in those bounds to: one each side of the tear when it
    // crosses them, else one.
    QList<QRectF> boxesFor(const QRectF& lonLatBounds) const;
};

} // namespace flank::geo
