#pragma once

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

    void beginFeature(const QString& key);
    void endFeature(const QString& key);
    void fill(const QPainterPath& path, const QBrush& brush); // never antialiased
    void fillWithStatus(const QPainterPath& path, const StatusStyle& style);
    void stroke(const QPainterPath& path, const QPen& pen);       // antialiased when the frame is
    void strokeInside(const QPainterPath& path, const QPen& pen); // clipped to the shape

    // Draws each step whose shape reaches `area` (frame coordinates). With `ownCopies` every
    // path is copied first: a QPainterPath fills hidden caches as it is drawn, so threads must
    // not draw the same one at once.
    void replay(QPainter& painter, PaintObserver* observer, const QRectF& area,
                bool ownCopies) const;

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
        QPainterPath path; // shares the cached path's data
        QRectF reach;      // frame coordinates the step may touch
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
