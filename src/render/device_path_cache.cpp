#include "device_path_cache.h"

#include "geo/ring_clip.h"

namespace flank::render {

namespace {

QPolygonF reducedRing(const QPolygonF& ring, double scale, double mergeDistance)
{
    const double kMergeSquared = mergeDistance * mergeDistance;
    QPolygonF reduced;
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
    return reduced;
}

} // namespace

QRectF DevicePathCache::scaled(const QRectF& mapRect) const
{
    return QRectF(QPointF(mapRect.left() * m_scale, -mapRect.bottom() * m_scale),
                  QPointF(mapRect.right() * m_scale, -mapRect.top() * m_scale));
}

void DevicePathCache::prepare(const geo::ProjectedLayer* layer, double pixelsPerMapUnit,
                              const QRectF& visibleMapExtent, const Detail& detail)
{
    const bool sameZoom = layer == m_layer && pixelsPerMapUnit == m_scale && detail == m_detail;
    if (sameZoom && m_window.contains(scaled(visibleMapExtent)))
        return;
    m_layer = layer;
    m_scale = pixelsPerMapUnit;
    m_detail = detail;
    const QRectF view = scaled(visibleMapExtent);
    const double margin = detail.windowMargin;
    m_window = view.adjusted(-view.width() * margin, -view.height() * margin, view.width() * margin,
                             view.height() * margin);
    m_paths.clear();
}

const QPainterPath& DevicePathCache::pathFor(const geo::ProjectedFeature& feature)
{
    return entryFor(feature).path;
}

const QPolygonF& DevicePathCache::largestRingFor(const geo::ProjectedFeature& feature)
{
    return entryFor(feature).largestRing;
}

const DevicePathCache::Entry& DevicePathCache::entryFor(const geo::ProjectedFeature& feature)
{
    auto found = m_paths.constFind(&feature);
    if (found != m_paths.constEnd())
        return *found;
    Entry entry;
    entry.path.setFillRule(Qt::OddEvenFill);
    double largestArea = 0;
    for (const QPolygonF& ring : feature.rings) {
        QPolygonF reduced =
            geo::clipRing(reducedRing(ring, m_scale, m_detail.mergeDistance), m_window);
        // A ring smaller than a pixel is not worth a polygon of its own.
        if (reduced.size() < 3)
            continue;
        entry.path.addPolygon(reduced);
        entry.path.closeSubpath();
        const QRectF box = reduced.boundingRect();
        if (box.width() * box.height() > largestArea) {
            largestArea = box.width() * box.height();
            entry.largestRing = std::move(reduced);
        }
    }
    return *m_paths.insert(&feature, std::move(entry));
}

} // namespace flank::render
