#include "map_renderer.h"

#include "annotation_painter.h"
#include "banded_painting.h"
#include "country_paint_list.h"
#include "decoration_painter.h"
#include "device_path_cache.h"
#include "frontier_line_cache.h"
#include "label_painter.h"
#include "label_sprites.h"
#include "map_style.h"
#include "marker_places.h"
#include "occupied_marking.h"
#include "panel_sprites.h"
#include "posture_labels.h"
#include "posture_scene.h"
#include "scrolled_base.h"
#include "status_brush.h"
#include "view_transform.h"

#include <QPaintEngine>

#include <algorithm>
#include <cmath>
#include <optional>

namespace flank::render {

namespace {

// Screens and images keep paths for a pan around the view. PDF and SVG pages are drawn once:
// their paths stop at the page, and points closer than 0.12 mm, too close to see on paper, are
// merged, which keeps a 300 dpi page small and quick to write.
DevicePathCache::Detail pathDetail(const QPainter& painter, const MapFrame& frame)
{
    DevicePathCache::Detail detail;
    // Half a device pixel: a scaled screen shows finer steps.
    if (const QPaintDevice* device = painter.device(); device && device->devicePixelRatioF() > 1)
        detail.straightenTolerance /= device->devicePixelRatioF();
    const QPaintEngine* engine = painter.paintEngine();
    if (engine && engine->type() != QPaintEngine::Raster) {
        // Past the picture by more than the widest outline's half, so no cut edge shows, and by
        // little more: SVG keeps no clip, and a map of a sheet has neighbours.
        const double side = std::max(1.0, std::min(frame.size.width(), frame.size.height()));
        detail.windowMargin = std::min(0.02, frame.points(3) / side);
        detail.mergeDistance = std::max(detail.mergeDistance, frame.millimetres(0.12));
    }
    return detail;
}

// The part of the frame the painter may draw on: all of it, or the strip of an export it is
// clipped to. Only what reaches it is drawn.
QRectF shownArea(const QPainter& painter, const MapFrame& frame)
{
    const QRectF whole(QPointF(0, 0), frame.size);
    return painter.hasClipping() ? painter.clipBoundingRect().intersected(whole) : whole;
}

// The device pixels wholly inside `area` (the painter's coordinates) on `painter`.
QRect pixelsInside(const QPainter& painter, const QRectF& area)
{
    if (area.isEmpty())
        return {};
    const QRectF device = painter.deviceTransform().mapRect(area);
    const QPoint topLeft(int(std::ceil(device.left())), int(std::ceil(device.top())));
    const QPoint end(int(std::floor(device.right())), int(std::floor(device.bottom())));
    return QRect(topLeft, end - QPoint(1, 1));
}

} // namespace

// What moves the names: while it stays the same, a placing is kept. Outside the anonymous
// namespace, as the placing is: MapRenderer::Caches, a class of the header, holds placings.
struct LabelKey
{
    const geo::ProjectedLayer* layer = nullptr;
    QRectF extent;
    QSizeF size;
    double dpi = 0;
    core::Theme theme = core::Theme::Light;
    qsizetype statusCount = -1;
    QList<QRectF> reserved; // decorations the names keep clear of
    friend bool operator==(const LabelKey&, const LabelKey&) = default;
};

// Names placed for one picture, and what placed them.
struct LabelPlacing
{
    LabelKey key;
    QList<PlacedLabel> labels;
};

// The maps of a sheet differ in their stamps, so each has its own placing, and a sheet painted
// in strips asks for each of them again strip after strip: a placing per map is kept.
constexpr qsizetype kKeptPlacings = 12;

struct MapRenderer::Caches
{
    DevicePathCache paths;
    QList<LabelPlacing> placings; // the latest first
    NameShapes nameShapes;
    LabelSprites labelSprites;
    PanelSprites panelSprites;
    BandLayout bands;
    FrontierLineCache frontierLines;
    MarkerPlaces markerPlaces;
    ScrolledBase base;
    DiscSprites discs;
};

namespace {

// Places the names, or takes a kept placing when nothing that moves them has changed.
const LabelPlacing& layoutLabels(DevicePathCache& paths, NameShapes& shapes,
                                 QList<LabelPlacing>& placings, QList<QRectF> reserved,
                                 const MapFrame& frame, const MapStyle& style)
{
    const geo::ProjectedLayer& layer = *frame.view.layer;
    const ViewTransform& view = frame.view.transform;
    const LabelKey key{&layer,
                       view.visibleExtent(),
                       frame.size,
                       frame.dpi,
                       frame.state.theme,
                       frame.statuses.size(),
                       std::move(reserved)};
    const auto kept = std::find_if(placings.begin(), placings.end(),
                                   [&](const LabelPlacing& placing) { return placing.key == key; });
    if (kept != placings.end()) {
        std::rotate(placings.begin(), kept, kept + 1);
        return placings.first();
    }
    placings.prepend({key, LabelPainter(frame, style).layout(paths, shapes, key.reserved)});
    if (placings.size() > kKeptPlacings)
        placings.removeLast();
    return placings.first();
}

CountryPaintList recordCountries(DevicePathCache& paths, int maxThreads, const QPainter& painter,
                                 const MapFrame& frame, const MapStyle& style);

// Everything but the map's position that the sea, countries, border lines and troop discs of
// `frame` show.
ScrolledBase::Key baseKey(const MapFrame& frame, quint64 pathGeneration, quint64 lineGeneration)
{
    ScrolledBase::Key key;
    key.layer = frame.view.layer.get();
    key.frontiers = frame.view.frontiers.get();
    key.pathGeneration = pathGeneration;
    key.lineGeneration = lineGeneration;
    key.scale = frame.view.transform.pixelsPerMapUnit();
    key.size = frame.size;
    key.dpi = frame.dpi;
    key.antialias = frame.antialias;
    key.theme = frame.state.theme;
    key.statuses = frame.statuses;
    key.overlayStatuses = frame.overlayStatuses;
    key.hover = frame.hover;
    key.selection = frame.state.selection;
    key.highlight = frame.postureHighlight;
    key.layers = frame.state.layers;
    // Hashed, not spelled out: a key is made every frame, and a pan need not format text.
    size_t programmes = 0;
    for (const posture::Fortification& programme : frame.fortifications) {
        programmes = qHashMulti(programmes, programme.id);
        for (const posture::FortifiedFrontier& covered : programme.frontiers)
            programmes =
                qHashMulti(programmes, covered.state, covered.neighbour, int(covered.coverage));
    }
    key.programmes = programmes;
    size_t troops = 0;
    for (const posture::TroopNote& note : frame.troopMarkers)
        if (note.location)
            troops = qHashMulti(troops, note.id, int(note.kind), note.location->lon,
                                note.location->lat, note.troops.value_or(-1));
    key.troops = troops;
    return key;
}

} // namespace

MapRenderer::MapRenderer(std::shared_ptr<geo::ProjectionCache> projections)
    : m_projections(std::move(projections)), m_caches(std::make_unique<Caches>())
{
}

MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;
MapRenderer::~MapRenderer() = default;

QString MapRenderer::countryAt(const MapFrame& frame, QPointF devicePoint) const
{
    if (!frame.view.layer)
        return {};
    const QPointF mapPoint = frame.view.transform.deviceToMap().map(devicePoint);
    const geo::ProjectedFeature* feature = frame.view.layer->featureAt(mapPoint);
    return feature ? feature->source->key : QString();
}

std::optional<PostureItem> MapRenderer::postureItemAt(const MapFrame& frame,
                                                      QPointF devicePoint) const
{
    if (!frame.view.layer)
        return std::nullopt;
    return buildPostureScene(frame).itemAt(frame, devicePoint, frame.points(4));
}

void MapRenderer::paint(QPainter& painter, const MapFrame& frame)
{
    const MapStyle style = MapStyle::forTheme(frame.state.theme);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, frame.antialias);
    DecorationPainter decorations(frame, style, *m_projections, &m_caches->panelSprites);

