#include "status_brush.h"

namespace flank::render {

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
    if (style.pattern != FillPattern::Solid)
        painter.fillPath(path, patternBrush(style, frame));
}

} // namespace flank::render
