#include "frontier_line.h"

#include "gdal_handles.h"
#include "polyline_merge.h"
#include "projector.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace flank::geo {

namespace {

struct Outline
{
    QList<QPolygonF> rings;
    QList<QRectF> ringBounds;
    QRectF bounds;
    qsizetype vertices = 0;
};

Outline outlineOf(const QList<GeoFeature>& features, const QString& iso3)
{
    Outline outline;
    for (const GeoFeature& feature : features) {
        if (feature.key != iso3)
            continue;
        for (const QPolygonF& ring : feature.rings.decoded()) {
            outline.rings << ring;
            outline.ringBounds << ring.boundingRect();
        }
        outline.bounds =
            outline.bounds.isNull() ? feature.bounds : outline.bounds.united(feature.bounds);
        outline.vertices += feature.vertexCount();
    }
    return outline;
}

QRectF grown(const QRectF& box, double by)
{
    return box.adjusted(-by, -by, by, by);
}

// The edges of `outline` that come within `tolerance` of a ring of `other`, as runs of lines:
// the long coasts and the islands far from the neighbour never reach GEOS.
std::unique_ptr<OGRMultiLineString> edgesNear(const Outline& outline, const Outline& other,
                                              double tolerance)
{
    auto lines = std::make_unique<OGRMultiLineString>();
    for (qsizetype r = 0; r < outline.rings.size(); ++r) {
        const QRectF ringBox = grown(outline.ringBounds[r], tolerance);
        QList<QRectF> near;
        for (const QRectF& box : other.ringBounds)
            if (grown(box, tolerance).intersects(ringBox))
                near << grown(box, tolerance);
        if (near.isEmpty())
            continue;
        const QPolygonF& ring = outline.rings[r];
        OGRLineString current;
        const auto flush = [&] {
            if (current.getNumPoints() >= 2)
                lines->addGeometry(&current);
            current.empty();
        };
        // Rings may or may not repeat their first point; either way every edge is walked.
        const qsizetype edges = ring.isClosed() ? ring.size() - 1 : ring.size();
        for (qsizetype i = 0; i < edges; ++i) {
            const QPointF a = ring[i], b = ring[(i + 1) % ring.size()];
            // Grown, so that a level or upright edge has an area to intersect with.
            const QRectF edgeBox = grown(QRectF(a, b).normalized(), tolerance);
            const bool isNear = std::any_of(near.cbegin(), near.cend(), [&](const QRectF& box) {
                return box.intersects(edgeBox);
            });
            if (!isNear) {
                flush();
                continue;
            }
            if (current.getNumPoints() == 0)
                current.addPoint(a.x(), a.y());
            current.addPoint(b.x(), b.y());
        }
        flush();
    }
    return lines;
}

void collectLines(const OGRGeometry* geometry, QList<QPolygonF>& lines)
{
    if (!geometry)
        return;
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbLineString: {
        const auto* line = geometry->toLineString();
        QPolygonF points;
        points.reserve(line->getNumPoints());
        for (int i = 0; i < line->getNumPoints(); ++i)
            points << QPointF(line->getX(i), line->getY(i));
        lines << points;
        break;
    }
    case wkbMultiLineString:
    case wkbGeometryCollection: {
        const auto* collection = geometry->toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i)
            collectLines(collection->getGeometryRef(i), lines);
        break;
    }
    default:
        break; // points where the outlines only cross
    }
}

} // namespace

qsizetype FrontierLine::vertexCount() const
{
    qsizetype count = 0;
    for (const QPolygonF& piece : pieces)
        count += piece.size();
    return count;
}

// Two outlines closer than this count as one border. Outlines digitised separately need not
// share every vertex, and an exact intersection keeps only the stretches where they happen to
// coincide, so the band must be wider than their disagreement, yet far narrower than the detail a
// scale holds, or a coast running near the neighbour's would join the border. About a twentieth of
// each scale's detail: 1:10m holds about 1 km, 1:50m about 3 km, 1:110m about 10 km. The
// bundled outlines share their border vertices exactly at every scale (one topology), and the
// lengths change by under 1 km from 1e-7 degrees to ten times these bands; the band also makes
// GEOS's work small (line against band rather than line against line: 0.14 s rather than 2.5 s
// for the flank at 1:10m).
double frontierTolerance(Scale scale)
{
    switch (scale) {
    case Scale::Coarse110m:
        return 0.002; // about 200 m
    case Scale::Medium50m:
        return 0.001; // about 100 m
    case Scale::Fine10m:
        break;
    }
    return 0.0005; // about 50 m
}

double geodesicKm(const QPolygonF& lonLatLine)
{
    double metres = 0.0;
    for (qsizetype i = 1; i < lonLatLine.size(); ++i)
        metres += geodesicDistance(lonLatLine[i - 1], lonLatLine[i]);
    return metres / 1000.0;
}

std::optional<FrontierLine> traceFrontier(const QList<GeoFeature>& features,
                                          const core::FrontierPair& pair, Scale scale)
{
    Outline small = outlineOf(features, pair.state);
    Outline large = outlineOf(features, pair.neighbour);
    if (small.rings.isEmpty() || large.rings.isEmpty())
        return std::nullopt;
    if (small.vertices > large.vertices)
        std::swap(small, large);
    FrontierLine frontier{pair, scale, {}, {}, 0.0};
    const double tolerance = frontierTolerance(scale);
    if (!grown(small.bounds, tolerance).intersects(grown(large.bounds, tolerance)))
        return frontier;
    ensureGdalRegistered();
    const auto smallEdges = edgesNear(small, large, tolerance);
    const auto largeEdges = edgesNear(large, small, tolerance);
    if (smallEdges->IsEmpty() || largeEdges->IsEmpty())
        return frontier;
    // The large country's outline inside a thin band around the small one's is their border.
    const std::unique_ptr<OGRGeometry> band(smallEdges->Buffer(tolerance, 2));
    if (!band)
        return std::nullopt;
    const std::unique_ptr<OGRGeometry> shared(largeEdges->Intersection(band.get()));
    QList<QPolygonF> pieces;
    collectLines(shared.get(), pieces);
    frontier.pieces = mergePolylines(pieces, 0.0);
    for (const QPolygonF& piece : std::as_const(frontier.pieces)) {
        frontier.km += geodesicKm(piece);
        frontier.bounds = frontier.bounds.isNull() ? piece.boundingRect()
                                                   : frontier.bounds.united(piece.boundingRect());
    }
    return frontier;
}

} // namespace flank::geo
