#pragma once

#include "map_style.h"

#include <QColor>
#include <QDate>
#include <QImage>
#include <QPainter>

namespace flank::render {

// The swipe view: one picture of the first date left of a divider and one of the second date
// right of it. Both pictures are made beforehand, so moving the divider only copies pixels.
struct SwipePictures
{
    QImage first;   // shown left of the divider, without legend or stamp
    QImage second;  // shown right of it, likewise
    QImage overlay; // the legend and other decorations, drawn whole over both
};

// Where the divider's grip is drawn, in the pictures' logical pixels, for a divider at `x`.
QRectF swipeGripRect(double x, double height);

// Copies each picture's side of the divider at `x` (logical pixels) and draws the divider and
// its grip in `lineColor` on `gripColor`.
void paintSwipe(QPainter& painter, const SwipePictures& pictures, double x, const QColor& lineColor,
                const QColor& gripColor);

// The two dates, each on its own side: "◂ 1 January 2025" top left and "1 March 2026 ▸" top
// right, on panels like the map's stamp.
void paintSwipeStamps(QPainter& painter, const QDate& first, const QDate& second, double width,
                      const MapStyle& style);

} // namespace flank::render
