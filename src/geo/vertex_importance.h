#pragma once

#include <QList>
#include <QPolygonF>

namespace flank::geo {

// For each point of a ring or line, the largest tolerance (in its own units) at which the
// Douglas-Peucker simplification still keeps it; the two ends are kept at any tolerance
// (infinity). Keeping the points whose value exceeds t gives exactly the simplification at
// tolerance t, so a renderer can simplify for any zoom with one pass over the points instead
// of simplifying again.
QList<float> douglasPeuckerImportance(const QPolygonF& points);

} // namespace flank::geo
