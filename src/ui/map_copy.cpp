#include "map_copy.h"

#include "compare_view.h"
#include "map_canvas.h"
#include "map_session.h"

#include "export/export_options.h"
#include "export/map_exporter.h"

#include <QPainter>

namespace flank::ui {

QImage copiedMapPicture(MapSession& session, const MapCanvas& canvas, const CompareView* compare)
{
    render::MapRenderer renderer(session.data().projections);
    const core::ComparisonRequest comparison =
        compare ? comparisonShown(*compare) : core::ComparisonRequest();
    if (comparison.kind == core::Comparison::None) {
        render::MapFrame frame = canvas.currentFrame();
        frame.hover.clear();
        frame.answersPointer = false;
        return exporting::renderImage(renderer, frame);
    }
    exporting::ExportOptions options;
    options.file = QStringLiteral("copy.png"); // a picture, as a PNG export draws it
    options.state = session.state();
    options.state.extent = canvas.visibleExtent();
    options.comparison = comparison;
    // Side by side with their legend under them, as the window shows them.
    options.comparison.columns = 2;
    options.legendUnderMaps = true;
    options.size = compare->size();
    options.dpi = 96;
    const exporting::PreparedExport prepared =
        exporting::prepareExport(options, session.data(), canvas.annotations());
    if (!prepared.error.isEmpty())
        return {};
    QImage image(prepared.request.frame.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    exporting::paintPicture(renderer, painter, prepared.request);
    return image;
}

} // namespace flank::ui
