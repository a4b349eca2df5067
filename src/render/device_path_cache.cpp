#include "device_path_cache.h"

namespace flank::render {

namespace {

constexpr double kMergeDistance = 0.5; // device pixels

QPainterPath reducedPath(const geo::ProjectedFeature& feature, double scale)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    constexpr double kMergeSquared = kMergeDistance * kMergeDistance;
    QPolygonF reduced;
    for (const QPolygonF& ring : feature.rings) {
        reduced.clear();
        reduced.reserve(ring.size() / 4 + 4);
        QPointF last(ring.constFirst().x() * scale, -ring.constFirst().y() * scale);
        reduced.append(last);
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const QPointF point(ring[i].x() * scale, -ring[i].y() * scale);
            const QPointF delta = point - last;
            if (delta.x() * delta.x() + delta.y() * delta.y() >= kMergeSquared) {
                reduced.append(point);
                last = point;
            }
        }
        // A ring smaller than a pixel is not worth a polygon of its own.
        if (reduced.size() >= 3)
        {
            path.addPolygon(reduced);
            path.closeSubpath();
        }
    }
    return path;
}

} // namespace

void DevicePathCache::prepare(const geo::ProjectedLayer* layer, double pixelsPerMapUnit)
{
    if (layer == m_layer && pixelsPerMapUnit == m_scale)
        return;
    m_layer = layer;
    m_scale = pixelsPerMapUnit;
    m_paths.clear();
}

const QPainterPath& DevicePathCache::pathFor(const geo::ProjectedFeature& feature)
{
    auto found = m_paths.find(&feature);
    if (found == m_paths.end())
        found = m_paths.insert(&feature, reducedPath(feature, m_scale));
    return *found;
}

} // namespace flank::render