    const bool hasCountries = frame.view.layer != nullptr;
    std::optional<CountryPaintList> countries;
    if (hasCountries)
        countries.emplace(recordCountries(m_caches->paths, m_maxThreads, painter, frame, style));
    // Sea and countries are most of the work and need nothing else: on an image they are
    // drawn in bands by as many threads as the machine has cores.
    // The border-posture lines are drawn with the countries, in the same bands.
    const PostureScene posture =
        hasCountries ? buildPostureScene(frame, &m_caches->frontierLines, &m_caches->markerPlaces)
                     : PostureScene();
    // A pan moves the troop discs with the countries: a kept picture holds them too, and
    // only their labels, placed among the names, are drawn anew each frame.
    const bool keepsBase =
        m_keepsBase && hasCountries && !m_observer && ScrolledBase::suits(painter);
    const auto paintBase = [&](QPainter& target, const QRectF& area, int band) {
        target.fillRect(area, style.sea);
        if (!countries)
            return;
        PaintObserver* observer = band == 0 ? m_observer : nullptr;
        countries->replay(target, observer, area, band);
        paintPostureLines(target, posture, frame, style, observer, area);
        if (keepsBase)
            paintTroopDiscs(target, posture, frame, style, &m_caches->discs, area);
    };
    const bool labels = hasCountries && frame.state.decorations.labels;
    const LabelPlacing* placing = nullptr;
    QList<PlacedLabel> markerLabels;
    bool labelsPlaced = false;
    const auto placeLabels = [&] {
        if (!labels || labelsPlaced)
            return;
        labelsPlaced = true;
        placing = &layoutLabels(m_caches->paths, m_caches->nameShapes, m_caches->placings,
                                decorations.reservedAreas(), frame, style);
        markerLabels = placeMarkerLabels(posture, frame, style, m_caches->nameShapes,
                                         placing->labels, placing->key.reserved);
    };
    const auto paintWhole = [&](QPainter& target) {
        if (m_observer ||
            !paintInBands(target, m_maxThreads, m_caches->bands, paintBase, placeLabels))
            paintBase(target, shownArea(target, frame), 0);
        placeLabels();
    };
    if (keepsBase) {
        const QTransform& toDevice = frame.view.transform.mapToDevice();
        m_caches->base.paint(
            painter,
            baseKey(frame, m_caches->paths.generation(), m_caches->frontierLines.generation()),
            QPointF(toDevice.dx(), toDevice.dy()), paintWhole,
            [&](QPainter& target, const QRectF& area) { paintBase(target, area, 0); },
            pixelsInside(painter, decorations.opaqueArea()));
        placeLabels();
        paintMarkerLabels(painter, frame, style, markerLabels, &m_caches->labelSprites);
    } else {
        paintWhole(painter);
        if (hasCountries)
            paintPostureMarkers(painter, posture, frame, style, m_observer, markerLabels,
                                &m_caches->labelSprites, &m_caches->discs);
    }
    if (placing)
        LabelPainter(frame, style).paint(painter, placing->labels, &m_caches->labelSprites);
    if (hasCountries && frame.annotations)
        AnnotationPainter(frame, style).paint(painter, *frame.annotations);
    decorations.paint(painter);
    painter.restore();
}

