#pragma once

#include "view_transform.h"

#include "core/map_state.h"
#include "geo/projected_layer.h"
#include "geo/projection_cache.h"
#include "geo/projector.h"
#include "geo/scale.h"

#include <QRectF>
#include <QSizeF>

#include <memory>

namespace flank::render {

// Where a frame looks, worked out once when the frame is built: the extent, the level of
// detail, the projector and the countries projected at that level, and the fit of the extent
// to the output. Painting, hit tests and decorations read it and never work it out again.
struct FrameView
{
    QRectF extent; // map units: the state's extent, or the eastern flank when it has none
    geo::Scale scale = geo::Scale::Coarse110m;
    std::shared_ptr<const geo::Projector> projector;  // null only in a frame never resolved
    std::shared_ptr<const geo::ProjectedLayer> layer; // null when the CRS is unknown
    // The frontier lines at that level in that CRS; null when the data has none.
    std::shared_ptr<const geo::ProjectedFrontiers> frontiers;
    ViewTransform transform{QRectF(), QSizeF()}; // extent to device pixels

    // The view of `state` on an output of `size` device pixels at `dpi`; projects the
    // countries at the chosen level the first time that level is asked for in that CRS.
    static FrameView resolve(const core::MapState& state, const QSizeF& size, double dpi,
                             geo::ProjectionCache& projections);
    // The extent `state` shows: its own, or the eastern flank when it has none (empty when its
    // CRS is unknown). Projects nothing.
    static QRectF extentOf(const core::MapState& state, geo::ProjectionCache& projections);
};

} // namespace flank::render
