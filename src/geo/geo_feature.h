#pragma once

#include "compact_rings.h"

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace flank::geo {

// One polygonal feature in lon/lat: every ring (outer rings and holes) of its (multi)polygon,
// filled with the odd-even rule.
struct GeoFeature
{
    QString key;  // value of the key field (ISO 3166-1 alpha-3 for countries)
    QString name; // English name
    bool occupied = false;
    QString occupiedBy;
    CompactRings rings;
    QRectF bounds; // lon/lat bounding box

    qsizetype vertexCount() const;
};

} // namespace flank::geo
