#include "swipe_painter.h"

#include "decoration_painter.h"

#include <algorithm>
#include <cmath>

namespace flank::render {

namespace {

constexpr double kGripWidth = 14;
constexpr double kGripHeight = 44;

// Copies `image`'s columns [from, to) in logical pixels, at its own pixel ratio.
void copyColumns(QPainter& painter, const QImage& image, double from, double to)
{
    if (image.isNull() || to <= from)
        return;
    const double ratio = image.devicePixelRatio();
    const QRectF source(from * ratio, 0, (to - from) * ratio, image.height());
    painter.drawImage(QRectF(from, 0, to - from, image.height() / ratio), image, source);
}

} // namespace

QRectF swipeGripRect(double x, double height)
{
    return {x - kGripWidth / 2, height / 2 - kGripHeight / 2, kGripWidth, kGripHeight};
}

void paintSwipe(QPainter& painter, const SwipePictures& pictures, double x, const QColor& lineColor,
                const QColor& gripColor)
{
    const double ratio = pictures.first.devicePixelRatio();
    const double width = pictures.first.width() / ratio;
    const double height = pictures.first.height() / ratio;
    const double divider = std::clamp(x, 0.0, width);
    // Whole device pixels, so the two halves meet without a seam or an overlap.
    const double snapped = std::round(divider * ratio) / ratio;
    copyColumns(painter, pictures.first, 0, snapped);
    copyColumns(painter, pictures.second, snapped, width);
    if (!pictures.overlay.isNull())
        painter.drawImage(QPointF(0, 0), pictures.overlay);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(lineColor, 2));
    painter.drawLine(QPointF(snapped, 0), QPointF(snapped, height));
    const QRectF grip = swipeGripRect(snapped, height);
    painter.setBrush(gripColor);
    painter.drawRoundedRect(grip, 4, 4);
    // Two short strokes on the grip say it can be dragged sideways.
    painter.setPen(QPen(lineColor, 1.5));
    for (const double dx : {-2.5, 2.5})
        painter.drawLine(QPointF(grip.center().x() + dx, grip.top() + 12),
                         QPointF(grip.center().x() + dx, grip.bottom() - 12));
    painter.restore();
}

void paintSwipeStamps(QPainter& painter, const QDate& first, const QDate& second, double width,
                      const MapStyle& style)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(13);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double margin = 10, padX = 9, padY = 5;
    const auto stamp = [&](const QString& text, bool left) {
        const QSizeF size(metrics.horizontalAdvance(text) + 2 * padX, metrics.height() + 2 * padY);
        const QRectF box(left ? margin : width - margin - size.width(), margin, size.width(),
                         size.height());
        painter.setPen(QPen(style.panelBorder, 1));
        painter.setBrush(style.panel);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(style.text);
        painter.drawText(box, Qt::AlignCenter, text);
    };
    stamp(QStringLiteral("\u25C2 %1").arg(formatLongDate(first)), true);
    stamp(QStringLiteral("%1 \u25B8").arg(formatLongDate(second)), false);
    painter.restore();
}

} // namespace flank::render
