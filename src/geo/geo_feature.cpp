#include "geo_feature.h"

namespace flank::geo {

qsizetype GeoFeature::vertexCount() const
{
    qsizetype count = 0;
    for (const QPolygonF& ring : rings)
        count += ring.size();
    return count;
}

} // namespace flank::geo
