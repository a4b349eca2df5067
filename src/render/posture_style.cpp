#include "posture_style.h"

#include <algorithm>
#include <array>
#include <cmath>

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
    painter.save();
    painter.setBrush(Qt::NoBrush);
    QColor casing = style.textHalo;
    casing.setAlpha(230);
    painter.setPen(QPen(casing, frame.points(frontierCasingWidthPt(style)), Qt::SolidLine,
                        Qt::RoundCap, Qt::BevelJoin));
    for (const QPolygonF& line : deviceLines)
        painter.drawPolyline(line);
    painter.setPen(QPen(style.frontier, frame.points(style.frontierWidthPt), Qt::SolidLine,
                        Qt::RoundCap, Qt::BevelJoin));
    for (const QPolygonF& line : deviceLines)
        painter.drawPolyline(line);
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
    painter.save();
    painter.setBrush(Qt::NoBrush);
    QPen band(programmeColor(colorIndex), frame.points(widthPt), Qt::SolidLine, Qt::FlatCap,
              Qt::RoundJoin);
    if (!wholeBorder) {
        // Ticks across the line: dashes far shorter than the band is wide.
        band.setStyle(Qt::CustomDashLine);
        band.setDashPattern({0.18, 0.32});
    }
    painter.setPen(band);
    for (const geo::MeasuredPart& part : deviceLines) {
        if (!wholeBorder && band.widthF() > 0) {
            band.setDashOffset(part.startLength / band.widthF()); // in pen widths, as the dashes
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
    painter.setPen(QPen(QColor(style.textHalo.rgb()), frame.points(1.2)));
    painter.drawEllipse(center, radius, radius);
    painter.restore();
}

} // namespace flank::render
