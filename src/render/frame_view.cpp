#include "frame_view.h"

#include "geo/flank_extent.h"

namespace flank::render {

namespace {

double pixelsPerKilometre(const geo::Projector& projector, double pixelsPerUnit)
{
    return projector.isGeographic() ? pixelsPerUnit / 111.32 : pixelsPerUnit * 1000.0;
}

} // namespace

FrameView FrameView::resolve(const core::MapState& state, const QSizeF& size, double dpi,
                             geo::ProjectionCache& projections)
{
    FrameView view;
    view.projector = projections.projectorFor(state.crs);
    if (!state.extent.isEmpty())
        view.extent = state.extent;
    else if (view.projector->isValid())
        view.extent = geo::flankExtent(*view.projector);
    view.transform = ViewTransform(view.extent, size);
    // Judge detail in screen pixels at 96 dpi, so a 300 dpi print picks what the screen would.
    const double screenPixels = view.transform.pixelsPerMapUnit() * 96.0 / dpi;
    view.scale = geo::chooseScale(state.detail, pixelsPerKilometre(*view.projector, screenPixels));
    view.layer = projections.layer(state.crs, view.scale);
    if (view.layer)
        view.frontiers = projections.frontiers(state.crs, view.scale);
    return view;
}

} // namespace flank::render
