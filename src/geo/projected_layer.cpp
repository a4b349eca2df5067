#include "projected_layer.h"

#include "ring_clip.h"

#include <QString>

#include <cmath>
#include <vector>

namespace flank::geo {

namespace {

// Rings cut where the projection's own antimeridian (lon_0 + 180) runs, and to the latitudes
// it can show, so no polygon jumps across the map as a streak.
QList<QPolygonF> prepareRings(const GeoFeature& feature, double cutLongitude, double maxLatitude)
{
    const bool needsCut = cutLongitude > -180.0 && cutLongitude < 180.0 &&
                          feature.bounds.left() < cutLongitude &&
                          feature.bounds.right() > cutLongitude;
    const bool needsLatitudeClip = feature.bounds.top() < -maxLatitude ||
                                   feature.bounds.bottom() > maxLatitude;
    if (!needsCut && !needsLatitudeClip)
        return feature.rings;
    QList<QRectF> boxes;
    if (needsCut) {
        boxes << QRectF(QPointF(-180.0, -maxLatitude), QPointF(cutLongitude, maxLatitude))
              << QRectF(QPointF(cutLongitude, -maxLatitude), QPointF(180.0, maxLatitude));
    } else {
        boxes << QRectF(QPointF(-540.0, -maxLatitude), QPointF(540.0, maxLatitude));
    }
    QList<QPolygonF> rings;
    for (const QRectF& box : boxes)
        for (const QPolygonF& ring : feature.rings) {
            QPolygonF clipped = clipRing(ring, box);
            if (!clipped.isEmpty())
                rings.append(std::move(clipped));
        }
    return rings;
}

double antimeridianOf(const Projector& projector)
{
    if (projector.isGeographic())
        return 180.0;
    double cut = projector.centralMeridian() + 180.0;
    while (cut > 180.0)
        cut -= 360.0;
    while (cut <= -180.0)
        cut += 360.0;
    return cut;
}

double maxLatitudeOf(const Projector& projector)
{
    // Mercator-like projections run to infinity at the poles.
    const bool mercator = projector.crs().contains(QLatin1String("3857")) ||
                          projector.crs().contains(QLatin1String("merc"), Qt::CaseInsensitive);
    return mercator ? 85.06 : 90.0;
}

} // namespace

bool ProjectedFeature::contains(QPointF mapPoint) const
{
    if (!bounds.contains(mapPoint))
        return false;
    bool inside = false;
    for (const QPolygonF& ring : rings)
        if (ring.containsPoint(mapPoint, Qt::OddEvenFill))
            inside = !inside;
    return inside;
}

ProjectedLayer::ProjectedLayer(const QList<GeoFeature>& features, const Projector& projector)
{
    const double cutLongitude = antimeridianOf(projector);
    const double maxLatitude = maxLatitudeOf(projector);
    m_features.reserve(features.size());
    std::vector<double> x, y;
    for (const GeoFeature& feature : features) {
        const QList<QPolygonF> rings = prepareRings(feature, cutLongitude, maxLatitude);
        x.clear();
        y.clear();
        for (const QPolygonF& ring : rings)
            for (const QPointF& point : ring) {
                x.push_back(point.x());
                y.push_back(point.y());
            }
        projector.forward(x, y);
        ProjectedFeature projected;
        projected.source = &feature;
        size_t index = 0;
        for (const QPolygonF& ring : rings) {
            QPolygonF out;
            out.reserve(ring.size());
            for (qsizetype i = 0; i < ring.size(); ++i, ++index)
                if (!std::isnan(x[index]))
                    out.append(QPointF(x[index], y[index]));
            if (out.size() >= 3) {
                projected.bounds = projected.bounds.isNull()
                                       ? out.boundingRect()
                                       : projected.bounds.united(out.boundingRect());
                m_vertexCount += out.size();
                projected.rings.append(std::move(out));
            }
        }
        if (projected.rings.isEmpty())
            continue;
        m_bounds = m_bounds.isNull() ? projected.bounds : m_bounds.united(projected.bounds);
        m_features.append(std::move(projected));
    }
}

const ProjectedFeature* ProjectedLayer::featureAt(QPointF mapPoint) const
{
    for (const ProjectedFeature& feature : m_features)
        if (feature.contains(mapPoint))
            return &feature;
    return nullptr;
}

QList<const ProjectedFeature*> ProjectedLayer::featuresWithKey(const QString& key) const
{
    QList<const ProjectedFeature*> found;
    for (const ProjectedFeature& feature : m_features)
        if (feature.source->key == key)
            found << &feature;
    return found;
}

QRectF ProjectedLayer::boundsOfKey(const QString& key, bool includeOccupied) const
{
    QRectF bounds;
    for (const ProjectedFeature* feature : featuresWithKey(key))
        if (includeOccupied || !feature->source->occupied)
            bounds = bounds.isNull() ? feature->bounds : bounds.united(feature->bounds);
    return bounds;
}

} // namespace flank::geo
