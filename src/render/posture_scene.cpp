#include "posture_scene.h"

#include "frontier_line_cache.h"
#include "marker_places.h"
#include "posture_style.h"

#include "core/country_names.h"
#include "geo/ring_clip.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace flank::render {

namespace {

constexpr double kBandWidthPt = 6.0; // the narrowest programme band
constexpr double kBandStepPt = 4.0;  // each further programme on the same border

bool layerOn(const MapFrame& frame, bool core::MapLayers::*member)
{
    return frame.state.layers.*member;
}

// The runs of whole segments of `lines` a pen of `reach` pixels can draw into `area` (device;
// null: all of them), each with its length along its line for a dashed pen: each band of a
// banded picture strokes only its own part, and draws the segments the whole picture has.
QList<geo::MeasuredPart> linesWithin(const QList<QPolygonF>& lines, const QRectF& area,
                                     double reach)
{
    QList<geo::MeasuredPart> parts;
    if (area.isNull()) {
        for (const QPolygonF& line : lines)
            parts.append({line, 0.0});
        return parts;
    }
    const QRectF box = area.adjusted(-reach, -reach, reach, reach);
    for (const QPolygonF& line : lines)
        parts.append(geo::segmentRunsInto(line, box));
    return parts;
}

// The lead nation without the record's aside: "Spain (Czech Republic 2022-2024)" is "Spain".
QString shortLead(const QString& lead)
{
    const qsizetype aside = lead.indexOf(QLatin1String(" ("));
    return aside > 0 ? lead.left(aside) : lead;
}

// Where a line starts to the west: its westernmost drawn point.
double westEdge(const QList<QPolygonF>& lines)
{
    double west = qInf();
    for (const QPolygonF& line : lines)
        if (!line.isEmpty())
            west = std::min(west, line.boundingRect().left());
    return west;
}

void inGroup(QPainter& painter, PaintObserver* observer, const char* name,
             const std::function<void()>& draw)
{
    if (observer)
        observer->featureStarted(painter, QLatin1String(name));
    draw();
    if (observer)
        observer->featureFinished(painter, QLatin1String(name));
}

bool highlighted(const MapFrame& frame, PostureItem::Kind kind, const QString& id)
{
    return frame.postureHighlight && frame.postureHighlight->kind == kind &&
           frame.postureHighlight->id == id;
}

// The line the panel shows, under its own band or line: a wide casing in the selection color.
void paintHighlight(QPainter& painter, const PostureScene& scene, const MapFrame& frame,
                    const MapStyle& style, const QRectF& area)
{
    const auto outline = [&](const QList<QPolygonF>& lines, double widthPixels) {
        const double width = widthPixels + 2 * frame.points(style.selectionWidthPt);
        painter.setPen(QPen(style.selection, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const geo::MeasuredPart& part : linesWithin(lines, area, width))
            painter.drawPolyline(part.line);
    };
    for (const PostureScene::Programme& programme : scene.programmes)
        if (highlighted(frame, PostureItem::Kind::Fortification, programme.record->id))
            outline(programme.lines, programme.widthPixels);
    for (const PostureScene::Frontier& frontier : scene.frontiers)
        if (highlighted(frame, PostureItem::Kind::Frontier, frontier.pair.id()))
            outline(frontier.lines, frame.points(frontierCasingWidthPt(style)));
}

} // namespace

int programmeColorIndex(const MapFrame& frame, const QString& programmeId)
{
    const auto found = std::find_if(frame.fortifications.begin(), frame.fortifications.end(),
                                    [&](const auto& p) { return p.id == programmeId; });
    return found == frame.fortifications.end() ? 0 : int(found - frame.fortifications.begin());
}

PostureScene buildPostureScene(const MapFrame& frame, FrontierLineCache* cache,
                               MarkerPlaces* places)
{
    PostureScene scene;
    const geo::ProjectedFrontiers* frontiers = frame.view.frontiers.get();
    const ViewTransform& view = frame.view.transform;
    const QTransform& toDevice = view.mapToDevice();
    const QRectF visible = view.visibleExtent();
    if (frontiers) {
        // Lines are thinned and cut in zoom-scaled coordinates, beyond the picture by more than
        // the widest band so no cut end shows, then moved onto it: panning changes only the move.
        const double margin = frame.points(kBandWidthPt + 8 * kBandStepPt);
        const QPointF offset(toDevice.dx(), toDevice.dy());
        const QRectF scaledView = QRectF(QPointF(0, 0), frame.size).translated(-offset);
        const double scale = view.pixelsPerMapUnit();
        const QRectF window = FrontierLineCache::windowAround(scaledView, margin);
        const auto* kept = cache ? &cache->lines(*frontiers, scale, scaledView, margin) : nullptr;
        for (const geo::ProjectedFrontier& line : frontiers->frontiers()) {
            if (!line.line || !line.bounds.intersects(visible))
                continue;
            QList<QPolygonF> lines =
                kept ? kept->value(&line) : FrontierLineCache::scaledLines(line, scale, window);
            for (QPolygonF& part : lines)
                part.translate(offset);
            scene.frontiers.append({line.line->pair, line.line->km, std::move(lines)});
        }
    }
    if (frontiers && layerOn(frame, &core::MapLayers::fortification)) {
        for (const PostureScene::Frontier& frontier : scene.frontiers) {
            // Programmes on one border, oldest innermost.
            QList<const posture::Fortification*> onBorder;
            for (const posture::Fortification& programme : frame.fortifications)
                if (programme.frontier(frontier.pair.state, frontier.pair.neighbour))
                    onBorder << &programme;
            for (qsizetype i = onBorder.size() - 1; i >= 0; --i) {
                const posture::Fortification* programme = onBorder[i];
                const auto* covered =
                    programme->frontier(frontier.pair.state, frontier.pair.neighbour);
                scene.programmes.append({programme, frontier.pair,
                                         covered->coverage == posture::FrontierCoverage::Whole,
                                         programmeColorIndex(frame, programme->id),
                                         kBandWidthPt + kBandStepPt * double(i),
                                         frame.points(kBandWidthPt + kBandStepPt * double(i)),
                                         frontier.lines});
            }
        }
        std::stable_sort(scene.programmes.begin(), scene.programmes.end(),
                         [](const auto& a, const auto& b) { return a.widthPt > b.widthPt; });
    }
    if (layerOn(frame, &core::MapLayers::troops) && frame.view.projector) {
        for (const posture::TroopNote& note : frame.troopMarkers) {
            const QPointF lonLat(note.location->lon, note.location->lat);
            const auto projected = places ? places->mapPoint(frame.view.projector, lonLat)
                                          : frame.view.projector->forward(lonLat);
            if (!projected)
                continue;
            const QPointF at = toDevice.map(*projected);
            const QString label =
                note.kind == posture::TroopNoteKind::RussianBuildup
                    // The legend's words: a bare "Russia" inside Belarus reads as a place name.
                    ? QCoreApplication::translate("flank::render::Legend", "Russian forces")
                    : core::localCountryName(shortLead(note.lead));
            scene.markers.append({&note, at, troopMarkerRadius(note.troops, frame), label});
        }
        // Big discs first, so a small one beside them stays visible and clickable.
        std::stable_sort(scene.markers.begin(), scene.markers.end(),
                         [](const auto& a, const auto& b) { return a.radius > b.radius; });
    }
    if (!layerOn(frame, &core::MapLayers::frontier))
        scene.frontiers.clear();
    return scene;
}

std::optional<PostureItem> PostureScene::itemAt(const MapFrame& frame, QPointF devicePoint,
                                                double reachPixels) const
{
    for (auto marker = markers.rbegin(); marker != markers.rend(); ++marker)
        if (std::hypot(devicePoint.x() - marker->at.x(), devicePoint.y() - marker->at.y()) <=
            marker->radius + reachPixels)
            return PostureItem{PostureItem::Kind::Troops, marker->note->id};
    const geo::ProjectedFrontiers* lines = frame.view.frontiers.get();
    if (!lines)
        return std::nullopt;
    const ViewTransform& view = frame.view.transform;
    const QPointF mapPoint = view.deviceToMap().map(devicePoint);
    const auto pixelsTo = [&](const core::FrontierPair& pair) {
        const geo::ProjectedFrontier* line = lines->find(pair.state, pair.neighbour);
        return line ? line->distanceTo(mapPoint) * view.pixelsPerMapUnit() : qInf();
    };
    // The narrowest band lies on top: try it first.
    for (auto programme = programmes.rbegin(); programme != programmes.rend(); ++programme)
        if (pixelsTo(programme->pair) <= programme->widthPixels / 2 + reachPixels / 2)
            return PostureItem{PostureItem::Kind::Fortification, programme->record->id};
    for (const Frontier& frontier : frontiers)
        if (pixelsTo(frontier.pair) <= reachPixels)
            return PostureItem{PostureItem::Kind::Frontier, frontier.pair.id()};
    return std::nullopt;
}

QList<PostureItem> PostureScene::itemsInReadingOrder() const
{
    QList<std::pair<double, PostureItem>> lines, bands, discs;
    for (const Frontier& frontier : frontiers)
        lines.append({westEdge(frontier.lines), {PostureItem::Kind::Frontier, frontier.pair.id()}});
    for (const Programme& programme : programmes) {
        const PostureItem item{PostureItem::Kind::Fortification, programme.record->id};
        const double west = westEdge(programme.lines);
        const auto same = std::find_if(bands.begin(), bands.end(),
                                       [&](const auto& entry) { return entry.second == item; });
        if (same == bands.end())
            bands.append({west, item});
        else
            same->first = std::min(same->first, west); // on several borders: its west end
    }
    for (const Marker& marker : markers)
        discs.append({marker.at.x(), {PostureItem::Kind::Troops, marker.note->id}});
    QList<PostureItem> items;
    for (auto* kind : {&lines, &bands, &discs}) {
        std::stable_sort(kind->begin(), kind->end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& entry : *kind)
            items.append(entry.second);
    }
    return items;
}

void paintPostureLines(QPainter& painter, const PostureScene& scene, const MapFrame& frame,
                       const MapStyle& style, PaintObserver* observer, const QRectF& area)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, frame.antialias);
    if (frame.postureHighlight)
        paintHighlight(painter, scene, frame, style, area);
    if (!scene.programmes.isEmpty())
        inGroup(painter, observer, "layer-fortification", [&] {
            for (const PostureScene::Programme& programme : scene.programmes) {
                const QList<geo::MeasuredPart> parts =
                    linesWithin(programme.lines, area, programme.widthPixels);
                // A pan's strips and a picture's bands miss most lines: nothing to set up.
                if (!parts.isEmpty())
                    paintProgrammeBand(painter, parts, programme.colorIndex, programme.wholeBorder,
                                       programme.widthPt, frame);
            }
        });
    if (!scene.frontiers.isEmpty())
        inGroup(painter, observer, "layer-frontier", [&] {
            const double reach = frame.points(frontierCasingWidthPt(style));
            for (const PostureScene::Frontier& frontier : scene.frontiers) {
                QList<QPolygonF> lines;
                for (geo::MeasuredPart& part : linesWithin(frontier.lines, area, reach))
                    lines.append(std::move(part.line));
                if (!lines.isEmpty())
                    paintFrontierLine(painter, lines, style, frame);
            }
        });
    painter.restore();
}

