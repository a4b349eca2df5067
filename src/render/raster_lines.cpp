#include "raster_lines.h"

#include "coverage_mask.h"

#include <QPaintEngine>
#include <QRegion>

#include <algorithm>
#include <cmath>
#include <optional>

namespace flank::render {

namespace {

// How far the two pieces of a tick cut by a corner reach past it (device pixels).
constexpr double kCornerOverlapPixels = 0.75;

// Where lines go: the picture, the transform to its pixels, and the pixels they may touch.
struct Target
{
    QImage* image = nullptr;
    QTransform toDevice;
    QRect clip;
};

// The picture `painter` draws on, when it is a 32-bit image reached through a transform that
// neither rotates nor shears, clipped to one rectangle or not at all.
std::optional<Target> targetOf(const QPainter& painter)
{
    const QPaintEngine* engine = painter.paintEngine();
    auto* image = dynamic_cast<QImage*>(painter.device());
    if (!engine || engine->type() != QPaintEngine::Raster || !image ||
        !CoverageMask::suits(*image) || painter.opacity() < 1.0 ||
        painter.compositionMode() != QPainter::CompositionMode_SourceOver)
        return std::nullopt;
    Target target{image, painter.deviceTransform(), image->rect()};
    if (target.toDevice.type() > QTransform::TxScale)
        return std::nullopt;
    if (painter.hasClipping()) {
        // One rectangle (its whole-pixel region is one rectangle too), perhaps at half a
        // pixel of the painter's units: a band of a picture at 200 % may start there.
        if (painter.clipRegion().rectCount() != 1)
            return std::nullopt;
        const QRectF bounds = painter.clipBoundingRect();
        const QRectF pixels = target.toDevice.mapRect(bounds);
        const QPoint topLeft(qRound(pixels.left()), qRound(pixels.top()));
        const QPoint bottomRight(qRound(pixels.right()) - 1, qRound(pixels.bottom()) - 1);
        target.clip &= QRect(topLeft, bottomRight);
    }
    return target;
}

double pixelsPerUnit(const QTransform& toDevice)
{
    return std::max(std::abs(toDevice.m11()), std::abs(toDevice.m22()));
}

// `line` in device pixels. Every point stays, however close to the one before: a picture
// drawn in bands gets the segments a picture drawn at once has, whichever point a band's run
// of them starts at (segmentRunsInto).
QPolygonF devicePoints(const QPolygonF& line, const QTransform& toDevice)
{
    QPolygonF points;
    points.reserve(line.size());
    for (const QPointF& point : line)
        points.append(toDevice.map(point));
    return points;
}

// The segments of `lines`, `width` wide, in device pixels; flat at the lines' ends unless
// `roundEnds`.
CoverageMask segmentsOf(const QList<QPolygonF>& lines, const Target& target, double width,
                        bool roundEnds)
{
    const double half = width / 2 * pixelsPerUnit(target.toDevice);
    CoverageMask mask;
    for (const QPolygonF& line : lines) {
        const QPolygonF points = devicePoints(line, target.toDevice);
        const qsizetype last = points.size() - 1;
        if (last == 0 && roundEnds)
            mask.add({points[0], points[0], half, false, false}); // a dot
        for (qsizetype i = 0; i < last; ++i)
            mask.add({points[i], points[i + 1], half, !roundEnds && i == 0,
                      !roundEnds && i + 1 == last});
    }
    return mask;
}

} // namespace

bool suitsRasterLines(const QPainter& painter, const QColor& color)
{
    return color.alpha() == 255 && targetOf(painter).has_value();
}

void drawRasterPolylines(QPainter& painter, const QList<QPolygonF>& lines, const QColor& color,
                         double width, bool roundEnds)
{
    const std::optional<Target> target = targetOf(painter);
    if (!target || width <= 0)
        return;
    segmentsOf(lines, *target, width, roundEnds)
        .blendOnto(*target->image, color.rgb(), target->clip);
}

void drawRasterCasedLines(QPainter& painter, const QList<QPolygonF>& lines, const QColor& casing,
                          double casingWidth, const QColor& line, double lineWidth)
{
    const std::optional<Target> target = targetOf(painter);
    if (!target || casingWidth <= 0 || lineWidth <= 0)
        return;
    segmentsOf(lines, *target, casingWidth, true)
        .blendCasedOnto(*target->image, casing.rgb(), line.rgb(),
                        lineWidth / 2 * pixelsPerUnit(target->toDevice), target->clip);
}

void drawRasterTicks(QPainter& painter, const QList<geo::MeasuredPart>& lines, const QColor& color,
                     double width, double dash, double period)
{
    const std::optional<Target> target = targetOf(painter);
    if (!target || width <= 0 || dash <= 0 || period <= dash)
        return;
    const double scale = pixelsPerUnit(target->toDevice);
    const double half = width / 2 * scale;
    CoverageMask mask;
    for (const geo::MeasuredPart& part : lines) {
        const QPolygonF points = devicePoints(part.line, target->toDevice);
        double along = part.startLength; // at points[i], along the whole line, in painter units
        for (qsizetype i = 0; i + 1 < points.size(); ++i) {
            const QPointF delta = points[i + 1] - points[i];
            // Measured as a part's start is, so the ticks of parts drawn apart meet.
            const double length = geo::segmentLength(points[i], points[i + 1]) / scale;
            if (length == 0)
                continue;
            const QPointF direction = delta / (length * scale);
            const double end = along + length;
            for (double tick = std::floor(along / period) * period; tick < end; tick += period) {
                const double from = std::max(tick, along);
                const double to = std::min(tick + dash, end);
                if (to <= from)
                    continue;
                // A tick cut by a corner: its pieces reach a little past it, so they meet
                // without a seam.
                const double back = from > tick ? kCornerOverlapPixels : 0.0;
                const double ahead = to < tick + dash ? kCornerOverlapPixels : 0.0;
                mask.add({points[i] + direction * ((from - along) * scale - back),
                          points[i] + direction * ((to - along) * scale + ahead), half, true,
                          true});
            }
            along = end;
        }
    }
    mask.blendOnto(*target->image, color.rgb(), target->clip);
}

} // namespace flank::render
