#include "sheet_builder.h"

#include "decoration_painter.h"
#include "frame_builder.h"
#include "legend_layout.h"
#include "map_style.h"
#include "title_block_painter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace flank::render {

namespace {

// Around the maps, as around the legend, and between them.
constexpr double kMarginPt = 10, kGutterPt = 6;

// "Ottawa Convention", or "Ottawa Convention and Convention on Cluster Munitions" for a map of
// both.
QString treatiesOf(const MapFrame& frame)
{
    const QString fill =
        frame.treatyName.isEmpty() ? core::fillTreatyId(frame.state.treaty) : frame.treatyName;
    return frame.overlayTreatyName.isEmpty()
               ? fill
               : QCoreApplication::translate("flank::render::Sheet", "%1 and %2")
                     .arg(fill, frame.overlayTreatyName);
}

template <typename Record> void addRecords(QList<Record>& page, const QList<Record>& map)
{
    for (const Record& record : map)
        if (std::none_of(page.cbegin(), page.cend(),
                         [&](const Record& known) { return known.id == record.id; }))
            page << record;
}

// The page tells of every map: each status in the legend, each programme and deployment shown,
// each source credited.
void addToPage(MapFrame& page, const MapFrame& map, qsizetype index)
{
    addLegendStatuses(page.statuses, map.statuses, index);
    addLegendStatuses(page.overlayStatuses, map.overlayStatuses, index);
    for (const QString& outlet : map.sourceOutlets)
        if (!page.sourceOutlets.contains(outlet))
            page.sourceOutlets << outlet;
    addRecords(page.fortifications, map.fortifications);
    addRecords(page.troopMarkers, map.troopMarkers);
}

// A title for the sheet when the user gave none: the treaties and the dates compared.
QString sheetTitle(const QList<SheetPane>& panes)
{
    QStringList treaties;
    QList<QDate> dates;
    for (const SheetPane& pane : panes) {
        if (const QString name = treatiesOf(pane.frame); !treaties.contains(name))
            treaties << name;
        if (!dates.contains(pane.frame.state.date))
            dates << pane.frame.state.date;
    }
    if (treaties.size() > 1)
        return QCoreApplication::translate("flank::render::Sheet", "%1 and %2, %3")
            .arg(treaties.first(), treaties.last(), formatLongDate(dates.first()));
    if (dates.size() == 2)
        return QCoreApplication::translate("flank::render::Sheet", "%1: %2 and %3")
            .arg(treaties.first(), formatLongDate(dates.first()), formatLongDate(dates.last()));
    const auto [first, last] = std::minmax_element(dates.cbegin(), dates.cend());
    return QCoreApplication::translate("flank::render::Sheet", "%1: %2 to %3")
        .arg(treaties.first(), formatLongDate(*first), formatLongDate(*last));
}

} // namespace

QList<PaneChoice> paneChoices(const core::ComparisonRequest& comparison,
                              const core::MapState& state)
{
    QList<PaneChoice> choices;
    if (comparison.kind == core::Comparison::Treaties)
        return {{state.date, core::TreatyChoice::Ottawa}, {state.date, core::TreatyChoice::Ccm}};
    for (const QDate& date : comparison.dates)
        choices << PaneChoice{date, state.treaty};
    return choices;
}

MapSheet buildSheet(const core::MapState& state, const QList<PaneChoice>& choices, int columns,
                    const posture::Dataset& dataset, geo::ProjectionCache& projections,
                    const QSizeF& size, double dpi)
{
    MapSheet sheet;
    sheet.columns = columns;
    if (choices.isEmpty())
        return sheet;
    // The maps carry their stamps and names; the page the decorations they share.
    core::MapState mapState = state;
    mapState.decorations = core::Decorations::none();
    mapState.decorations.dateStamp = state.decorations.dateStamp;
    mapState.decorations.labels = state.decorations.labels;
    mapState.title.clear();
    mapState.subtitle.clear();
    FrameStatusCache statuses;
    for (const PaneChoice& choice : choices) {
        mapState.date = choice.date;
        mapState.treaty = choice.treaty;
        SheetPane pane;
        pane.frame = frameFacts(mapState, dataset, &statuses);
        pane.frame.dpi = dpi;
        sheet.panes << pane;
    }
    // Maps of one date are told apart by their treaties.
    const bool sameDate = std::all_of(choices.cbegin(), choices.cend(), [&](const auto& choice) {
        return choice.date == choices.first().date;
    });
    if (sameDate)
        for (SheetPane& pane : sheet.panes)
            pane.frame.caption = treatiesOf(pane.frame);

    MapFrame& page = sheet.page;
    page = sheet.panes.first().frame;
    page.caption.clear();
    page.state.decorations = state.decorations;
    page.state.decorations.dateStamp = false; // each map has its own
    page.state.decorations.scaleBar = false;
    page.state.decorations.northArrow = false;
    page.state.decorations.inset = false;
    page.state.title = state.title.isEmpty() ? sheetTitle(sheet.panes) : state.title;
    page.state.subtitle = state.subtitle;
    page.legendPlace = LegendPlace::Column;
    page.size = size;
    page.dpi = dpi;
    for (qsizetype i = 1; i < sheet.panes.size(); ++i)
        addToPage(page, sheet.panes[i].frame, i);
    QStringList treaties;
    for (const SheetPane& pane : sheet.panes)
        if (!treaties.contains(pane.frame.treatyName))
            treaties << pane.frame.treatyName;
    page.treatyName = treaties.join(QStringLiteral(" / "));
    layOutSheet(sheet, projections);
    return sheet;
}