void MapRenderer::paintMoment(QPainter& painter, const MapFrame& frame, const QString& caption)
{
    const MapStyle style = MapStyle::forTheme(frame.state.theme);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, frame.antialias);
    DecorationPainter decorations(frame, style, *m_projections, &m_caches->panelSprites);
    decorations.paintDateStampOnly(painter);
    decorations.paintCaption(painter, caption);
    painter.restore();
}

namespace {

CountryPaintList recordCountries(DevicePathCache& paths, int maxThreads, const QPainter& painter,
                                 const MapFrame& frame, const MapStyle& style)
{
    const geo::ProjectedLayer& layer = *frame.view.layer;
    const ViewTransform& view = frame.view.transform;
    const QRectF visible = view.visibleExtent();
    paths.prepare(&layer, view.pixelsPerMapUnit(), visible, pathDetail(painter, frame));
    const QTransform& toDevice = view.mapToDevice();
    // Paths are in zoom-scaled map units; only this translation differs between pan frames.
    CountryPaintList list(frame, QTransform::fromTranslate(toDevice.dx(), toDevice.dy()));

    const QPen borderPen(style.border, frame.points(style.borderWidthPt));
    const QPen focusPen(style.focusBorder, frame.points(style.focusBorderWidthPt));
    QList<const geo::ProjectedFeature*> inView;
    for (const geo::ProjectedFeature& feature : layer.features())
        if (feature.bounds.intersects(visible))
            inView << &feature;
    paths.build(inView, maxThreads);

    QList<const geo::ProjectedFeature*> statusFeatures;
    // Neutral countries first, so status outlines lie on top of shared borders.
    for (const geo::ProjectedFeature* feature : inView) {
        const QString& key = feature->source->key;
        if (frame.statuses.contains(key)) {
            statusFeatures << feature;
            continue;
        }
        const DevicePathCache::CachedPath& path = paths.cachedPathFor(*feature);
        list.beginFeature(key);
        list.fill(path, style.land);
        list.stroke(path, borderPen);
        list.endFeature(key);
    }
    for (const geo::ProjectedFeature* feature : statusFeatures) {
        const QString& key = feature->source->key;
        const DevicePathCache::CachedPath& path = paths.cachedPathFor(*feature);
        list.beginFeature(key);
        const StatusStyle status = style.statusStyle(frame.statuses.value(key));
        if (feature->source->occupied)
            addOccupiedTerritory(list, path, status, style, frame);
        else
            list.fillWithStatus(path, status);
        const auto overlay = frame.overlayStatuses.constFind(key);
        if (overlay != frame.overlayStatuses.constEnd()) {
            const QColor color = style.overlayColor(*overlay);
            // The second treaty: a broad inner band in its color, clipped to the country.
            if (color.isValid())
                list.strokeInside(path, QPen(color, frame.points(4.0)));
        }
        list.stroke(path, focusPen);
        list.endFeature(key);
    }
    const auto outline = [&](const QString& key, const QPen& pen) {
        for (const geo::ProjectedFeature* feature : layer.featuresWithKey(key))
            if (feature->bounds.intersects(visible))
                list.stroke(paths.cachedPathFor(*feature), pen);
    };
    if (!frame.hover.isEmpty() && frame.hover != frame.state.selection)
        outline(frame.hover, QPen(style.hover, frame.points(style.selectionWidthPt * 0.7)));
    if (!frame.state.selection.isEmpty()) {
        outline(frame.state.selection,
                QPen(style.textHalo, frame.points(style.selectionWidthPt + 1.6)));
        outline(frame.state.selection, QPen(style.selection, frame.points(style.selectionWidthPt)));
    }
    return list;
}

} // namespace

} // namespace flank::render
