#pragma once

#include "geo/projected_frontiers.h"

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace flank::render {

// The border lines thinned to what one zoom can show and cut to a window around the view, in
// zoom-scaled map coordinates (x * s, -y * s), as DevicePathCache keeps the country outlines:
// a pan only moves them, so they are thinned once per zoom, not once per frame, and a pan frame
// draws exactly the lines of the frame before, moved.
class FrontierLineCache
{
public:
    // The lines of every border of `frontiers` that reaches the window, for a view of
    // `scaledView` (zoom-scaled coordinates) at `scale` pixels per map unit. The window reaches
    // half a view beyond it, and at least `margin` pixels; it is kept while the zoom stays and the
    // view lies within it.
    const QHash<const geo::ProjectedFrontier*, QList<QPolygonF>>&
    lines(const geo::ProjectedFrontiers& frontiers, double scale, const QRectF& scaledView,
          double margin);
    // Changes whenever the lines are thinned or cut again.
    quint64 generation() const { return m_generation; }

    // One border's line at `scale`, thinned and cut to `window` (zoom-scaled coordinates).
    static QList<QPolygonF> scaledLines(const geo::ProjectedFrontier& line, double scale,
                                        const QRectF& window);
    // The window around `scaledView` that lines are cut to.
    static QRectF windowAround(const QRectF& scaledView, double margin);

private:
    const geo::ProjectedFrontiers* m_frontiers = nullptr;
    double m_scale = 0;
    QRectF m_window;
    quint64 m_generation = 0;
    QHash<const geo::ProjectedFrontier*, QList<QPolygonF>> m_lines;
};

} // namespace flank::render
