#pragma once

#include "geo/projected_layer.h"

#include <QHash>
#include <QPainterPath>
#include <QRectF>

namespace flank::render {

// Country outlines reduced to what one zoom level can show (points closer than half a pixel
// merged), in zoom-scaled map coordinates: panning only translates them, so a pan frame reuses
// every path, and a new zoom rebuilds only the features in view.
class DevicePathCache
{
public:
    // Paths for `layer` at `pixelsPerMapUnit`; forgets earlier paths when either changes.
    void prepare(const geo::ProjectedLayer* layer, double pixelsPerMapUnit);

    // The reduced path of a feature in scaled coordinates (x * s, -y * s).
    const QPainterPath& pathFor(const geo::ProjectedFeature& feature);
    qsizetype cachedCount() const { return m_paths.size(); }

private:
    const geo::ProjectedLayer* m_layer = nullptr;
    double m_scale = 0.0;
    QHash<const geo::ProjectedFeature*, QPainterPath> m_paths;
};

} // namespace flank::render
