#pragma once

#include "country_layer.h"
#include "projector.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace flank::geo {

// One feature's rings in map coordinates (the CRS's units).
struct ProjectedFeature
{
    const GeoFeature* source = nullptr;
    QList<QPolygonF> rings;
    QList<QRectF> ringBounds; // one per ring, so a view can pass over rings far from it
    // One per ring: each point's Douglas-Peucker importance (vertex_importance.h), so a zoom
    // simplifies by one pass; empty unless the layer was made to rank them.
    QList<QList<float>> importance;
    QRectF bounds;

    bool contains(QPointF mapPoint) const; // odd-even rule, like the fill
};

// A whole scale projected once into one CRS; pan and zoom then only change a transform.
class ProjectedLayer
{
public:
    // With `rankVertices`, each ring's points get their simplification ranks (importance).
    ProjectedLayer(const QList<GeoFeature>& features, const Projector& projector,
                   bool rankVertices = false);

    const QList<ProjectedFeature>& features() const { return m_features; }
    QRectF bounds() const { return m_bounds; }
    qsizetype vertexCount() const { return m_vertexCount; }

    // The feature under a map point, or nullptr; the key (ISO code) is in source->key.
    const ProjectedFeature* featureAt(QPointF mapPoint) const;
    // All features with this key (a country and its occupied parts).
    QList<const ProjectedFeature*> featuresWithKey(const QString& key) const;
    QRectF boundsOfKey(const QString& key, bool includeOccupied = false) const;

private:
    QList<ProjectedFeature> m_features;
    QRectF m_bounds;
    qsizetype m_vertexCount = 0;
};

} // namespace flank::geo