int columnsFor(int count, const QSizeF& area, const QSizeF& extent)
{
    if (count < 1)
        return 1;
    if (extent.isEmpty() || area.isEmpty())
        return int(std::ceil(std::sqrt(double(count))));
    int best = 1;
    double bestScale = -1;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const double scale = std::min(area.width() / columns / extent.width(),
                                      area.height() / rows / extent.height());
        // More columns only for clearly larger maps: rows of a few maps read better than a
        // strip of many thin ones.
        if (scale > bestScale * 1.05) {
            best = columns;
            bestScale = scale;
        }
    }
    return best;
}

void layOutSheet(MapSheet& sheet, geo::ProjectionCache& projections)
{
    MapFrame& page = sheet.page;
    const int count = int(sheet.panes.size());
    if (count == 0)
        return;
    for (SheetPane& pane : sheet.panes) {
        pane.frame.state.extent = page.state.extent;
        pane.frame.state.crs = page.state.crs;
        pane.frame.state.detail = page.state.detail;
        pane.frame.dpi = page.dpi;
    }
    const MapStyle style = MapStyle::forTheme(page.state.theme);
    const TitleBlockPainter titleBlock(page, style);
    const int gutter = std::max(1, int(std::lround(page.points(kGutterPt))));
    const double margin = std::round(page.points(kMarginPt));
    const double top = std::ceil(titleBlock.topBand()) + margin;
    const double bottom = std::floor(page.size.height() - titleBlock.bottomBand()) - margin;
    const QSizeF extent = FrameView::extentOf(page.state, projections).size();
    // The legend takes a column on the left, or a strip under the maps as wide as they are.
    // It lists the programmes the maps show, so it is measured again once they have their
    // view, and the maps placed again if it grew.
    const bool legend = page.state.decorations.legend;
    const bool strip = legend && page.legendPlace == LegendPlace::Strip;
    double placedLeft = -1, placedBottom = -1;
    for (int pass = 0; pass < 2; ++pass) {
        double left = margin, mapsBottom = bottom;
        if (strip) {
            page.legendStripArea = LegendLayout::stripArea(page, style, margin,
                                                           page.size.width() - 2 * margin, bottom);
            mapsBottom = page.legendStripArea.top() - gutter;
        } else if (legend) {
            left = std::ceil(LegendLayout::compute(page, style).box.right()) + gutter;
        }
        if (left == placedLeft && mapsBottom == placedBottom)
            break;
        placedLeft = left;
        placedBottom = mapsBottom;
        const QSizeF area(std::max(1.0, page.size.width() - margin - left),
                          std::max(1.0, mapsBottom - top));
        const int columns = std::clamp(
            sheet.columns > 0 ? sheet.columns : columnsFor(count, area, extent), 1, count);
        const int rows = (count + columns - 1) / columns;
        const QSize cell(std::max(1, int((area.width() - (columns - 1) * gutter) / columns)),
                         std::max(1, int((area.height() - (rows - 1) * gutter) / rows)));
        const int step = cell.width() + gutter;
        // The grid is centred in its area, and so is a last row that is not full.
        const int gridLeft = int(left + (area.width() - (columns * step - gutter)) / 2);
        const int gridTop =
            int(top + (area.height() - (rows * (cell.height() + gutter) - gutter)) / 2);
        for (int i = 0; i < count; ++i) {
            const int row = i / columns, column = i % columns;
            const int inRow = std::min(columns, count - row * columns);
            const int shift = (columns - inRow) * step / 2;
            sheet.panes[i].rect =
                QRectF(gridLeft + shift + column * step, gridTop + row * (cell.height() + gutter),
                       cell.width(), cell.height());
        }
        const FrameView view = FrameView::resolve(sheet.panes.first().frame.state, QSizeF(cell),
                                                  page.dpi, projections);
        for (SheetPane& pane : sheet.panes) {
            pane.frame.size = QSizeF(cell);
            pane.frame.view = view;
        }
        page.view = view; // the legend's programmes are those in the maps' view
    }
}

} // namespace flank::render
