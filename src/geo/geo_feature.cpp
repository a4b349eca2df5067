#include "geo_feature.h"

namespace flank::geo {

qsizetype GeoFeature::vertexCount() const
{
    return rings.vertexCount();
}

} // namespace flank::geo
