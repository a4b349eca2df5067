#pragma once

#include "map_style.h"

#include <QImage>

namespace flank::render {

// One repeat of a status's look in device pixels: its fill color with its pattern's lines over
// it, `period` pixels square with lines `lineWidth` pixels wide (as patternBrush spaces them).
// A raster fill repeats it from the map's origin, so the fill and its hatching are one pass.
// Opaque fills give an opaque tile (Format_RGB32), which Qt copies instead of blending.
// Kept per thread: band threads draw the same few tiles every frame.
QImage hatchTile(const StatusStyle& style, int period, double lineWidth);

} // namespace flank::render
