#include "north_arrow_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace flank::render {

NorthArrowPainter::NorthArrowPainter(const MapFrame& frame, const MapStyle& style)
    : m_frame(frame), m_style(style), m_projector(*frame.view.projector),
      m_view(frame.view.transform)
{
}

std::optional<double> NorthArrowPainter::northAngle() const
{
    const QPointF centre(m_frame.size.width() / 2, m_frame.size.height() / 2);
    const auto lonLat = m_projector.inverse(m_view.deviceToMap().map(centre));
    if (!lonLat || lonLat->y() > 89.0)
        return std::nullopt;
    const auto north = m_projector.forward(*lonLat + QPointF(0, 0.25));
    const auto here = m_projector.forward(*lonLat);
    if (!north || !here)
        return std::nullopt;
    const QPointF step = m_view.mapToDevice().map(*north) - m_view.mapToDevice().map(*here);
    if (step.isNull())
        return std::nullopt;
    return std::atan2(step.x(), -step.y()) * 180.0 / std::numbers::pi;
}

QSizeF NorthArrowPainter::size() const
{
    return QSizeF(m_frame.millimetres(11), m_frame.millimetres(15));
}

void NorthArrowPainter::paint(QPainter& painter, const QRectF& box) const
{
    const auto angle = northAngle();
    if (!angle)
        return;
    QFont font(m_style.fontFamily);
    font.setPixelSize(std::max(1, int(m_frame.points(m_style.baseFontPt * 1.1))));
    font.setBold(true);
    const double letter = QFontMetricsF(font).height();
    const double radius = std::min(box.width(), box.height() - letter) / 2;
    const QPointF centre(box.center().x(), box.bottom() - radius);

    painter.save();
    painter.setPen(QPen(m_style.panelBorder, m_frame.points(0.6)));
    painter.setBrush(m_style.panel);
    painter.drawEllipse(centre, radius, radius);
    painter.translate(centre);
    painter.rotate(*angle);
    // A split needle: the dark half points north, so it reads in grayscale too.
    const double tip = radius * 0.85, waist = radius * 0.3;
    QPainterPath dark, light;
    dark.moveTo(0, -tip);
    dark.lineTo(waist, 0);
    dark.lineTo(-waist, 0);
    dark.closeSubpath();
    light.moveTo(0, tip);
    light.lineTo(waist, 0);
    light.lineTo(-waist, 0);
    light.closeSubpath();
    const QPen outline(m_style.text, m_frame.points(0.6));
    painter.setPen(outline);
    painter.setBrush(m_style.text);
    painter.drawPath(dark);
    painter.setBrush(m_style.panel);
    painter.drawPath(light);
    painter.setFont(font);
    painter.setPen(m_style.text);
    painter.drawText(QRectF(-letter, -radius - letter, 2 * letter, letter), Qt::AlignCenter,
                     QCoreApplication::translate("flank::render::NorthArrow", "N"));
    painter.restore();
}

} // namespace flank::render
