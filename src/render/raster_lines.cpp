#include "raster_lines.h"

#include <QLineF>
#include <QPaintEngine>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace flank::render {

namespace {

// How far a segment reaches past a point it shares with the next, in device pixels or a part
// of the half width: the edge pixels of one then lie inside the other, so no lighter seam shows
// across the line, and a gentle turn needs no fan. Its corner stands out of a round join by
// less than a twentieth of the half width.
constexpr double kOverlapPixels = 0.75;
constexpr double kOverlapOfHalfWidth = 0.25;
// How far a fan's chords may fall inside its arc, and the shallowest gap at the outer side of a
// turn worth a fan.
constexpr double kArcTolerancePixels = 0.2;
constexpr double kGapPixels = 0.2;
// Points closer than this to the one before add nothing a line can show.
constexpr double kNearestPixels = 0.25;

double dot(QPointF a, QPointF b)
{
    return a.x() * b.x() + a.y() * b.y();
}

double cross(QPointF a, QPointF b)
{
    return a.x() * b.y() - a.y() * b.x();
}

QPointF normalOf(QPointF direction)
{
    return {-direction.y(), direction.x()};
}

QPointF rotated(QPointF v, double cosine, double sine)
{
    return {v.x() * cosine - v.y() * sine, v.x() * sine + v.y() * cosine};
}

// Device pixels per painter unit: the transform only scales and moves (suitsRasterLines).
double pixelsPerUnit(const QPainter& painter)
{
    const QTransform transform = painter.deviceTransform();
    return std::max(std::abs(transform.m11()), std::abs(transform.m22()));
}

// Pie slices of a disc, gathered and filled together: those of one line at a time, so a pixel
// under two slices is as dark whichever other lines a picture or its part draws.
class Fans
{
public:
    Fans(QPainter& painter, const QColor& color, double radius, double pixelsPerUnit)
        : m_painter(painter), m_color(color), m_radius(radius)
    {
        const double radiusPixels = radius * pixelsPerUnit;
        const double chord = radiusPixels > kArcTolerancePixels
                                 ? 2 * std::acos(1 - kArcTolerancePixels / radiusPixels)
                                 : std::numbers::pi / 2;
        m_maxStep = std::min(chord, std::numbers::pi / 2);
        m_path.setFillRule(Qt::WindingFill);
    }
    ~Fans() { flush(); }
    Fans(const Fans&) = delete;
    Fans& operator=(const Fans&) = delete;

    // Adds the slice around `centre` from unit direction `from`, turning by `sweep` radians.
    void add(QPointF centre, QPointF from, double sweep)
    {
        if (sweep < 0) { // all slices wind one way, so overlapping ones never cancel
            from = rotated(from, std::cos(sweep), std::sin(sweep));
            sweep = -sweep;
        }
        const int steps = std::max(1, int(std::ceil(sweep / m_maxStep)));
        const double cosine = std::cos(sweep / steps), sine = std::sin(sweep / steps);
        m_path.moveTo(centre);
        QPointF direction = from;
        m_path.lineTo(centre + direction * m_radius);
        for (int i = 0; i < steps; ++i) {
            direction = rotated(direction, cosine, sine);
            m_path.lineTo(centre + direction * m_radius);
        }
        m_path.closeSubpath();
        ++m_count;
    }

    // Fills the slices added since the last call.
    void flush()
    {
        if (m_count == 0)
            return;
        m_painter.fillPath(m_path, m_color);
        m_path.clear();
        m_path.setFillRule(Qt::WindingFill);
        m_count = 0;
    }

private:
    QPainter& m_painter;
    QColor m_color;
    double m_radius = 0;
    double m_maxStep = 0;
    QPainterPath m_path;
    int m_count = 0;
};

// `line` without points closer than `nearest` to the one kept before them, but with its last
// point: a segment of a hair's breadth has no direction to speak of, and a fan for it would be
// a slice pointing anywhere.
QPolygonF withoutCrowding(const QPolygonF& line, double nearest)
{
    QPolygonF points;
    points.reserve(line.size());
    const double nearestSquared = nearest * nearest;
    for (const QPointF& point : line) {
        if (!points.isEmpty()) {
            const QPointF delta = point - points.last();
            if (delta.x() * delta.x() + delta.y() * delta.y() < nearestSquared)
                continue;
        }
        points.append(point);
    }
    if (!line.isEmpty() && points.last() != line.last()) {
        if (points.size() > 1)
            points.last() = line.last();
        else
            points.append(line.last());
    }
    return points;
}

QPointF directionOf(QPointF from, QPointF to)
{
    const QPointF delta = to - from;
    return delta / std::hypot(delta.x(), delta.y());
}

} // namespace

