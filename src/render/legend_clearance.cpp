#include "legend_clearance.h"

#include "legend_layout.h"
#include "map_style.h"

#include <algorithm>

namespace flank::render {

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

} // namespace flank::render
