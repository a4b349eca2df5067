#pragma once

#include "device_path_cache.h"
#include "map_frame.h"
#include "map_style.h"
#include "paint_observer.h"

#include <QBrush>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QTransform>

namespace flank::render {

// What the country layer draws, in order: recorded once per frame, then replayed on one painter
// or on several at once, one per band of the picture, each in its own thread.
class CountryPaintList
{
public:
    // `toDevice` places the paths (zoom-scaled map units) on the frame; it is only a translation.
    CountryPaintList(const MapFrame& frame, const QTransform& toDevice);

    using Path = DevicePathCache::CachedPath;

    void beginFeature(const QString& key);
    void endFeature(const QString& key);
    void fill(const Path& path, const QBrush& brush); // never antialiased
    void fillWithStatus(const Path& path, const StatusStyle& style);
    void stroke(const Path& path, const QPen& pen);       // antialiased when the frame is
    void strokeInside(const Path& path, const QPen& pen); // clipped to the shape

    // Draws each step whose shape reaches `area` (frame coordinates), as band `band` of a
    // banded picture (0 alone or on the calling thread): band n > 0 draws the paths' copies
    // for band n, so no two threads draw the same path.
    void replay(QPainter& painter, PaintObserver* observer, const QRectF& area, int band) const;

private:
    enum class Kind
    {
        BeginFeature,
        EndFeature,
        Fill,
        StatusFill,
        Stroke,
        StrokeInside
    };
    struct Step
    {
        Kind kind = Kind::Fill;
        Path path;    // shares the cached path's data
        QRectF reach; // frame coordinates the step may touch
        QBrush brush;
        QPen pen;
        StatusStyle status;
        QString key;
    };
    void add(Step step, double inkMargin);

    const MapFrame& m_frame;
    QTransform m_toDevice;
    QList<Step> m_steps;
};

} // namespace flank::render
