#include "country_paint_list.h"

#include "status_brush.h"

#include "geo/ring_clip.h"

#include <QPaintEngine>

#include <algorithm>

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
    if (!step.path.path.isEmpty()) {
        const double margin = inkMargin + 1.0; // antialiasing reaches one pixel further
        step.reach = m_toDevice.mapRect(step.path.path.controlPointRect())
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

void CountryPaintList::fill(const Path& path, const QBrush& brush)
{
    add({Kind::Fill, path, {}, brush, {}, {}, {}}, 0);
}

void CountryPaintList::fillWithStatus(const Path& path, const StatusStyle& style)
{
    add({Kind::StatusFill, path, {}, {}, {}, style, {}}, 0);
}

void CountryPaintList::stroke(const Path& path, const QPen& pen)
{
    add({Kind::Stroke, path, {}, {}, pen, {}, {}}, pen.widthF() / 2);
}

void CountryPaintList::strokeInside(const Path& path, const QPen& pen)
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

// What of `path` must still be stroked with `pen` when only `area` (device) of an image shows
// (vector pages keep their paths whole). A pen over
// a pixel wide is stroked by outlining the whole path first; when only part of a long border
// shows (a strip of a large page), the border is cut a pen's reach outside the area, where the
// cut edges cannot show. Rings are cut on their own and start where they started, so what
// shows is stroked from the same points and joins. The path is returned as it is otherwise.
QPainterPath outlinedPart(const QPainterPath& path, const QPen& pen, bool raster, double pixelRatio,
                          const QRectF& area, const QTransform& toDevice)
{
    if (!raster || area.isNull() || pen.isCosmetic() || pen.widthF() * pixelRatio <= 1.0)
        return path;
    const double reach = pen.widthF() / 2 + 2;
    const QRectF box = toDevice.inverted().mapRect(area).adjusted(-reach, -reach, reach, reach);
    if (box.contains(path.controlPointRect()))
        return path;
    QPainterPath cut;
    cut.setFillRule(path.fillRule());
    for (const QPolygonF& ring : path.toSubpathPolygons()) {
        QPolygonF part = geo::clipRing(ring, box);
        if (part.isEmpty())
            continue;
        if (const qsizetype start = part.indexOf(ring.constFirst()); start > 0)
            std::rotate(part.begin(), part.begin() + start, part.end());
        cut.addPolygon(part);
        cut.closeSubpath();
    }
    return cut;
}

// The path band `band` draws: the cached one on band 0, else that band's copy, made the first
// time it is needed (an independent copy: the original's element list is only read, never
// its lazy caches); a transient copy when the path has no slot for the band.
const QPainterPath& pathForBand(const CountryPaintList::Path& path, int band,
                                QPainterPath& transient)
{
    if (band == 0)
        return path.path;
    std::vector<QPainterPath>* copies = path.copies.get();
    QPainterPath& copy = copies && std::size_t(band) <= copies->size()
                             ? (*copies)[std::size_t(band) - 1]
                             : transient;
    if (copy.isEmpty())
        copy = copyOf(path.path);
    return copy;
}

} // namespace

void CountryPaintList::replay(QPainter& painter, PaintObserver* observer, const QRectF& area,
                              int band) const
{
    const double pixelRatio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const bool raster =
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
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
        QPainterPath transient;
        const QPainterPath& path = pathForBand(step.path, band, transient);
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
        case Kind::Stroke: {
            const QPen pen = deviceLinePen(step.pen, pixelRatio);
            painter.strokePath(outlinedPart(path, pen, raster, pixelRatio, area, m_toDevice), pen);
            break;
        }
        case Kind::StrokeInside: {
            // The whole outline, never a cut part: where a band's edge crossed the shape, a cut
            // outline under the shape's clip left a pixel of the band unpainted.
            painter.save();
            painter.setClipPath(path, Qt::IntersectClip);
            painter.strokePath(path, step.pen);
            painter.restore();
            break;
        }
        case Kind::BeginFeature:
        case Kind::EndFeature:
            break;
        }
    }
    painter.restore();
}

} // namespace flank::render
