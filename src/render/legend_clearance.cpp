#include "legend_clearance.h"

#include "frame_builder.h"
#include "legend_layout.h"
#include "map_style.h"
#include "title_block_painter.h"

#include <algorithm>

namespace flank::render {

namespace {

// How many times smaller a strip under the map may make what the view was made for.
constexpr double kMostShrinking = 4.0 / 3.0;

} // namespace

QRectF extentClearOfLegend(const MapFrame& frame)
{
    const QRectF extent = frame.view.extent;
    if (extent.isEmpty() || !frame.state.decorations.legend ||
        frame.legendPlace != LegendPlace::OverMap)
        return extent;
    const ViewTransform& view = frame.view.transform;
    const QRectF shown = view.mapToDevice().mapRect(extent);
    const QRectF legend = LegendLayout::compute(frame, MapStyle::forTheme(frame.state.theme)).box;
    if (legend.isEmpty() || legend.top() >= shown.bottom())
        return extent;
    // As far from the legend as the legend is from the picture's edge.
    const double wanted = legend.right() + legend.left() - shown.left();
    const double room = frame.size.width() - shown.right();
    const double shift = std::min(wanted, room);
    if (shift < 0.5) // less than a pixel, or rounding on a picture the flank fills
        return extent;
    return extent.translated(-shift / view.pixelsPerMapUnit(), 0);
}

LegendClearance legendClearance(const MapFrame& frame, geo::ProjectionCache& projections)
{
    const QRectF moved = extentClearOfLegend(frame);
    LegendClearance clearance;
    clearance.extent = moved;
    const QRectF extent = frame.view.extent;
    if (extent.isEmpty() || !frame.state.decorations.legend ||
        frame.legendPlace != LegendPlace::OverMap || frame.size.height() <= frame.size.width())
        return clearance;
    const MapStyle style = MapStyle::forTheme(frame.state.theme);
    const ViewTransform& view = frame.view.transform;
    const QRectF made = view.mapToDevice().mapRect(extent); // what the view was made for
    const double shift = (extent.left() - moved.left()) * view.pixelsPerMapUnit();
    if (!LegendLayout::compute(frame, style).box.intersects(made.translated(shift, 0)))
        return clearance;

    const TitleBlockPainter titleBlock(frame, style);
    const double margin = frame.points(10); // as the other decorations keep from the edges
    const double width = frame.size.width() - 2 * margin;
    const double bottom = frame.size.height() - titleBlock.bottomBand() - margin;
    const double top = titleBlock.topBand();
    MapFrame strip = frame;
    // The strip lists what the grown view shows, so it is measured again once the view has
    // grown, and the view made again if the strip did.
    for (int pass = 0; pass < 2; ++pass) {
        const QRectF area = LegendLayout::stripArea(strip, style, margin, width, bottom);
        if (area == clearance.stripArea)
            break;
        // What the view was made for, as large as fits between the title and the strip and
        // centred there.
        const QRectF room(0, top, frame.size.width(), area.top() - margin - top);
        const double oldPerNew =
            room.height() > 0 ? std::max(made.width() / room.width(), made.height() / room.height())
                              : kMostShrinking + 1;
        // A picture nearly square: a strip would leave the flank too small, so the legend
        // stays over its corner.
        if (oldPerNew > kMostShrinking)
            return {moved, LegendPlace::OverMap, QRectF()};
        // The whole picture in the pixels of the view as it was.
        const QRectF picture(made.center() - room.center() * oldPerNew, frame.size * oldPerNew);
        clearance.extent = view.deviceToMap().mapRect(picture);
        clearance.place = LegendPlace::Strip;
        clearance.stripArea = area;
        strip.state.extent = clearance.extent;
        resolveView(strip, projections);
    }
    return clearance;
}

void applyLegendClearance(MapFrame& frame, const LegendClearance& clearance,
                          geo::ProjectionCache& projections)
{
    frame.legendPlace = clearance.place;
    frame.legendStripArea = clearance.stripArea;
    if (clearance.extent != frame.view.extent) {
        frame.state.extent = clearance.extent;
        resolveView(frame, projections);
    }
}

} // namespace flank::render
