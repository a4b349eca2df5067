#include "legend_layout.h"

#include "text_measure.h"
#include "title_block_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace flank::render {

namespace {

// Callers mark their strings with QT_TRANSLATE_NOOP, so lupdate finds them.
QString legendText(const char* text)
{
    return QCoreApplication::translate("flank::render::Legend", text);
}

// The border-posture lines: only for layers that are on and have something to show.
void appendPostureItems(QList<LegendItem>& items, const MapFrame& frame)
{
    const core::MapLayers& layers = frame.state.layers;
    const bool frontier = layers.frontier && frame.view.frontiers;
    const bool programmes =
        layers.fortification && frame.view.frontiers && !frame.fortifications.isEmpty();
    QList<posture::TroopNoteKind> troopKinds;
    if (layers.troops)
        for (const posture::TroopNote& note : frame.troopMarkers) {
            // National forces, fortification and mining notes share the national color.
            const posture::TroopNoteKind kind =
                note.kind == posture::TroopNoteKind::AlliedPresence ||
                        note.kind == posture::TroopNoteKind::RussianBuildup
                    ? note.kind
                    : posture::TroopNoteKind::NationalForces;
            if (!troopKinds.contains(kind))
                troopKinds << kind;
        }
    if (!frontier && !programmes && troopKinds.isEmpty())
        return;
    const auto add = [&](LegendItemKind kind, const QString& text, const QString& key = {}) {
        LegendItem item{kind, posture::Status::NoData, text, {}, {}, {}};
        item.key = key;
        items.append(item);
    };
    add(LegendItemKind::Heading,
        legendText(QT_TRANSLATE_NOOP("flank::render::Legend", "Border posture")));
    if (frontier)
        add(LegendItemKind::Frontier,
            legendText(
                QT_TRANSLATE_NOOP("flank::render::Legend", "Border with Russia or Belarus")));
    if (programmes) {
        bool anyPart = false;
        const QRectF visible = frame.view.transform.visibleExtent();
        for (const posture::Fortification& programme : frame.fortifications) {
            bool inView = false;
            for (const posture::FortifiedFrontier& covered : programme.frontiers) {
                const auto* line = frame.view.frontiers->find(covered.state, covered.neighbour);
                if (!line || !line->bounds.intersects(visible))
                    continue;
                inView = true;
                anyPart = anyPart || covered.coverage == posture::FrontierCoverage::Part;
            }
            if (inView)
                add(LegendItemKind::Programme, programme.name, programme.id);
        }
        if (anyPart)
            add(LegendItemKind::PartBorder,
                legendText(QT_TRANSLATE_NOOP(
                    "flank::render::Legend",
                    "Ticked: along part of the border, which part not published")));
    }
    std::sort(troopKinds.begin(), troopKinds.end());
    for (posture::TroopNoteKind kind : troopKinds) {
        const QString text =
            kind == posture::TroopNoteKind::AlliedPresence
                ? legendText(
                      QT_TRANSLATE_NOOP("flank::render::Legend", "Allied forces (size: troops)"))
            : kind == posture::TroopNoteKind::RussianBuildup
                ? legendText(QT_TRANSLATE_NOOP("flank::render::Legend", "Russian forces"))
                : legendText(QT_TRANSLATE_NOOP("flank::render::Legend", "National forces"));
        add(LegendItemKind::Troops, text, posture::troopNoteKindId(kind));
    }
}

} // namespace

