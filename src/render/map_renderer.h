#pragma once

#include "map_frame.h"
#include "paint_observer.h"
#include "posture_scene.h"

#include "geo/projection_cache.h"

#include <QPainter>
#include <QThread>

#include <algorithm>
#include <memory>

namespace flank::render {

// The one painter of maps: the window, every export format, the presentation mode and the
// benchmark call paint(). No widgets, no files, no globals; it keeps only caches of its own,
// so each window or export should have its own renderer.
class MapRenderer
{
public:
    explicit MapRenderer(std::shared_ptr<geo::ProjectionCache> projections);

    // Draws what `frame` resolved (its view): the renderer never works out the extent, the
    // level of detail or the projection itself.
    void paint(QPainter& painter, const MapFrame& frame);
    // What changes from day to day over a map painted with frame.deferDateStamp: the frame's
    // date stamp, and `caption` (if any) at the foot of the map.
    void paintMoment(QPainter& painter, const MapFrame& frame, const QString& caption = {});

    // The state under a device point, from the same projected shapes paint() draws.
    QString countryAt(const MapFrame& frame, QPointF devicePoint) const;
    // The border-posture item (deployment marker, programme band, frontier line) at a point,
    // from the same shapes paint() draws; none when nothing of those layers is there.
    std::optional<PostureItem> postureItemAt(const MapFrame& frame, QPointF devicePoint) const;
    std::shared_ptr<geo::ProjectionCache> projections() const { return m_projections; }
    // Not owned; nullptr (the default) for none.
    void setObserver(PaintObserver* observer) { m_observer = observer; }
    // How many threads may share the drawing of one picture (1: the calling thread alone).
    void setMaxThreads(int threads) { m_maxThreads = std::max(1, threads); }
    // Keeps the bottom of the picture (sea, countries, border lines) between frames, so that a
    // pan at the same zoom moves its pixels and draws only the strips it uncovers. For a window,
    // which pans; an export draws once and would only pay for the copy kept.
    void setKeepsBaseForPans(bool keeps) { m_keepsBase = keeps; }

    MapRenderer(MapRenderer&&) noexcept;
    MapRenderer& operator=(MapRenderer&&) noexcept;
    ~MapRenderer();

private:
    // What the renderer keeps between frames (paths for the zoom, placed names, sprites,
    // band edges): internal, so a change to it is not a change to every user of the renderer.
    struct Caches;

    std::shared_ptr<geo::ProjectionCache> m_projections;
    std::unique_ptr<Caches> m_caches;
    PaintObserver* m_observer = nullptr;
    int m_maxThreads = std::max(1, QThread::idealThreadCount());
    bool m_keepsBase = false;
};

} // namespace flank::render
