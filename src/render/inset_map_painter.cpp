#include "inset_map_painter.h"

#include "geo/flank_extent.h"
#include "geo/ring_clip.h"
#include "view_transform.h"

#include <QPainterPath>

namespace flank::render {

namespace {

const QString kInsetCrs = QStringLiteral("EPSG:3035");
const QRectF kEuropeLonLat(QPointF(-11, 34), QPointF(46, 71)); // left, top = west, south
// Red stands out on every status fill and theme.
const QColor kBoxColor(0xC0, 0x1C, 0x28);

QRectF europeExtent(const geo::Projector& projector)
{
    static const QRectF extent = geo::projectedBox(projector, kEuropeLonLat);
    return extent;
}

} // namespace

InsetMapPainter::InsetMapPainter(const MapFrame& frame, const MapStyle& style,
                                 geo::ProjectionCache& projections)
    : m_frame(frame), m_style(style), m_projections(projections)
{
}

QSizeF InsetMapPainter::size() const
{
    const double width = std::min(m_frame.millimetres(42), m_frame.size.width() * 0.22);
    const auto projector = m_projections.projectorFor(kInsetCrs);
    const QRectF extent = europeExtent(*projector);
    return QSizeF(width, width * extent.height() / std::max(1.0, extent.width()));
}

QPolygonF InsetMapPainter::extentOutline() const
{
    const geo::Projector* mapProjector = m_frame.view.projector.get();
    const auto insetProjector = m_projections.projectorFor(kInsetCrs);
    if (!mapProjector || !mapProjector->isValid() || !insetProjector->isValid())
        return {};
    // Walk the device edge, so a conic map's curved edges come out curved in the inset.
    const double w = m_frame.size.width(), h = m_frame.size.height();
    constexpr int kSteps = 24;
    QPolygonF edge;
    for (int i = 0; i < kSteps; ++i)
        edge << QPointF(w * i / kSteps, 0);
    for (int i = 0; i < kSteps; ++i)
        edge << QPointF(w, h * i / kSteps);
    for (int i = kSteps; i > 0; --i)
        edge << QPointF(w * i / kSteps, h);
    for (int i = kSteps; i > 0; --i)
        edge << QPointF(0, h * i / kSteps);
    QPolygonF outline;
    const QTransform toMap = m_frame.view.transform.deviceToMap();
    for (QPointF device : edge) {
        const auto lonLat = mapProjector->inverse(toMap.map(device));
        const auto inset = lonLat ? insetProjector->forward(*lonLat) : std::nullopt;
        if (inset)
            outline << *inset;
    }
    return outline.size() > 2 ? outline : QPolygonF();
}

void InsetMapPainter::paint(QPainter& painter, const QRectF& box) const
{
    const auto projector = m_projections.projectorFor(kInsetCrs);
    const auto layer = m_projections.layer(kInsetCrs, geo::Scale::Coarse110m);
    // Nothing to draw where the painter may not draw (a strip of an export elsewhere); the
    // outlines' pens reach a little beyond the box.
    const double reach = m_frame.points(2.2) / 2 + 2;
    if (!layer || (painter.hasClipping() && !painter.clipBoundingRect().intersects(
                                                box.adjusted(-reach, -reach, reach, reach))))
        return;
    const ViewTransform insetView(europeExtent(*projector), box.size());
    QTransform toBox = insetView.mapToDevice();
    toBox *= QTransform::fromTranslate(box.left(), box.top());

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(box, m_style.sea);
    // Rings are cut to the box rather than clipped: SVG export writes no clip paths.
    const QRectF visible = insetView.visibleExtent();
    const QPen border(m_style.border, m_frame.points(0.25));
    for (const geo::ProjectedFeature& feature : layer->features()) {
        if (!feature.bounds.intersects(visible))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF& ring : feature.rings)
            path.addPolygon(geo::clipRing(toBox.map(ring), box));
        const posture::Status status =
            m_frame.statuses.value(feature.source->key, posture::Status::NoData);
        painter.fillPath(path, m_style.statusStyle(status).fill);
        painter.strokePath(path, border);
    }
    const QPolygonF outline = extentOutline();
    if (!outline.isEmpty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_style.textHalo, m_frame.points(2.2)));
        const QPolygonF cut = geo::clipRing(toBox.map(outline), box);
        painter.drawPolygon(cut);
        painter.setPen(QPen(kBoxColor, m_frame.points(1.2)));
        painter.drawPolygon(cut);
    }
    painter.setPen(QPen(m_style.panelBorder, m_frame.points(0.8)));
    painter.drawRect(box);
    painter.restore();
}

} // namespace flank::render
