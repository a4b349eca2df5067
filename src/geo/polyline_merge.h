#pragma once

#include <QList>
#include <QPolygonF>

namespace flank::geo {

// Joins open lines whose ends lie within `gap` of each other (in the lines' units) into as few
// lines as they allow, reversing lines where needed; nearest ends are joined first. With a gap
// of 0 it is GEOS's LineMerge: pieces cut from one line join again where they meet.
QList<QPolygonF> mergePolylines(QList<QPolygonF> lines, double gap);

} // namespace flank::geo
