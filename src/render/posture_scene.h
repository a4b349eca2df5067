#pragma once

#include "disc_sprites.h"
#include "label_painter.h"
#include "label_sprites.h"
#include "map_frame.h"
#include "map_style.h"
#include "paint_observer.h"
#include "posture_item.h"
#include "view_transform.h"

#include "core/frontier_pair.h"
#include "geo/projected_frontiers.h"
#include "geo/projector.h"
#include "posture/fortification.h"
#include "posture/troop_note.h"

#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

#include <optional>

namespace flank::render {

// The border-posture layers of one frame in device pixels: built once per frame from the
// frame's records and the projected border lines, then painted and hit-tested from the same
// shapes.
struct PostureScene
{
    struct Frontier
    {
        core::FrontierPair pair;
        double km = 0;
        QList<QPolygonF> lines; // device pixels, thinned and cut to the picture
    };
    struct Programme
    {
        const posture::Fortification* record = nullptr;
        core::FrontierPair pair;
        bool wholeBorder = false;
        int colorIndex = 0;
        double widthPt = 0;
        double widthPixels = 0;
        QList<QPolygonF> lines; // its border's
    };
    struct Marker
    {
        const posture::TroopNote* note = nullptr;
        QPointF at;
        double radius = 0;
        QString label;
        QRectF disc() const
        {
            return {at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)};
        }
    };
    QList<Frontier> frontiers;
    QList<Programme> programmes; // widest first, so narrower bands lie on top
    QList<Marker> markers;

    // Markers first (the smallest targets), then programme bands, then bare lines; lines are
    // measured on the frame's projected border lines, not on the drawn paths.
    std::optional<PostureItem> itemAt(const MapFrame& frame, QPointF devicePoint,
                                      double reachPixels) const;
    // Every item drawn, once each, for stepping through by keyboard: border lines, then
    // programmes, then discs, each kind west to east.
    QList<PostureItem> itemsInReadingOrder() const;
};

// The programmes of the frame's day get colors by their place in the dataset, so a programme
// keeps its color from frame to frame and in the legend.
int programmeColorIndex(const MapFrame& frame, const QString& programmeId);

class FrontierLineCache;
class MarkerPlaces;

// From the frame's records and the border lines its view resolved; with `cache`, the lines
// thinned for the frame's zoom are kept there for the next frame, and with `places` the
// markers' projected places.
PostureScene buildPostureScene(const MapFrame& frame, FrontierLineCache* cache = nullptr,
                               MarkerPlaces* places = nullptr);

// The border lines and programme bands, under the country names. `area` (device) is the part
// of the picture being painted, a band of it on several threads at once; null for all of it.
void paintPostureLines(QPainter& painter, const PostureScene& scene, const MapFrame& frame,
                       const MapStyle& style, PaintObserver* observer, const QRectF& area = {});

// The troop discs and `markerLabels` (placeMarkerLabels), from `sprites` and `discs` on raster
// targets when given; on the calling thread, after the lines.
void paintPostureMarkers(QPainter& painter, const PostureScene& scene, const MapFrame& frame,
                         const MapStyle& style, PaintObserver* observer,
                         const QList<PlacedLabel>& markerLabels = {},
                         LabelSprites* sprites = nullptr, DiscSprites* discs = nullptr);

// The two halves of paintPostureMarkers(), for a pan's kept picture (ScrolledBase): the discs
// move with the map, so they are kept with it, while their labels are placed with the names
// on every frame and drawn over it. Only the discs that reach `area` (device, as for
// paintPostureLines()) are drawn; all of them when it is null.
void paintTroopDiscs(QPainter& painter, const PostureScene& scene, const MapFrame& frame,
                     const MapStyle& style, DiscSprites* discs, const QRectF& area = {});
void paintMarkerLabels(QPainter& painter, const MapFrame& frame, const MapStyle& style,
                       const QList<PlacedLabel>& markerLabels, LabelSprites* sprites);

} // namespace flank::render
