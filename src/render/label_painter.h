#pragma once

#include "device_path_cache.h"
#include "map_frame.h"
#include "map_style.h"
#include "name_shapes.h"

#include <QFont>
#include <QPainter>
#include <QStaticText>

namespace flank::render {

class LabelSprites;

struct PlacedLabel
{
    QString text;
    QPointF baseline; // device
    QFont font;
    double opacity = 1.0;
    // Shaped once when placed: the halo draws the name many times, on images from this.
    QStaticText shaped;
    double ascent = 0;
};

// Country names placed inside the visible part of each country, states with a status first
// and then by visible size, never overlapping; names fade in as their country grows on screen.
class LabelPainter
{
public:
    LabelPainter(const MapFrame& frame, const MapStyle& style);

    // Places names on the frame's view, measured through `shapes`. `avoid`: device
    // rectangles covered by decorations, where no name may go.
    QList<PlacedLabel> layout(DevicePathCache& paths, NameShapes& shapes,
                              const QList<QRectF>& avoid = {}) const;
    // With `sprites`, raster targets draw each name from a cached image of it.
    void paint(QPainter& painter, const QList<PlacedLabel>& labels,
               LabelSprites* sprites = nullptr) const;

private:
    void paintLabel(QPainter& painter, const PlacedLabel& label, QPointF baseline) const;
    void paintHalo(QPainter& painter, const PlacedLabel& label, QPointF baseline) const;

    const MapFrame& m_frame;
    const MapStyle& m_style;
};

} // namespace flank::render
