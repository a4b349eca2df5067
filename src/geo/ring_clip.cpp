#include "ring_clip.h"

#include <algorithm>
#include <cmath>

namespace flank::geo {

namespace {

template <typename Inside, typename Crossing>
QPolygonF clipAgainst(const QPolygonF& ring, Inside inside, Crossing crossing)
{
    if (ring.isEmpty())
        return {};
    QPolygonF out(2 * ring.size()); // each point gives at most itself and a crossing
    QPointF* next = out.data();
    QPointF previous = ring.constLast();
    bool previousInside = inside(previous);
    for (const QPointF& current : ring) {
        const bool currentInside = inside(current);
        if (currentInside != previousInside)
            *next++ = crossing(previous, current);
        if (currentInside)
            *next++ = current;
        previous = current;
        previousInside = currentInside;
    }
    out.resize(next - out.constData());
    return out;
}

QPointF atX(QPointF a, QPointF b, double x)
{
    const double t = (x - a.x()) / (b.x() - a.x());
    return QPointF(x, a.y() + t * (b.y() - a.y()));
}

QPointF atY(QPointF a, QPointF b, double y)
{
    const double t = (y - a.y()) / (b.y() - a.y());
    return QPointF(a.x() + t * (b.x() - a.x()), y);
}

// The part of segment a-b inside the box as parameters 0 <= t0 <= t1 <= 1; false when none.
bool clipSegment(QPointF a, QPointF b, const QRectF& box, double& t0, double& t1)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - box.left(), box.right() - a.x(), a.y() - box.top(),
                        box.bottom() - a.y()};
    t0 = 0.0;
    t1 = 1.0;
    for (int edge = 0; edge < 4; ++edge) {
        if (p[edge] == 0.0) {
            if (q[edge] < 0.0)
                return false; // parallel to the edge and outside it
            continue;
        }
        const double t = q[edge] / p[edge];
        if (p[edge] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

enum class Side
{
    Left,
    Right,
    Top,
    Bottom
};

// Cuts away what lies beyond one side of the box, which runs through `at`.
template <Side side> QPolygonF cutAt(const QPolygonF& ring, double at)
{
    constexpr bool vertical = side == Side::Left || side == Side::Right;
    return clipAgainst(
        ring,
        [at](QPointF p) {
            switch (side) {
            case Side::Left:
                return p.x() >= at;
            case Side::Right:
                return p.x() <= at;
            case Side::Top:
                return p.y() >= at;
            case Side::Bottom:
                break;
            }
            return p.y() <= at;
        },
        [at](QPointF a, QPointF b) { return vertical ? atX(a, b, at) : atY(a, b, at); });
}

} // namespace

QList<MeasuredPart> clipPolylineMeasured(const QPolygonF& line, const QRectF& box)
{
    if (line.size() < 2)
        return {};
    if (box.contains(line.boundingRect()))
        return {{line, 0.0}};
    QList<MeasuredPart> parts;
    MeasuredPart current;
    double lengthBefore = 0.0; // of the line up to the segment's start
    const auto flush = [&] {
        if (current.line.size() >= 2)
            parts.append(current);
        current.line.clear();
    };
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const double segment = segmentLength(a, b);
        double t0 = 0.0, t1 = 1.0;
        if (!clipSegment(a, b, box, t0, t1)) {
            flush();
            lengthBefore += segment;
            continue;
        }
        if (t0 > 0.0 || current.line.isEmpty()) {
            flush(); // the line comes back into the box here
            current.line.append(a + t0 * (b - a));
            current.startLength = lengthBefore + t0 * segment;
        }
        current.line.append(a + t1 * (b - a));
        if (t1 < 1.0)
            flush(); // and leaves it here
        lengthBefore += segment;
    }
    flush();
    return parts;
}

QList<MeasuredPart> segmentRunsInto(const QPolygonF& line, const QRectF& box)
{
    if (line.size() < 2)
        return {};
    const QRectF bounds = line.boundingRect();
    if (box.contains(bounds))
        return {{line, 0.0}};
    // A strip of a pan reaches few of a picture's lines: the others are passed over whole.
    // Compared edge by edge, as clipSegment() does: QRectF::intersects() counts a level or
    // upright line, whose bounds have no area, as reaching nothing.
    if (bounds.right() < box.left() || bounds.left() > box.right() || bounds.bottom() < box.top() ||
        bounds.top() > box.bottom())
        return {};
    QList<MeasuredPart> runs;
    MeasuredPart current;
    double lengthBefore = 0.0; // of the line up to the segment's start
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        double t0 = 0.0, t1 = 1.0;
        if (clipSegment(a, b, box, t0, t1)) {
            if (current.line.isEmpty()) {
                current.line.append(a);
                current.startLength = lengthBefore;
            }
            current.line.append(b);
        } else if (!current.line.isEmpty()) {
            runs.append(std::move(current));
            current = {};
        }
        lengthBefore += segmentLength(a, b);
    }
    if (!current.line.isEmpty())
        runs.append(std::move(current));
    return runs;
}

QList<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& box)
{
    QList<QPolygonF> lines;
    for (MeasuredPart& part : clipPolylineMeasured(line, box))
        lines.append(std::move(part.line));
    return lines;
}

QPolygonF clipRing(const QPolygonF& ring, const QRectF& box)
{
    const QRectF bounds = ring.boundingRect();
    if (box.contains(bounds))
        return ring;
    // A side the ring does not cross leaves it as it is: only the sides it crosses cut.
    QPolygonF out = ring;
    if (bounds.left() < box.left())
        out = cutAt<Side::Left>(out, box.left());
    if (bounds.right() > box.right())
        out = cutAt<Side::Right>(out, box.right());
    if (bounds.top() < box.top())
        out = cutAt<Side::Top>(out, box.top());
    if (bounds.bottom() > box.bottom())
        out = cutAt<Side::Bottom>(out, box.bottom());
    return out.size() >= 3 ? out : QPolygonF();
}

} // namespace flank::geo
