#include "projected_frontiers.h"

#include "projection_limits.h"
#include "ring_clip.h"
#include "vertex_importance.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace flank::geo {

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t = lengthSquared > 0.0
                         ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0)
                         : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

// Projects one lon/lat line; a point PROJ cannot project ends a piece there.
QList<QPolygonF> projectPiece(const QPolygonF& lonLat, const Projector& projector)
{
    std::vector<double> x, y;
    x.reserve(size_t(lonLat.size()));
    y.reserve(size_t(lonLat.size()));
    for (const QPointF& point : lonLat) {
        x.push_back(point.x());
        y.push_back(point.y());
    }
    projector.forward(x, y);
    QList<QPolygonF> pieces;
    QPolygonF current;
    for (size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i])) {
            if (current.size() >= 2)
                pieces << current;
            current.clear();
            continue;
        }
        current << QPointF(x[i], y[i]);
    }
    if (current.size() >= 2)
        pieces << current;
    return pieces;
}

} // namespace

double ProjectedFrontier::distanceTo(QPointF mapPoint) const
{
    double nearest = std::numeric_limits<double>::infinity();
    for (const QPolygonF& piece : pieces)
        for (qsizetype i = 1; i < piece.size(); ++i)
            nearest = std::min(nearest, distanceToSegment(mapPoint, piece[i - 1], piece[i]));
    return nearest;
}

ProjectedFrontiers::ProjectedFrontiers(const QList<FrontierLine>& lines, const Projector& projector)
{
    const ProjectionLimits limits(projector);
    for (const FrontierLine& line : lines) {
        ProjectedFrontier projected;
        projected.line = &line;
        for (const QPolygonF& piece : line.pieces)
            for (const QRectF& box : limits.boxesFor(line.bounds))
                for (const QPolygonF& part : clipPolyline(piece, box))
                    projected.pieces += projectPiece(part, projector);
        if (projected.pieces.isEmpty())
            continue;
        for (const QPolygonF& piece : std::as_const(projected.pieces)) {
            projected.importance << douglasPeuckerImportance(piece);
            projected.path.addPolygon(piece); // an open subpath: addPolygon does not close it
            const QRectF box = piece.boundingRect();
            projected.bounds = projected.bounds.isNull() ? box : projected.bounds.united(box);
        }
        m_bounds = m_bounds.isNull() ? projected.bounds : m_bounds.united(projected.bounds);
        m_frontiers << std::move(projected);
    }
}

const ProjectedFrontier* ProjectedFrontiers::find(const QString& iso3A, const QString& iso3B) const
{
    for (const ProjectedFrontier& frontier : m_frontiers)
        if (frontier.line->pair.joins(iso3A, iso3B))
            return &frontier;
    return nullptr;
}

const ProjectedFrontier* ProjectedFrontiers::frontierNear(QPointF mapPoint, double reach) const
{
    const ProjectedFrontier* nearest = nullptr;
    double nearestDistance = reach;
    for (const ProjectedFrontier& frontier : m_frontiers) {
        if (!frontier.bounds.adjusted(-reach, -reach, reach, reach).contains(mapPoint))
            continue;
        const double distance = frontier.distanceTo(mapPoint);
        if (distance <= nearestDistance) {
            nearest = &frontier;
            nearestDistance = distance;
        }
    }
    return nearest;
}

} // namespace flank::geo
