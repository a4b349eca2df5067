#include "legend_layout.h"

#include "title_block_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace flank::render {

LegendLayout LegendLayout::compute(const MapFrame& frame, const MapStyle& style)
{
    LegendLayout layout;
    // Small frames get a smaller legend, so it covers less of the map; its type stays legible.
    constexpr double kFullSizeHeight = 600, kMinimumFontPx = 7;
    const double shrink = std::clamp(frame.size.height() / kFullSizeHeight, 0.0, 1.0);
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
    items.append({LegendItemKind::Heading, posture::Status::NoData, heading, {}, {}});
    QList<posture::Status> shown;
    for (posture::Status status : posture::allStatuses())
        if (status != posture::Status::NoData &&
            std::find(frame.statuses.begin(), frame.statuses.end(), status) != frame.statuses.end())
            shown << status;
    for (posture::Status status : shown)
        items.append({LegendItemKind::Status, status, posture::statusLabel(status), {}, {}});
    // The swatch shows the occupied land as the map does: over Ukraine's own status that day.
    items.append(
        {LegendItemKind::Occupied,
         frame.statuses.value(QStringLiteral("UKR"), posture::Status::NoData),
         QCoreApplication::translate("flank::render::Legend", "Occupied by Russia (Crimea)"),
         {},
         {}});
    items.append(
        {LegendItemKind::NoData,
         posture::Status::NoData,
         QCoreApplication::translate("flank::render::Legend", "No data / outside the focus"),
         {},
         {}});
    if (frame.state.treaty == core::TreatyChoice::Both) {
        const QString overlayName = frame.overlayTreatyName.isEmpty()
                                        ? core::overlayTreatyId(frame.state.treaty)
                                        : frame.overlayTreatyName;
        items.append({LegendItemKind::Heading,
                      posture::Status::NoData,
                      QCoreApplication::translate("flank::render::Legend", "Inner band: %1")
                          .arg(overlayName),
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
                {LegendItemKind::OverlayStatus, status, posture::statusLabel(status), {}, {}});
    }

    const QFontMetricsF itemMetrics(layout.itemFont), headingMetrics(layout.headingFont);
    const double padding = points(6);
    const double rowHeight = std::max(itemMetrics.height(), points(11)) + points(3);
    const double swatchWidth = points(18);
    double width = 0, height = padding;
    for (const LegendItem& item : items) {
        const bool isHeading = item.kind == LegendItemKind::Heading;
        const double textWidth =
            isHeading ? headingMetrics.horizontalAdvance(item.text)
                      : swatchWidth + padding + itemMetrics.horizontalAdvance(item.text);
        width = std::max(width, textWidth);
        height += rowHeight;
    }
    width += 2 * padding;
    height += padding;
    const double margin = frame.points(10);
    const double footer = TitleBlockPainter(frame, style).bottomBand();
    layout.box = QRectF(margin, frame.size.height() - footer - margin - height, width, height);

    double y = layout.box.top() + padding;
    for (LegendItem& item : items) {
        item.row = QRectF(layout.box.left() + padding, y, width - 2 * padding, rowHeight);
        if (item.kind != LegendItemKind::Heading)
            item.swatch =
                QRectF(item.row.left(), y + points(2), swatchWidth, rowHeight - points(5));
        y += rowHeight;
    }
    layout.items = items;
    return layout;
}

std::optional<LegendItem> LegendLayout::itemAt(QPointF devicePoint) const
{
    for (const LegendItem& item : items)
        if (item.row.contains(devicePoint))
            return item;
    return std::nullopt;
}

} // namespace flank::render
