#include "status_brush.h"

#include <QPaintEngine>

#include <cmath>

namespace flank::render {

namespace {

// SVG has no pattern brushes (QSvgGenerator drops them), so there the hatching is drawn as
// lines clipped to the shape, matching the brush's spacing and direction.
void strokeHatching(QPainter& painter, const QPainterPath& path, const QBrush& brush)
{
    const QTransform& scale = brush.transform();
    const double spacing = 8.0 * scale.m11() / std::sqrt(2.0);
    const QRectF box = painter.transform().map(path).boundingRect();
    if (box.isEmpty() || spacing <= 0)
        return;
    painter.save();
    painter.setClipPath(path, Qt::IntersectClip);
    painter.resetTransform();
    painter.setPen(QPen(brush.color(), std::max(1.0, scale.m11())));
    QPainterPath lines;
    const double reach = box.width() + box.height();
    for (double d = 0; d <= reach; d += spacing * std::sqrt(2.0)) {
        lines.moveTo(box.left() + d - box.height(), box.bottom());
        lines.lineTo(box.left() + d, box.top());
        if (brush.style() == Qt::DiagCrossPattern) {
            lines.moveTo(box.left() + d - box.height(), box.top());
            lines.lineTo(box.left() + d, box.bottom());
        }
    }
    painter.drawPath(lines);
    painter.restore();
}

} // namespace

QBrush patternBrush(const StatusStyle& style, const MapFrame& frame)
{
    Qt::BrushStyle brushStyle = Qt::BDiagPattern;
    double spacing = 1.0;
    switch (style.pattern) {
    case FillPattern::Solid:
        return QBrush();
    case FillPattern::SparseHatch:
        spacing = 2.0;
        break;
    case FillPattern::Hatch:
        spacing = 1.4;
        break;
    case FillPattern::DenseHatch:
        spacing = 1.0;
        break;
    case FillPattern::CrossHatch:
        brushStyle = Qt::DiagCrossPattern;
        spacing = 1.5;
        break;
    }
    QBrush brush(style.patternColor, brushStyle);
    // Qt's patterns are 8 device pixels wide; keep them the same physical size at any DPI.
    const double factor = spacing * frame.dpi / 96.0;
    brush.setTransform(QTransform::fromScale(factor, factor));
    return brush;
}

void fillWithStatus(QPainter& painter, const QPainterPath& path, const StatusStyle& style,
                    const MapFrame& frame)
{
    if (style.fill.isValid())
        painter.fillPath(path, style.fill);
    if (style.pattern == FillPattern::Solid)
        return;
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::SVG)
        strokeHatching(painter, path, patternBrush(style, frame));
    else
        painter.fillPath(path, patternBrush(style, frame));
}

} // namespace flank::render
