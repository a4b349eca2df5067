#pragma once

#include "frontier_line.h"
#include "projector.h"

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

namespace flank::geo {

// One border line in map coordinates (the CRS's units), ready to stroke.
struct ProjectedFrontier
{
    const FrontierLine* line = nullptr; // the lon/lat line: pair, scale, length
    QList<QPolygonF> pieces;            // open polylines, cut where the projection tears
    // One per piece: each point's Douglas-Peucker importance (vertex_importance.h), so a zoom
    // thins a line in one pass over its points.
    QList<QList<float>> importance;
    QPainterPath path; // the pieces as open subpaths: stroke, never fill
    QRectF bounds;

    // Distance from a map point to the nearest piece, in map units.
    double distanceTo(QPointF mapPoint) const;
};

// A scale's border lines projected once into one CRS; pan and zoom then only change a
// transform, as for the country outlines (ProjectedLayer).
class ProjectedFrontiers
{
public:
    // `lines` must outlive this (FrontierLines keeps both).
    ProjectedFrontiers(const QList<FrontierLine>& lines, const Projector& projector);

    const QList<ProjectedFrontier>& frontiers() const { return m_frontiers; }
    QRectF bounds() const { return m_bounds; }
    // The line of this border, in either order of the two countries; nullptr when none.
    const ProjectedFrontier* find(const QString& iso3A, const QString& iso3B) const;
    // The line nearest to a map point, if within `reach` map units: the hover and click test
    // (the caller turns its pixel reach into map units).
    const ProjectedFrontier* frontierNear(QPointF mapPoint, double reach) const;

private:
    QList<ProjectedFrontier> m_frontiers;
    QRectF m_bounds;
};

} // namespace flank::geo
