#pragma once

#include "geo_feature.h"
#include "scale.h"

#include "core/frontier_pair.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace flank::geo {

// The land border two countries share at one Natural Earth scale: open lon/lat polylines
// (WGS 84 degrees), joined into as few as the outlines allow, and their geodesic length.
struct FrontierLine
{
    core::FrontierPair pair;
    Scale scale = Scale::Fine10m;
    QList<QPolygonF> pieces;
    QRectF bounds; // lon/lat
    double km = 0.0;

    bool isEmpty() const { return pieces.isEmpty(); }
    qsizetype vertexCount() const;
};

// How far apart (degrees) two outlines may run and still count as one border at a scale; why
// these values: see frontier_line.cpp.
double frontierTolerance(Scale scale);

// Traces the border of `pair` in `features` (one scale's countries, keyed by ISO alpha-3):
// the stretch of one country's outline that runs within the tolerance of the other's. Empty
// when the two do not touch; nullopt when either country is not in the features or GEOS fails.
std::optional<FrontierLine> traceFrontier(const QList<GeoFeature>& features,
                                          const core::FrontierPair& pair, Scale scale);

// Geodesic length of a lon/lat polyline on the WGS 84 ellipsoid (PROJ), in kilometres.
double geodesicKm(const QPolygonF& lonLatLine);

} // namespace flank::geo
