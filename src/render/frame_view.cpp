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
    view.extent = extentOf(state, projections);
    view.transform = ViewTransform(view.extent, size);
    // Judge detail in screen pixels at 96 dpi, so a 300 dpi print picks what the screen would.
    const double screenPixels = view.transform.pixelsPerMapUnit() * 96.0 / dpi;
    view.scale = geo::chooseScale(state.detail, pixelsPerKilometre(*view.projector, screenPixels));
    view.layer = projections.layer(state.crs, view.scale);
    if (view.layer)
        view.frontiers = projections.frontiers(state.crs, view.scale);
    return view;
}

QRectF FrameView::extentOf(const core::MapState& state, geo::ProjectionCache& projections)
{
    if (!state.extent.isEmpty())
        return state.extent;
    const auto projector = projections.projectorFor(state.crs);
    return projector->isValid() ? geo::flankExtent(*projector) : QRectF();
}

} // namespace flank::render
