#include "ring_clip.h"

namespace flank::geo {

namespace {

template <typename Inside, typename Crossing>
QPolygonF clipAgainst(const QPolygonF& ring, Inside inside, Crossing crossing)
{
    QPolygonF out;
    if (ring.isEmpty())
        return out;
    out.reserve(ring.size());
    QPointF previous = ring.constLast();
    bool previousInside = inside(previous);
    for (const QPointF& current : ring) {
        const bool currentInside = inside(current);
        if (currentInside != previousInside)
            out.append(crossing(previous, current));
        if (currentInside)
            out.append(current);
        previous = current;
        previousInside = currentInside;
    }
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

} // namespace

QPolygonF clipRing(const QPolygonF& ring, const QRectF& box)
{
    if (box.contains(ring.boundingRect()))
        return ring;
    const double left = box.left(), right = box.right(), top = box.top(), bottom = box.bottom();
    QPolygonF out = clipAgainst(
        ring, [&](QPointF p) { return p.x() >= left; },
        [&](QPointF a, QPointF b) { return atX(a, b, left); });
    out = clipAgainst(
        out, [&](QPointF p) { return p.x() <= right; },
        [&](QPointF a, QPointF b) { return atX(a, b, right); });
    out = clipAgainst(
        out, [&](QPointF p) { return p.y() >= top; },
        [&](QPointF a, QPointF b) { return atY(a, b, top); });
    out = clipAgainst(
        out, [&](QPointF p) { return p.y() <= bottom; },
        [&](QPointF a, QPointF b) { return atY(a, b, bottom); });
    return out.size() >= 3 ? out : QPolygonF();
}

} // namespace flank::geo
