#include "scale_bar_painter.h"

#include "decoration_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <cmath>

namespace flank::render {

namespace {

QString lengthLabel(double metres)
{
    return metres >= 1000
               ? QCoreApplication::translate("flank::render::ScaleBar", "%1 km").arg(metres / 1000)
               : QCoreApplication::translate("flank::render::ScaleBar", "%1 m").arg(metres);
}

QString latitudeLabel(double latitude)
{
    return latitude >= 0 ? QCoreApplication::translate("flank::render::ScaleBar", "%1°N")
                               .arg(std::round(latitude))
                         : QCoreApplication::translate("flank::render::ScaleBar", "%1°S")
                               .arg(std::round(-latitude));
}

} // namespace

double roundLengthBelow(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= value)
            return step * power;
    return power;
}

QList<ScaleTick> scaleBarTicks(double metres, double devicePixels, const QFontMetricsF& metrics,
                               double gap)
{
    const ScaleTick zero{0, QStringLiteral("0")};
    const ScaleTick middle{devicePixels / 2, lengthLabel(metres / 2)};
    const ScaleTick end{devicePixels, lengthLabel(metres)};
    const auto apart = [&](const ScaleTick& a, const ScaleTick& b) {
        const double needed =
            (metrics.horizontalAdvance(a.text) + metrics.horizontalAdvance(b.text)) / 2 + gap;
        return b.offset - a.offset >= needed;
    };
    if (apart(zero, middle) && apart(middle, end))
        return {zero, middle, end};
    return {zero, end};
}

ScaleBarPainter::ScaleBarPainter(const MapFrame& frame, const MapStyle& style)
    : m_frame(frame), m_style(style), m_projector(*frame.view.projector),
      m_view(frame.view.transform)
{
}

std::optional<ScaleBarSpec> ScaleBarPainter::spec(double maximumPixels) const
{
    const QPointF centre(m_frame.size.width() / 2, m_frame.size.height() / 2);
    const double half = std::max(10.0, m_frame.size.width() / 20);
    const QTransform toMap = m_view.deviceToMap();
    const auto west = m_projector.inverse(toMap.map(centre - QPointF(half, 0)));
    const auto east = m_projector.inverse(toMap.map(centre + QPointF(half, 0)));
    const auto middle = m_projector.inverse(toMap.map(centre));
    if (!west || !east || !middle)
        return std::nullopt;
    const double metresPerPixel = geo::geodesicDistance(*west, *east) / (2 * half);
    if (!(metresPerPixel > 0) || !std::isfinite(metresPerPixel))
        return std::nullopt;
    const double metres = roundLengthBelow(maximumPixels * metresPerPixel);
    return ScaleBarSpec{metres, metres / metresPerPixel, middle->y()};
}

QFont ScaleBarPainter::font() const
{
    QFont font(m_style.fontFamily);
    font.setPixelSize(std::max(1, int(m_frame.points(m_style.baseFontPt * 0.85))));
    return font;
}

double ScaleBarPainter::longestBar() const
{
    return std::min(m_frame.millimetres(35), m_frame.size.width() / 4);
}

QSizeF ScaleBarPainter::boxSize(const QFontMetricsF& metrics, double barPixels, const QString& end,
                                const QString& note) const
{
    const double width = std::max(barPixels + metrics.horizontalAdvance(end) / 2 +
                                      metrics.horizontalAdvance(QStringLiteral("0")) / 2,
                                  metrics.horizontalAdvance(note)) +
                         2 * padding();
    return {width, 2 * metrics.height() + barHeight() + 2 * padding() + m_frame.points(2)};
}

QRectF ScaleBarPainter::largestBox(QPointF corner) const
{
    const QSizeF size =
        boxSize(QFontMetricsF(font()), longestBar(), lengthLabel(50000000),
                QCoreApplication::translate("flank::render::ScaleBar", "Scale true at %1")
                    .arg(latitudeLabel(-88)));
    return QRectF(corner - QPointF(size.width(), size.height()), size);
}

QRectF ScaleBarPainter::paint(QPainter& painter, QPointF corner) const
{
    const auto bar = spec(longestBar());
    if (!bar || bar->devicePixels < 4)
        return {};
    const QFont font = this->font();
    const QFontMetricsF metrics(font);
    const double padding = this->padding(), barHeight = this->barHeight();
    const QString end = lengthLabel(bar->metres);
    const QString note = QCoreApplication::translate("flank::render::ScaleBar", "Scale true at %1")
                             .arg(latitudeLabel(bar->latitude));
    const QSizeF size = boxSize(metrics, bar->devicePixels, end, note);
    const QRectF box(corner - QPointF(size.width(), size.height()), size);

    painter.save();
    painter.setPen(QPen(m_style.panelBorder, m_frame.points(0.6)));
    painter.setBrush(m_style.panel);
    painter.drawRoundedRect(box, m_frame.points(3), m_frame.points(3));
    const double left = box.left() + padding + metrics.horizontalAdvance(QStringLiteral("0")) / 2;
    const double top = box.top() + padding + metrics.height();
    // Four alternating segments, the usual cartographic bar.
    const double segment = bar->devicePixels / 4;
    painter.setPen(QPen(m_style.text, m_frame.points(0.6)));
    for (int i = 0; i < 4; ++i) {
        painter.setBrush(i % 2 ? m_style.panel : m_style.text);
        painter.drawRect(QRectF(left + i * segment, top, segment, barHeight));
    }
    painter.setFont(font);
    const auto label = [&](double x, const QString& text) {
        const double w = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(x - w / 2, top - metrics.height(), w, metrics.height()),
                         Qt::AlignCenter, text);
    };
    for (const ScaleTick& tick :
         scaleBarTicks(bar->metres, bar->devicePixels, metrics, m_frame.points(3)))
        label(left + tick.offset, tick.text);
    painter.drawText(QRectF(box.left() + padding, top + barHeight + m_frame.points(2),
                            box.width() - 2 * padding, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, note);
    painter.restore();
    return box;
}

} // namespace flank::render
