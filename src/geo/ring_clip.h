#pragma once

#include <QPolygonF>
#include <QRectF>

namespace flank::geo {

// Clips a closed ring to an axis-aligned box (Sutherland-Hodgman). Clipping every ring of an
// odd-even filled polygon on its own keeps the filled area right, holes included.
QPolygonF clipRing(const QPolygonF& ring, const QRectF& box);

} // namespace flank::geo