void paintTroopDiscs(QPainter& painter, const PostureScene& scene, const MapFrame& frame,
                     const MapStyle& style, DiscSprites* discs, const QRectF& area)
{
    if (scene.markers.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, frame.antialias);
    // The disc, its white ring and a selection ring around it, with a pixel to spare.
    const double beyond = frame.points(style.selectionWidthPt * 2 + kTroopRingPt) + 1;
    for (const PostureScene::Marker& marker : scene.markers) {
        const double reach = marker.radius + beyond;
        if (!area.isNull() &&
            !area.intersects(QRectF(marker.at - QPointF(reach, reach), QSizeF(2, 2) * reach)))
            continue;
        if (highlighted(frame, PostureItem::Kind::Troops, marker.note->id)) {
            const double ring = marker.radius + frame.points(style.selectionWidthPt);
            painter.setPen(QPen(style.selection, frame.points(style.selectionWidthPt)));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(marker.at, ring, ring);
        }
        const posture::TroopNoteKind kind = marker.note->kind;
        if (!discs) {
            paintTroopMarker(painter, marker.at, marker.radius, kind, style, frame);
            continue;
        }
        const quint64 look =
            qHashMulti(0, int(kind), style.textHalo.rgba(), frame.dpi, frame.antialias);
        discs->paint(painter, marker.at, marker.radius, look, [&](QPainter& target) {
            paintTroopMarker(target, QPointF(0, 0), marker.radius, kind, style, frame);
        });
    }
    painter.restore();
}

void paintMarkerLabels(QPainter& painter, const MapFrame& frame, const MapStyle& style,
                       const QList<PlacedLabel>& markerLabels, LabelSprites* sprites)
{
    if (markerLabels.isEmpty() || !frame.state.decorations.labels)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, frame.antialias);
    LabelPainter(frame, style).paint(painter, markerLabels, sprites);
    painter.restore();
}

void paintPostureMarkers(QPainter& painter, const PostureScene& scene, const MapFrame& frame,
                         const MapStyle& style, PaintObserver* observer,
                         const QList<PlacedLabel>& markerLabels, LabelSprites* sprites,
                         DiscSprites* discs)
{
    if (scene.markers.isEmpty())
        return;
    inGroup(painter, observer, "layer-troops", [&] {
        paintTroopDiscs(painter, scene, frame, style, discs);
        paintMarkerLabels(painter, frame, style, markerLabels, sprites);
    });
}

} // namespace flank::render
