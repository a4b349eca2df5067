#include "posture_scene.h"

#include "posture_style.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace flank::render {

namespace {

constexpr double kBandWidthPt = 6.0; // the narrowest programme band
constexpr double kBandStepPt = 4.0;  // each further programme on the same border

bool layerOn(const MapFrame& frame, bool core::MapLayers::*member)
{
    return frame.state.layers.*member;
}

} // namespace

int programmeColorIndex(const MapFrame& frame, const QString& programmeId)
{
    const auto found = std::find_if(frame.fortifications.begin(), frame.fortifications.end(),
                                    [&](const auto& p) { return p.id == programmeId; });
    return found == frame.fortifications.end() ? 0 : int(found - frame.fortifications.begin());
}

PostureScene buildPostureScene(const MapFrame& frame)
{
    PostureScene scene;
    const geo::ProjectedFrontiers* frontiers = frame.view.frontiers.get();
    const ViewTransform& view = frame.view.transform;
    const QTransform& toDevice = view.mapToDevice();
    const QRectF visible = view.visibleExtent();
    if (frontiers) {
        for (const geo::ProjectedFrontier& line : frontiers->frontiers())
            if (line.line && line.bounds.intersects(visible))
                scene.frontiers.append({line.line->pair, line.line->km, toDevice.map(line.path)});
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
                                         frontier.path});
            }
        }
        std::stable_sort(scene.programmes.begin(), scene.programmes.end(),
                         [](const auto& a, const auto& b) { return a.widthPt > b.widthPt; });
    }
    if (layerOn(frame, &core::MapLayers::troops) && frame.view.projector) {
        const geo::Projector& projector = *frame.view.projector;
        for (const posture::TroopNote& note : frame.troopMarkers) {
            const auto projected = projector.forward({note.location->lon, note.location->lat});
            if (!projected)
                continue;
            const QPointF at = toDevice.map(*projected);
            const QString label = note.kind == posture::TroopNoteKind::RussianBuildup
                                      ? QStringLiteral("Russia")
                                      : note.lead;
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

void paintPostureScene(QPainter& painter, const PostureScene& scene, const MapFrame& frame,
                       const MapStyle& style, PaintObserver* observer)
{
    const auto group = [&](const char* name, auto&& draw) {
        if (observer)
            observer->featureStarted(painter, QLatin1String(name));
        draw();
        if (observer)
            observer->featureFinished(painter, QLatin1String(name));
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, frame.antialias);
    if (!scene.programmes.isEmpty())
        group("layer-fortification", [&] {
            for (const PostureScene::Programme& programme : scene.programmes)
                paintProgrammeBand(painter, programme.path, programme.colorIndex,
                                   programme.wholeBorder, programme.widthPt, frame);
        });
    if (!scene.frontiers.isEmpty())
        group("layer-frontier", [&] {
            for (const PostureScene::Frontier& frontier : scene.frontiers)
                paintFrontierLine(painter, frontier.path, style, frame);
        });
    if (!scene.markers.isEmpty())
        group("layer-troops", [&] {
            QFont font(style.fontFamily);
            font.setPixelSize(std::max(1, int(frame.points(style.baseFontPt * 0.8))));
            font.setBold(true);
            for (const PostureScene::Marker& marker : scene.markers)
                paintTroopMarker(painter, marker.at, marker.radius, marker.note->kind, style,
                                 frame);
            if (!frame.state.decorations.labels)
                return;
            // The lead nation beside each disc, on a halo like the country names.
            for (const PostureScene::Marker& marker : scene.markers) {
                if (marker.label.isEmpty())
                    continue;
                QPainterPath text;
                text.addText(marker.at + QPointF(marker.radius + frame.points(2),
                                                 QFontMetricsF(font).ascent() / 2.5),
                             font, marker.label);
                painter.strokePath(text, QPen(style.textHalo, frame.points(2.2), Qt::SolidLine,
                                              Qt::RoundCap, Qt::RoundJoin));
                painter.fillPath(text, style.text);
            }
        });
    painter.restore();
}

} // namespace flank::render