bool suitsRasterLines(const QPainter& painter, const QColor& color)
{
    const QPaintEngine* engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster && color.alpha() == 255 &&
           painter.opacity() >= 1.0 &&
           painter.compositionMode() == QPainter::CompositionMode_SourceOver &&
           painter.deviceTransform().type() <= QTransform::TxScale;
}

void drawRasterPolylines(QPainter& painter, const QList<QPolygonF>& lines, const QColor& color,
                         double width, bool roundEnds)
{
    if (width <= 0)
        return;
    const double scale = pixelsPerUnit(painter);
    const double half = width / 2;
    const double overlap = std::max(kOverlapPixels / scale, kOverlapOfHalfWidth * half);
    // A turn by more than this leaves a gap between the lengthened segments.
    const double halfPixels = half * scale, overlapPixels = overlap * scale;
    const double gapSine = halfPixels - kGapPixels > overlapPixels
                               ? overlapPixels / (halfPixels - kGapPixels)
                               : 2.0; // never
    QList<QLineF> segments;
    painter.save();
    {
        Fans fans(painter, color, half, scale);
        for (const QPolygonF& line : lines) {
            const QPolygonF points = withoutCrowding(line, kNearestPixels / scale);
            const qsizetype last = points.size() - 1;
            if (last < 1) {
                if (last == 0 && roundEnds)
                    fans.add(points.first(), QPointF(1, 0), 2 * std::numbers::pi);
                continue;
            }
            QPointF previous;
            for (qsizetype i = 0; i < last; ++i) {
                const QPointF direction = directionOf(points[i], points[i + 1]);
                const QPointF start = i > 0 ? points[i] - direction * overlap : points[i];
                const QPointF end =
                    i + 1 < last ? points[i + 1] + direction * overlap : points[i + 1];
                segments.append(QLineF(start, end));
                if (i > 0) {
                    // The outer side of the turn from `previous` to `direction`, reached by
                    // neither segment to the depth of a round join where the sine of half the
                    // turn exceeds gapSine.
                    const double cosine = std::clamp(dot(previous, direction), -1.0, 1.0);
                    if (std::sqrt((1 - cosine) / 2) > gapSine) {
                        const double turn = cross(previous, direction);
                        const double sweep = std::copysign(std::acos(cosine), turn);
                        fans.add(points[i], normalOf(previous) * (turn > 0 ? -1 : 1), sweep);
                    }
                }
                previous = direction;
            }
            if (roundEnds) {
                const QPointF first = directionOf(points[0], points[1]);
                fans.add(points[0], normalOf(first), std::numbers::pi);
                fans.add(points[last], -normalOf(previous), std::numbers::pi);
            }
            fans.flush();
        }
        painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawLines(segments);
    }
    painter.restore();
}

void drawRasterTicks(QPainter& painter, const QList<geo::MeasuredPart>& lines, const QColor& color,
                     double width, double dash, double period)
{
    if (width <= 0 || dash <= 0 || period <= dash)
        return;
    const double scale = pixelsPerUnit(painter);
    const double overlap = kOverlapPixels / scale;
    QList<QLineF> ticks;
    for (const geo::MeasuredPart& part : lines) {
        const QPolygonF points = withoutCrowding(part.line, kNearestPixels / scale);
        double along = part.startLength; // at points[i], along the whole line
        for (qsizetype i = 0; i + 1 < points.size(); ++i) {
            const QPointF delta = points[i + 1] - points[i];
            const double length = std::hypot(delta.x(), delta.y());
            const QPointF direction = delta / length;
            const double end = along + length;
            for (double tick = std::floor(along / period) * period; tick < end; tick += period) {
                const double from = std::max(tick, along);
                const double to = std::min(tick + dash, end);
                if (to <= from)
                    continue;
                // A tick cut by a corner: its two pieces overlap there, as segments do.
                const double back = from > tick ? overlap : 0.0;
                const double ahead = to < tick + dash ? overlap : 0.0;
                ticks.append(QLineF(points[i] + direction * (from - along - back),
                                    points[i] + direction * (to - along + ahead)));
            }
            along = end;
        }
    }
    painter.save();
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawLines(ticks);
    painter.restore();
}

} // namespace flank::render
