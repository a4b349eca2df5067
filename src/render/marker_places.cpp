#include "marker_places.h"

namespace flank::render {

std::optional<QPointF>
MarkerPlaces::mapPoint(const std::shared_ptr<const geo::Projector>& projector, QPointF lonLat)
{
    if (projector != m_projector) {
        m_projector = projector;
        m_points.clear();
    }
    const QPair<double, double> key(lonLat.x(), lonLat.y());
    const auto found = m_points.constFind(key);
    if (found != m_points.constEnd())
        return *found;
    const std::optional<QPointF> point = projector->forward(lonLat);
    m_points.insert(key, point);
    return point;
}

} // namespace flank::render
