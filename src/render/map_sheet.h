#pragma once

#include "map_frame.h"

#include <QList>
#include <QRectF>

namespace flank::render {

// One map of a sheet and where it sits on the page.
struct SheetPane
{
    MapFrame frame; // sized to `rect`; of the decorations, only its stamp and names
    QRectF rect;    // device pixels of the page, on whole pixels
};

// Several maps of one extent on one picture (two dates side by side, a grid of dates, the two
// treaties on one date) with one title band, one legend and one sources footer for them all.
// A value, like MapFrame: the window's compare mode and every export build it the same way.
struct MapSheet
{
    // The whole picture: its size, dpi, extent and theme, and the decorations the maps share,
    // which tell of every map (each status shown, each source credited).
    MapFrame page;
    QList<SheetPane> panes; // left to right, then row by row
    int columns = 0;        // 0: chosen for the page's shape
};

} // namespace flank::render
