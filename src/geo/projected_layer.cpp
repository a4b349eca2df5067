#include "projected_layer.h"

#include "projection_limits.h"
#include "ring_clip.h"
#include "vertex_importance.h"

#include <QString>

#include <cmath>
#include <future>
#include <vector>

namespace flank::geo {

namespace {

// Rings cut where the projection's own antimeridian runs, and to the latitudes it can show, so
// no polygon jumps across the map as a streak.
QList<QPolygonF> prepareRings(const GeoFeature& feature, const ProjectionLimits& limits)
{
    if (!limits.needsCut(feature.bounds) && !limits.needsLatitudeClip(feature.bounds))
        return feature.rings.decoded();
    const QList<QPolygonF> source = feature.rings.decoded();
    QList<QPolygonF> rings;
    for (const QRectF& box : limits.boxesFor(feature.bounds))
        for (const QPolygonF& ring : source) {
            QPolygonF clipped = clipRing(ring, box);
            if (!clipped.isEmpty())
                rings.append(std::move(clipped));
        }
    return rings;
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

namespace {

// Projects features [begin, end) with one projector; a PROJ transform is used by one thread.
QList<ProjectedFeature> projectRange(const QList<GeoFeature>& features, qsizetype begin,
                                     qsizetype end, const Projector& projector, bool rank)
{
    const ProjectionLimits limits(projector);
    QList<ProjectedFeature> out;
    out.reserve(end - begin);
    std::vector<double> x, y;
    for (qsizetype f = begin; f < end; ++f) {
        const GeoFeature& feature = features[f];
        const QList<QPolygonF> rings = prepareRings(feature, limits);
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
            QPolygonF ringOut;
            ringOut.reserve(ring.size());
            for (qsizetype i = 0; i < ring.size(); ++i, ++index)
                if (!std::isnan(x[index]))
                    ringOut.append(QPointF(x[index], y[index]));
            if (ringOut.size() < 3)
                continue;
            const QRectF box = ringOut.boundingRect();
            projected.bounds = projected.bounds.isNull() ? box : projected.bounds.united(box);
            projected.ringBounds.append(box);
            if (rank)
                projected.importance.append(douglasPeuckerImportance(ringOut));
            projected.rings.append(std::move(ringOut));
        }
        if (!projected.rings.isEmpty())
            out.append(std::move(projected));
    }
    return out;
}

} // namespace

ProjectedLayer::ProjectedLayer(const QList<GeoFeature>& features, const Projector& projector,
                               bool rankVertices)
{
    // Large scales are projected in two halves on two threads, each with its own projector.
    constexpr qsizetype kParallelFrom = 100000;
    qsizetype vertices = 0;
    for (const GeoFeature& feature : features)
        vertices += feature.vertexCount();
    qsizetype split = features.size();
    if (vertices >= kParallelFrom) {
        qsizetype half = 0;
        for (split = 0; split < features.size() && half < vertices / 2; ++split)
            half += features[split].vertexCount();
    }
    std::future<QList<ProjectedFeature>> second;
    if (split < features.size())
        second =
            std::async(std::launch::async, [&features, split, crs = projector.crs(), rankVertices] {
                const Projector own(crs);
                return projectRange(features, split, features.size(), own, rankVertices);
            });
    m_features = projectRange(features, 0, split, projector, rankVertices);
    if (second.valid())
        m_features += second.get();
    for (const ProjectedFeature& feature : m_features) {
        for (const QPolygonF& ring : feature.rings)
            m_vertexCount += ring.size();
        m_bounds = m_bounds.isNull() ? feature.bounds : m_bounds.united(feature.bounds);
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
