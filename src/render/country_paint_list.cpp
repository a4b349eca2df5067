#include "country_paint_list.h"

#include "status_brush.h"

namespace flank::render {

namespace {

// An independent copy: the original's element list is only read, never its lazy caches.
// Country paths are polygons, so moves and lines are all there is to copy.
QPainterPath copyOf(const QPainterPath& path)
{
    QPainterPath copy;
    copy.setFillRule(path.fillRule());
    copy.reserve(path.elementCount());
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element& element = path.elementAt(i);
        if (element.isMoveTo())
            copy.moveTo(element.x, element.y);
        else
            copy.lineTo(element.x, element.y);
    }
    return copy;
}

} // namespace

CountryPaintList::CountryPaintList(const MapFrame& frame, const QTransform& toDevice)
    : m_frame(frame), m_toDevice(toDevice)
{
}

void CountryPaintList::add(Step step, double inkMargin)
{
    if (!step.path.isEmpty()) {
        const double margin = inkMargin + 1.0; // antialiasing reaches one pixel further
        step.reach = m_toDevice.mapRect(step.path.controlPointRect())
                         .adjusted(-margin, -margin, margin, margin);
    }
    m_steps.append(std::move(step));
}

void CountryPaintList::beginFeature(const QString& key)
{
    add({Kind::BeginFeature, {}, {}, {}, {}, {}, key}, 0);
}

void CountryPaintList::endFeature(const QString& key)
{
    add({Kind::EndFeature, {}, {}, {}, {}, {}, key}, 0);
}

void CountryPaintList::fill(const QPainterPath& path, const QBrush& brush)
{
    add({Kind::Fill, path, {}, brush, {}, {}, {}}, 0);
}

void CountryPaintList::fillWithStatus(const QPainterPath& path, const StatusStyle& style)
{
    add({Kind::StatusFill, path, {}, {}, {}, style, {}}, 0);
}

void CountryPaintList::stroke(const QPainterPath& path, const QPen& pen)
{
    add({Kind::Stroke, path, {}, {}, pen, {}, {}}, pen.widthF() / 2);
}

void CountryPaintList::strokeInside(const QPainterPath& path, const QPen& pen)
{
    add({Kind::StrokeInside, path, {}, {}, pen, {}, {}}, 0);
}

namespace {

// On a scaled screen a border a little over one pixel wide becomes two or three device pixels,
// and Qt then strokes every border as a polygon (QStroker) instead of with its line rasterizer:
// twenty times the work at 1:10m. Thin lines are drawn there as cosmetic pens of one device
// pixel, which the line rasterizer takes; wide lines (the selection) keep their width.
QPen deviceLinePen(const QPen& pen, double pixelRatio)
{
    if (pixelRatio <= 1.0 || pen.widthF() * pixelRatio > 3.0)
        return pen;
    QPen thin = pen;
    thin.setCosmetic(true);
    thin.setWidthF(1.0);
    return thin;
}

} // namespace

void CountryPaintList::replay(QPainter& painter, PaintObserver* observer, const QRectF& area,
                              bool ownCopies) const
{
    const double pixelRatio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    painter.save();
    painter.setTransform(m_toDevice, true);
    for (const Step& step : m_steps) {
        if (step.kind == Kind::BeginFeature || step.kind == Kind::EndFeature) {
            if (observer && step.kind == Kind::BeginFeature)
                observer->featureStarted(painter, step.key);
            else if (observer)
                observer->featureFinished(painter, step.key);
            continue;
        }
        if (!area.isNull() && !step.reach.intersects(area))
            continue;
        const QPainterPath copy = ownCopies ? copyOf(step.path) : QPainterPath();
        const QPainterPath& path = ownCopies ? copy : step.path;
        // Fills are drawn without antialiasing and every edge is then stroked with an
        // antialiased line on top: the picture looks the same, and the costly coverage
        // rasterizer runs only for thin lines instead of for every filled area.
        painter.setRenderHint(QPainter::Antialiasing,
                              m_frame.antialias && step.kind == Kind::Stroke);
        switch (step.kind) {
        case Kind::Fill:
            painter.fillPath(path, step.brush);
            break;
        case Kind::StatusFill:
            render::fillWithStatus(painter, path, step.status, m_frame);
            break;
        case Kind::Stroke:
            painter.strokePath(path, deviceLinePen(step.pen, pixelRatio));
            break;
        case Kind::StrokeInside:
            painter.save();
            painter.setClipPath(path, Qt::IntersectClip);
            painter.strokePath(path, step.pen);
            painter.restore();
            break;
        case Kind::BeginFeature:
        case Kind::EndFeature:
            break;
        }
    }
    painter.restore();
}

} // namespace flank::render
