#pragma once

#include "map_frame.h"
#include "map_style.h"
#include "view_transform.h"

#include "geo/projector.h"

#include <QFontMetricsF>
#include <QList>
#include <QPainter>
#include <QString>

#include <optional>

namespace flank::render {

// What a scale bar shows: a round length, its width on the device and the latitude where it
// is true (the map's centre; projections stretch away from it).
struct ScaleBarSpec
{
    double metres = 0;
    double devicePixels = 0;
    double latitude = 0;
};

// The scale bar, measured geodesically across the centre of the map.
class ScaleBarPainter
{
public:
    // Reads the projector and view the frame resolved.
    ScaleBarPainter(const MapFrame& frame, const MapStyle& style);

    // nullopt where the centre cannot be unprojected.
    std::optional<ScaleBarSpec> spec(double maximumPixels) const;
    // Paints with its bottom-right corner at `corner`; returns the box it used.
    QRectF paint(QPainter& painter, QPointF corner) const;
    // The box of the longest bar and widest words paint() may draw there: map names keep
    // clear of it whatever length the view gives the bar, so a pan does not move them.
    QRectF largestBox(QPointF corner) const;

private:
    QFont font() const;
    double longestBar() const; // device pixels
    // The box around a bar `barPixels` long, ending at `end`, over the line `note`.
    QSizeF boxSize(const QFontMetricsF& metrics, double barPixels, const QString& end,
                   const QString& note) const;
    double padding() const { return m_frame.points(5); }
    double barHeight() const { return m_frame.points(4); }

    const MapFrame& m_frame;
    const MapStyle& m_style;
    const geo::Projector& m_projector;
    const ViewTransform& m_view;
};

// 1, 2 or 5 times a power of ten, the largest not above `value`.
double roundLengthBelow(double value);

// One label over the bar: its centre's distance from the bar's start, and its text.
struct ScaleTick
{
    double offset = 0;
    QString text;
};

// "0" and the full length always; half the length too when it fits between them with `gap`
// to spare, as it does not on a short bar.
QList<ScaleTick> scaleBarTicks(double metres, double devicePixels, const QFontMetricsF& metrics,
                               double gap);

} // namespace flank::render
