#include "posture_style.h"

#include "raster_lines.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace flank::render {

namespace {

// Dark, saturated and apart from the status palette (Okabe and Ito), so a band reads over any
// fill; their lightness differs too, for grayscale print.
constexpr std::array<QRgb, 8> kProgrammeColors = {
    0x6A3D9A, // purple
    0x1B7837, // green
    0x8C510A, // brown
    0x01665E, // teal
    0xB2182B, // crimson
    0x2D004B, // indigo
    0x7F3B08, // rust
    0x40004B, // plum
};

} // namespace

double frontierCasingWidthPt(const MapStyle& style)
{
    return style.frontierWidthPt + 1.6;
}

void paintFrontierLine(QPainter& painter, const QList<QPolygonF>& deviceLines,
                       const MapStyle& style, const MapFrame& frame)
{
    // Opaque inks: the fast raster lines draw no other (raster_lines.h).
    const QColor casing(style.textHalo.rgb());
    const double casingWidth = frame.points(frontierCasingWidthPt(style));
    const double lineWidth = frame.points(style.frontierWidthPt);
    if (suitsRasterLines(painter, casing) && suitsRasterLines(painter, style.frontier)) {
        drawRasterCasedLines(painter, deviceLines, casing, casingWidth, style.frontier, lineWidth);
        return;
    }
    painter.save();
    painter.setBrush(Qt::NoBrush);
    for (const auto& [color, width] :
         {std::pair(casing, casingWidth), {style.frontier, lineWidth}}) {
        painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const QPolygonF& line : deviceLines)
            painter.drawPolyline(line);
    }
    painter.restore();
}

QColor programmeColor(int colorIndex)
{
    const auto index = size_t(std::abs(colorIndex)) % kProgrammeColors.size();
    return QColor::fromRgb(kProgrammeColors[index]);
}

void paintProgrammeBand(QPainter& painter, const QList<geo::MeasuredPart>& deviceLines,
                        int colorIndex, bool wholeBorder, double widthPt, const MapFrame& frame)
{
    const QColor color = programmeColor(colorIndex);
    const double width = frame.points(widthPt);
    if (width <= 0)
        return;
    // Ticks across the line: dashes far shorter than the band is wide, in pen widths.
    constexpr double kTickDash = 0.18, kTickGap = 0.32;
    if (suitsRasterLines(painter, color)) {
        if (wholeBorder) {
            QList<QPolygonF> lines;
            for (const geo::MeasuredPart& part : deviceLines)
                lines.append(part.line);
            drawRasterPolylines(painter, lines, color, width, false);
        } else {
            drawRasterTicks(painter, deviceLines, color, width, kTickDash * width,
                            (kTickDash + kTickGap) * width);
        }
        return;
    }
    painter.save();
    painter.setBrush(Qt::NoBrush);
    QPen band(color, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (!wholeBorder) {
        band.setStyle(Qt::CustomDashLine);
        band.setDashPattern({kTickDash, kTickGap});
    }
    painter.setPen(band);
    for (const geo::MeasuredPart& part : deviceLines) {
        if (!wholeBorder) {
            band.setDashOffset(part.startLength / width); // in pen widths, as the dashes
            painter.setPen(band);
        }
        painter.drawPolyline(part.line);
    }
    painter.restore();
}

QColor troopColor(posture::TroopNoteKind kind)
{
    switch (kind) {
    case posture::TroopNoteKind::AlliedPresence:
        return QColor(0x1F, 0x4E, 0x9A);
    case posture::TroopNoteKind::RussianBuildup:
        return QColor(0xC6, 0x28, 0x28);
    case posture::TroopNoteKind::NationalForces:
    case posture::TroopNoteKind::Fortification:
    case posture::TroopNoteKind::Mining:
        break;
    }
    return QColor(0x2E, 0x7D, 0x32);
}

double troopMarkerRadius(const std::optional<int>& troops, const MapFrame& frame)
{
    if (!troops || *troops <= 0)
        return frame.points(4.0);
    return frame.points(std::clamp(3.0 + 0.22 * std::sqrt(double(*troops)), 4.5, 14.0));
}

void paintTroopMarker(QPainter& painter, QPointF center, double radius, posture::TroopNoteKind kind,
                      const MapStyle& style, const MapFrame& frame)
{
    painter.save();
    QColor fill = troopColor(kind);
    fill.setAlpha(215);
    painter.setBrush(fill);
    painter.setPen(QPen(QColor(style.textHalo.rgb()), frame.points(kTroopRingPt)));
    painter.drawEllipse(center, radius, radius);
    painter.restore();
}

} // namespace flank::render