LegendLayout LegendLayout::compute(const MapFrame& frame, const MapStyle& style)
{
    LegendLayout layout;
    // Small frames get a smaller legend, so it covers less of the map; its type stays legible.
    // A strip covers none.
    constexpr double kFullSizeHeight = 600, kMinimumFontPx = 7;
    const bool strip = frame.legendPlace == LegendPlace::Strip;
    const double shrink = strip ? 1.0 : std::clamp(frame.size.height() / kFullSizeHeight, 0.0, 1.0);
    const auto points = [&](double pt) { return frame.points(pt) * shrink; };
    const double fullPx = frame.points(style.baseFontPt);
    const double basePx = std::max(std::min(fullPx, kMinimumFontPx), fullPx * shrink);
    layout.itemFont = QFont(style.fontFamily);
    layout.itemFont.setPixelSize(std::max(1, int(basePx)));
    layout.headingFont = layout.itemFont;
    layout.headingFont.setBold(true);

    QList<LegendItem> items;
    const QString heading =
        frame.treatyName.isEmpty() ? core::fillTreatyId(frame.state.treaty) : frame.treatyName;
    items.append({LegendItemKind::Heading, posture::Status::NoData, heading, {}, {}, {}});
    QList<posture::Status> shown;
    for (posture::Status status : posture::allStatuses())
        if (status != posture::Status::NoData &&
            std::find(frame.statuses.begin(), frame.statuses.end(), status) != frame.statuses.end())
            shown << status;
    for (posture::Status status : shown)
        items.append({LegendItemKind::Status, status, posture::statusLabel(status), {}, {}, {}});
    // The swatch shows the occupied land as the map does: over Ukraine's own status that day.
    items.append(
        {LegendItemKind::Occupied,
         frame.statuses.value(QStringLiteral("UKR"), posture::Status::NoData),
         QCoreApplication::translate("flank::render::Legend", "Occupied by Russia (Crimea)"),
         {},
         {},
         {}});
    items.append(
        {LegendItemKind::NoData,
         posture::Status::NoData,
         QCoreApplication::translate("flank::render::Legend", "No data / outside the focus"),
         {},
         {},
         {}});
    appendPostureItems(items, frame);
    if (frame.state.treaty == core::TreatyChoice::Both) {
        const QString overlayName = frame.overlayTreatyName.isEmpty()
                                        ? core::overlayTreatyId(frame.state.treaty)
                                        : frame.overlayTreatyName;
        items.append({LegendItemKind::Heading,
                      posture::Status::NoData,
                      QCoreApplication::translate("flank::render::Legend", "Inner band: %1")
                          .arg(overlayName),
                      {},
                      {},
                      {}});
        QList<posture::Status> overlayShown;
        for (posture::Status status : frame.overlayStatuses)
            if (!overlayShown.contains(status) && style.overlayColor(status).isValid())
                overlayShown << status;
        std::sort(overlayShown.begin(), overlayShown.end(), [](auto a, auto b) {
            return posture::allStatuses().indexOf(a) < posture::allStatuses().indexOf(b);
        });
        for (posture::Status status : overlayShown)
            items.append(
                {LegendItemKind::OverlayStatus, status, posture::statusLabel(status), {}, {}, {}});
    }

    const QFontMetricsF itemMetrics(layout.itemFont);
    const double padding = points(6);
    const double rowHeight = std::max(itemMetrics.height(), points(11)) + points(3);
    const double swatchWidth = points(18);
    // Translations run longer than English: a line wider than about sixty Latin characters (the
    // longest English one fits) wraps onto more rows instead of widening the legend over the map.
    double maxTextWidth = 28 * itemMetrics.height();
    // A heading has the whole line, swatch and all.
    const auto textRoom = [&](const LegendItem& item) {
        return item.kind == LegendItemKind::Heading ? maxTextWidth + swatchWidth + padding
                                                    : maxTextWidth;
    };
    const auto fontOf = [&](const LegendItem& item) -> const QFont& {
        return item.kind == LegendItemKind::Heading ? layout.headingFont : layout.itemFont;
    };
    const auto rowHeightOf = [&](const LegendItem& item) {
        if (textAdvance(fontOf(item), item.text) <= textRoom(item))
            return rowHeight;
        const QRectF wrapped =
            wrappedTextBounds(fontOf(item), textRoom(item), Qt::TextWordWrap, item.text);
        const double lineSpacing = QFontMetricsF(fontOf(item)).lineSpacing();
        const int lines = std::max(1, int(std::lround(wrapped.height() / lineSpacing)));
        return rowHeight + (lines - 1) * lineSpacing;
    };
    const auto widthOf = [&](const LegendItem& item) {
        const double text = std::min(textAdvance(fontOf(item), item.text), textRoom(item));
        return item.kind == LegendItemKind::Heading ? text : swatchWidth + padding + text;
    };
    const auto boxSize = [&](const QList<LegendItem>& lines) {
        double width = 0, height = padding;
        for (const LegendItem& item : lines) {
            width = std::max(width, widthOf(item));
            height += rowHeightOf(item);
        }
        return QSizeF(width + 2 * padding, height + padding);
    };
    // Many programmes would hide the map behind the legend: then one line stands for them and
    // the map's tooltips name each band. In a column, their long names would narrow the maps.
    const bool column = frame.legendPlace == LegendPlace::Column;
    const auto tooTall = [&] {
        return (items.size() + 2) * rowHeight > frame.size.height() * 0.55;
    };
    // Or over a fifth of the picture, as on a page stood upright.
    const auto coversAFifth = [&] {
        const QSizeF size = boxSize(items);
        return size.width() * size.height() > frame.size.width() * frame.size.height() / 5;
    };
    const auto isProgramme = [](const LegendItem& item) {
        return item.kind == LegendItemKind::Programme;
    };
    const qsizetype programmeCount = std::count_if(items.begin(), items.end(), isProgramme);
    if (programmeCount > 1 && (column || strip || tooTall() || coversAFifth())) {
        const auto first = std::find_if(items.begin(), items.end(), isProgramme);
        LegendItem summary = *first;
        summary.key.clear();
        summary.text =
            frame.answersPointer
                ? QCoreApplication::translate("flank::render::Legend",
                                              "%n fortification programme(s): point at a "
                                              "band for its name",
                                              "", int(programmeCount))
                : QCoreApplication::translate("flank::render::Legend",
                                              "%n fortification programme(s), one color each", "",
                                              int(programmeCount));
        const qsizetype at = first - items.begin();
        items.removeIf(isProgramme);
        items.insert(at, summary);
    }
    const double margin = frame.points(10);
    layout.textGap = padding;
    const auto placeRow = [&](LegendItem& item, double left, double top, double width) {
        item.row = QRectF(left, top, width, rowHeightOf(item));
        if (item.kind != LegendItemKind::Heading)
            item.swatch = QRectF(left, top + points(2), swatchWidth, rowHeight - points(5));
    };
    if (strip) {
        // Each section (a heading and its lines) starts a column; a long one runs on into the
        // next. The fewest rows whose columns fit the strip's width, so it takes the least
        // height from the maps above it; one column a section when nothing fits.
        const double gap = 2 * padding;
        const bool ownFrame = frame.legendStripArea.isEmpty();
        const QRectF area = ownFrame ? QRectF(QPointF(0, 0), frame.size) : frame.legendStripArea;
        const double inset = ownFrame ? frame.points(4) : 0.0; // a frame of its own: a narrow edge
        const double room = area.width() - 2 * inset - 2 * padding;
        // Lines wrap where the sections would not fit side by side otherwise.
        const auto sections = std::max<qsizetype>(
            1, std::count_if(items.begin(), items.end(), [](const LegendItem& item) {
                return item.kind == LegendItemKind::Heading;
            }));
        maxTextWidth = std::max(itemMetrics.height() * 4,
                                std::min(maxTextWidth, (room - (sections - 1) * gap) / sections -
                                                           swatchWidth - padding));
        const auto columnsOf = [&](qsizetype rows) {
            QList<QList<qsizetype>> columns;
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (columns.isEmpty() || items[i].kind == LegendItemKind::Heading ||
                    columns.last().size() >= rows)
                    columns.append(QList<qsizetype>());
                columns.last().append(i);
            }
            return columns;
        };
        const auto columnWidth = [&](const QList<qsizetype>& column) {
            double width = 0;
            for (qsizetype i : column)
                width = std::max(width, widthOf(items[i]));
            return width;
        };
        QList<QList<qsizetype>> columns;
        for (qsizetype rows = 1; rows <= items.size(); ++rows) {
            columns = columnsOf(rows);
            double width = -gap;
            for (const QList<qsizetype>& column : columns)
                width += columnWidth(column) + gap;
            if (width <= room)
                break;
        }
        const double top = area.top() + inset;
        double left = area.left() + inset + padding, bottom = top + padding;
        for (const QList<qsizetype>& column : columns) {
            const double width = columnWidth(column);
            double y = top + padding;
            for (qsizetype i : column) {
                placeRow(items[i], left, y, width);
                y += items[i].row.height();
            }
            left += width + gap;
            bottom = std::max(bottom, y);
        }
        layout.box = QRectF(area.left() + inset, top, left - gap + padding - area.left() - inset,
                            bottom + padding - top);
        layout.items = items;
        return layout;
    }
    // Still too tall for a small map, or over a third of a narrow one (a pane of a comparison):
    // the posture lines that tooltips explain go too. Measured again only when lines went.
    QSizeF size = boxSize(items);
    const bool coversTooMuch =
        !column && size.width() * size.height() > frame.size.width() * frame.size.height() / 3;
    if (tooTall() || coversTooMuch) {
        const QString postureHeading =
            legendText(QT_TRANSLATE_NOOP("flank::render::Legend", "Border posture"));
        items.removeIf([&](const LegendItem& item) {
            return item.kind == LegendItemKind::PartBorder || item.kind == LegendItemKind::Troops ||
                   (item.kind == LegendItemKind::Heading && item.text == postureHeading);
        });
        size = boxSize(items);
    }
    const double width = size.width(), height = size.height();
    const TitleBlockPainter titleBlock(frame, style);
    const double top = column ? titleBlock.topBand() + margin
                              : frame.size.height() - titleBlock.bottomBand() - margin - height;
    layout.box = QRectF(margin, top, width, height);

    double y = layout.box.top() + padding;
    for (LegendItem& item : items) {
        placeRow(item, layout.box.left() + padding, y, width - 2 * padding);
        y += item.row.height();
    }
    layout.items = items;
    return layout;
}

QRectF LegendLayout::stripArea(MapFrame frame, const MapStyle& style, double left, double width,
                               double bottom)
{
    frame.legendPlace = LegendPlace::Strip;
    frame.legendStripArea = QRectF(left, 0, width, 1);
    const double height = std::ceil(compute(frame, style).box.height());
    return QRectF(left, bottom - height, width, height);
}

std::optional<LegendItem> LegendLayout::itemAt(QPointF devicePoint) const
{
    for (const LegendItem& item : items)
        if (item.row.contains(devicePoint))
            return item;
    return std::nullopt;
}

void addLegendStatuses(QHash<QString, posture::Status>& frame,
                       const QHash<QString, posture::Status>& other, qsizetype index)
{
    for (auto it = other.cbegin(); it != other.cend(); ++it)
        if (std::find(frame.cbegin(), frame.cend(), it.value()) == frame.cend())
            frame.insert(QStringLiteral("%1#%2").arg(it.key()).arg(index), it.value());
}

} // namespace flank::render
