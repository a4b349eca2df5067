#pragma once

#include <QPolygonF>

namespace flank::render {

// Douglas-Peucker on a ring or an open line already thinned by distance: drops points that lie
// within `tolerance` pixels of the line between the points kept around them; the first and last
// points stay. Mostly smooth runs of short steps go, which cost the line drawer as much each as
// a long one.
QPolygonF straightenedRing(const QPolygonF& ring, double tolerance);

} // namespace flank::render
