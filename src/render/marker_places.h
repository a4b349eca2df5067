#pragma once

#include "geo/projector.h"

#include <QHash>
#include <QPointF>

#include <memory>
#include <optional>

namespace flank::render {

// Where troop notes' places fall in one projection's map coordinates, projected once: a zoom
// or a pan only moves the markers, so each frame need not ask PROJ again.
class MarkerPlaces
{
public:
    // The map point of (lon, lat) under `projector`; none where it cannot be projected.
    std::optional<QPointF> mapPoint(const std::shared_ptr<const geo::Projector>& projector,
                                    QPointF lonLat);

private:
    // Held, so another projection can never take its address while points of this one stay.
    std::shared_ptr<const geo::Projector> m_projector;
    QHash<QPair<double, double>, std::optional<QPointF>> m_points;
};

} // namespace flank::render
