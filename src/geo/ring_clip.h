#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <cmath>

namespace flank::geo {

// Clips a closed ring to an axis-aligned box (Sutherland-Hodgman). Clipping every ring of an
// odd-even filled polygon on its own keeps the filled area right, holes included.
QPolygonF clipRing(const QPolygonF& ring, const QRectF& box);

// Clips an open line to an axis-aligned box (Liang-Barsky): the parts inside, each an open
// line of at least two points, in the line's order.
QList<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& box);

// A part of a clipped line, with the length of the line before it: a dashed pen started that
// far into its pattern draws the part's dashes where the whole line would have them.
struct MeasuredPart
{
    QPolygonF line;
    double startLength = 0.0;
};
QList<MeasuredPart> clipPolylineMeasured(const QPolygonF& line, const QRectF& box);

// The length of the segment from `a` to `b`, as every measured length along a line is summed:
// whoever lays a pattern along a part from its `startLength` lands where the whole line has it
// only when both add up the same segments the same way. Not std::hypot, which guards against
// overflow no map or pixel distance comes near, at several times the cost of a square root.
inline double segmentLength(QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    return std::sqrt(dx * dx + dy * dy);
}

// The runs of whole segments of an open line that reach into `box`, each with the length of the
// line before it. Nothing is cut: a segment drawn from a run is the segment the whole line has,
// so a picture painted in strips matches one painted at once wherever the box reaches.
QList<MeasuredPart> segmentRunsInto(const QPolygonF& line, const QRectF& box);

} // namespace flank::geo
