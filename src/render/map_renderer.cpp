#include "map_renderer.h"

#include "annotation_painter.h"
#include "decoration_painter.h"
#include "label_painter.h"
#include "status_brush.h"
#include "view_transform.h"

#include "geo/flank_extent.h"

#include <QPaintEngine>

#include <algorithm>

namespace flank::render {

namespace {

double pixelsPerKilometre(const geo::Projector& projector, double pixelsPerUnit)
{
    return projector.isGeographic() ? pixelsPerUnit / 111.32 : pixelsPerUnit * 1000.0;
}

// Screens and images keep paths for a pan around the view. PDF and SVG pages are drawn once:
// their paths stop at the page, and points closer than 0.12 mm, too close to see on paper, are
// merged, which keeps a 300 dpi page small and quick to write.
DevicePathCache::Detail pathDetail(const QPainter& painter, const MapFrame& frame)
{
    DevicePathCache::Detail detail;
    const QPaintEngine* engine = painter.paintEngine();
    if (engine && engine->type() != QPaintEngine::Raster) {
        detail.windowMargin = 0.02;
        detail.mergeDistance = std::max(detail.mergeDistance, frame.millimetres(0.12));
    }
    return detail;
}

} // namespace

MapRenderer::MapRenderer(std::shared_ptr<geo::ProjectionCache> projections)
    : m_projections(std::move(projections))
{
}

QRectF MapRenderer::extentOf(const MapFrame& frame)
{
    if (!frame.state.extent.isEmpty())
        return frame.state.extent;
    const auto projector = m_projections->projectorFor(frame.state.crs);
    return projector->isValid() ? geo::flankExtent(*projector) : QRectF();
}

geo::Scale MapRenderer::scaleFor(const MapFrame& frame)
{
    const auto projector = m_projections->projectorFor(frame.state.crs);
    const ViewTransform view(extentOf(frame), frame.size);
    // Judge detail in screen pixels at 96 dpi, so a 300 dpi print picks what the screen would.
    const double screenPixels = view.pixelsPerMapUnit() * 96.0 / frame.dpi;
    return geo::chooseScale(frame.state.detail, pixelsPerKilometre(*projector, screenPixels));
}

QString MapRenderer::countryAt(const MapFrame& frame, QPointF devicePoint)
{
    const auto layer = m_projections->layer(frame.state.crs, scaleFor(frame));
    if (!layer)
        return {};
    const ViewTransform view(extentOf(frame), frame.size);
    const QPointF mapPoint = view.deviceToMap().map(devicePoint);
    const geo::ProjectedFeature* feature = layer->featureAt(mapPoint);
    return feature ? feature->source->key : QString();
}

void MapRenderer::paint(QPainter& painter, const MapFrame& frame)
{
    const MapStyle style = MapStyle::forTheme(frame.state.theme);
    const QRectF device(QPointF(0, 0), frame.size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, frame.antialias);
    painter.fillRect(device, style.sea);

    const auto layer = m_projections->layer(frame.state.crs, scaleFor(frame));
    const ViewTransform view(extentOf(frame), frame.size);
    if (layer) {
        paintCountries(painter, frame, style, *layer, view.visibleExtent(),
                       view.pixelsPerMapUnit());
        if (frame.state.decorations.labels)
            paintLabels(painter, frame, style, *layer, view);
        if (frame.annotations)
            AnnotationPainter(frame, style, *m_projections->projectorFor(frame.state.crs), view)
                .paint(painter, *frame.annotations);
    }
    DecorationPainter(frame, style, *m_projections, view).paint(painter);
    painter.restore();
}

void MapRenderer::paintLabels(QPainter& painter, const MapFrame& frame, const MapStyle& style,
                              const geo::ProjectedLayer& layer, const ViewTransform& view)
{
    const LabelPainter labels(frame, style);
    // Placing names is worth keeping while nothing that moves them has changed.
    QList<QRectF> reserved = DecorationPainter(frame, style, *m_projections, view).reservedAreas();
    const LabelKey key{&layer,
                       view.visibleExtent(),
                       frame.size,
                       frame.dpi,
                       frame.state.theme,
                       frame.statuses.size(),
                       std::move(reserved)};
    if (!(key == m_labelKey)) {
        m_labels = labels.layout(layer, view, m_paths, key.reserved);
        m_labelKey = key;
    }
    labels.paint(painter, m_labels, &m_labelSprites);
}

void MapRenderer::paintCountries(QPainter& painter, const MapFrame& frame, const MapStyle& style,
                                 const geo::ProjectedLayer& layer, const QRectF& visible,
                                 double pixelsPerUnit)
{
    m_paths.prepare(&layer, pixelsPerUnit, visible, pathDetail(painter, frame));
    const ViewTransform view(visible, frame.size);
    const QTransform& toDevice = view.mapToDevice();
    // Paths are in zoom-scaled map units; only this translation differs between pan frames.
    const QTransform translation = QTransform::fromTranslate(toDevice.dx(), toDevice.dy());

    const QPen borderPen(style.border, frame.points(style.borderWidthPt));
    const QPen focusPen(style.focusBorder, frame.points(style.focusBorderWidthPt));
    QList<const geo::ProjectedFeature*> statusFeatures;

    painter.save();
    painter.setTransform(translation, true);
    // Fills are drawn without antialiasing and every edge is then stroked with an antialiased
    // hairline on top: the picture looks the same, and the costly coverage rasterizer runs
    // only for thin lines instead of for every filled area.
    const bool antialias = frame.antialias;
    const auto fillMode = [&] { painter.setRenderHint(QPainter::Antialiasing, false); };
    const auto strokeMode = [&] { painter.setRenderHint(QPainter::Antialiasing, antialias); };
    // Neutral countries first, so status outlines lie on top of shared borders.
    for (const geo::ProjectedFeature& feature : layer.features()) {
        if (!feature.bounds.intersects(visible))
            continue;
        if (frame.statuses.contains(feature.source->key)) {
            statusFeatures << &feature;
            continue;
        }
        const QPainterPath& path = m_paths.pathFor(feature);
        if (m_observer)
            m_observer->featureStarted(painter, feature.source->key);
        fillMode();
        painter.fillPath(path, style.land);
        strokeMode();
        painter.strokePath(path, borderPen);
        if (m_observer)
            m_observer->featureFinished(painter, feature.source->key);
    }
    for (const geo::ProjectedFeature* feature : statusFeatures) {
        const QString& key = feature->source->key;
        const QPainterPath& path = m_paths.pathFor(*feature);
        const StatusStyle statusStyle = style.statusStyle(frame.statuses.value(key));
        if (m_observer)
            m_observer->featureStarted(painter, key);
        fillMode();
        fillWithStatus(painter, path, statusStyle, frame);
        if (feature->source->occupied)
            fillWithStatus(painter, path, style.occupiedStyle(), frame);
        const auto overlay = frame.overlayStatuses.constFind(key);
        if (overlay != frame.overlayStatuses.constEnd()) {
            const QColor color = style.overlayColor(*overlay);
            if (color.isValid()) {
                // The second treaty: a broad inner band in its color, clipped to the country.
                painter.save();
                painter.setClipPath(path, Qt::IntersectClip);
                painter.strokePath(path, QPen(color, frame.points(4.0)));
                painter.restore();
            }
        }
        strokeMode();
        painter.strokePath(path, focusPen);
        if (m_observer)
            m_observer->featureFinished(painter, key);
    }
    const auto outline = [&](const QString& key, const QPen& pen) {
        for (const geo::ProjectedFeature* feature : layer.featuresWithKey(key))
            if (feature->bounds.intersects(visible))
                painter.strokePath(m_paths.pathFor(*feature), pen);
    };
    if (!frame.hover.isEmpty() && frame.hover != frame.state.selection)
        outline(frame.hover, QPen(style.hover, frame.points(style.selectionWidthPt * 0.7)));
    if (!frame.state.selection.isEmpty()) {
        outline(frame.state.selection,
                QPen(style.textHalo, frame.points(style.selectionWidthPt + 1.6)));
        outline(frame.state.selection, QPen(style.selection, frame.points(style.selectionWidthPt)));
    }
    painter.restore();
}

} // namespace flank::render
