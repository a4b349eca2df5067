#include "status_brush.h"

#include "hatch_tile.h"

#include <QHash>
#include <QPaintEngine>

#include <algorithm>
#include <cmath>

namespace flank::render {

namespace {

enum class LineDirection
{
    Rising,     // 45°, x + y constant
    Falling,    // 45°, x - y constant
    Horizontal, // y constant
};

// Pieces of the parallel lines, `step` apart, that lie inside the polygons (odd-even). Each
// line keeps u constant; v runs along it.
QList<QLineF> hatchSegments(const QList<QPolygonF>& polygons, double step, LineDirection direction)
{
    const auto u = [&](QPointF p) {
        switch (direction) {
        case LineDirection::Rising:
            return p.x() + p.y();
        case LineDirection::Falling:
            return p.x() - p.y();
        case LineDirection::Horizontal:
            break;
        }
        return p.y();
    };
    const auto v = [&](QPointF p) {
        switch (direction) {
        case LineDirection::Rising:
            return p.x() - p.y();
        case LineDirection::Falling:
            return p.x() + p.y();
        case LineDirection::Horizontal:
            break;
        }
        return p.x();
    };
    const auto point = [&](double c, double w) {
        switch (direction) {
        case LineDirection::Rising:
            return QPointF((c + w) / 2, (c - w) / 2);
        case LineDirection::Falling:
            return QPointF((c + w) / 2, (w - c) / 2);
        case LineDirection::Horizontal:
            break;
        }
        return QPointF(w, c);
    };
    QHash<qint64, QList<double>> crossings;
    for (const QPolygonF& polygon : polygons)
        for (qsizetype i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            const double u0 = u(polygon[j]), u1 = u(polygon[i]);
            if (u0 == u1)
                continue;
            const double low = std::min(u0, u1), high = std::max(u0, u1);
            for (qint64 k = qint64(std::ceil(low / step)); k * step < high; ++k) {
                const double t = (k * step - u0) / (u1 - u0);
                crossings[k].append(v(polygon[j]) + t * (v(polygon[i]) - v(polygon[j])));
            }
        }
    QList<QLineF> segments;
    for (auto it = crossings.begin(); it != crossings.end(); ++it) {
        QList<double>& vs = it.value();
        std::sort(vs.begin(), vs.end());
        const double c = it.key() * step;
        for (qsizetype i = 0; i + 1 < vs.size(); i += 2)
            segments.append(QLineF(point(c, vs[i]), point(c, vs[i + 1])));
    }
    return segments;
}

// SVG has no pattern brushes and QSvgGenerator writes no clip paths, so there the hatching
// is drawn as line pieces cut to the shape, with the brush's spacing and direction.
void strokeHatching(QPainter& painter, const QPainterPath& path, const QBrush& brush)
{
    const double scale = brush.transform().m11();
    const double step = 8.0 * scale;
    if (step <= 0)
        return;
    const QList<QPolygonF> polygons = path.toSubpathPolygons(painter.transform());
    painter.save();
    painter.resetTransform();
    painter.setPen(QPen(brush.color(), std::max(1.0, scale)));
    if (brush.style() == Qt::HorPattern) {
        painter.drawLines(hatchSegments(polygons, step, LineDirection::Horizontal));
    } else {
        painter.drawLines(hatchSegments(polygons, step, LineDirection::Rising));
        if (brush.style() == Qt::DiagCrossPattern)
            painter.drawLines(hatchSegments(polygons, step, LineDirection::Falling));
    }
    painter.restore();
}

} // namespace

double patternScale(const StatusStyle& style, const MapFrame& frame)
{
    double spacing = 1.0;
    switch (style.pattern) {
    case FillPattern::Solid:
        return 1.0;
    case FillPattern::SparseHatch:
        spacing = 2.0;
        break;
    case FillPattern::Hatch:
        spacing = 1.4;
        break;
    case FillPattern::CrossHatch:
        spacing = 1.5;
        break;
    case FillPattern::DenseHatch:
    case FillPattern::Stripes:
        break;
    }
    // Qt's patterns are 8 device pixels wide; keep them the same physical size at any DPI.
    return spacing * frame.dpi / 96.0;
}

QBrush patternBrush(const StatusStyle& style, const MapFrame& frame)
{
    Qt::BrushStyle brushStyle = Qt::BDiagPattern;
    if (style.pattern == FillPattern::Solid)
        return QBrush();
    if (style.pattern == FillPattern::CrossHatch)
        brushStyle = Qt::DiagCrossPattern;
    else if (style.pattern == FillPattern::Stripes)
        brushStyle = Qt::HorPattern;
    QBrush brush(style.patternColor, brushStyle);
    const double factor = patternScale(style, frame);
    brush.setTransform(QTransform::fromScale(factor, factor));
    return brush;
}

void fillWithStatus(QPainter& painter, const QPainterPath& path, const StatusStyle& style,
                    const MapFrame& frame)
{
    const QPaintEngine* engine = painter.paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    if (raster && style.pattern != FillPattern::Solid) {
        // One fill with a tile of color and hatching, in device pixels and still under the
        // painter's origin, so a pan that moves the picture's pixels (ScrolledBase) meets the
        // freshly drawn strip without a seam. Qt's own patterns would keep 8 device pixels
        // whatever the spacing, so the three hatch densities would look alike.
        const double ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
        const double scale = patternScale(style, frame) * ratio;
        QBrush tile(hatchTile(style, std::max(2, qRound(8.0 * scale)), std::max(ratio, scale)));
        tile.setTransform(QTransform::fromScale(1 / ratio, 1 / ratio));
        painter.fillPath(path, tile);
        return;
    }
    if (style.fill.isValid())
        painter.fillPath(path, style.fill);
    if (style.pattern == FillPattern::Solid)
        return;
    if (engine && engine->type() == QPaintEngine::SVG)
        strokeHatching(painter, path, patternBrush(style, frame));
    else
        painter.fillPath(path, patternBrush(style, frame));
}

} // namespace flank::render
