#pragma once

#include "geo/ring_clip.h"

#include <QColor>
#include <QList>
#include <QPainter>
#include <QPolygonF>

namespace flank::render {

// Wide solid lines on a raster picture, drawn several times faster than QPainter strokes them.
// QPainter outlines a polyline (two arctangents at every corner) and fills that outline with
// a rasterizer whose small memory makes a long outline cost many passes. Here each segment is
// drawn on its own by Qt's line rasterizer, lengthened by less than a pixel so neighbours
// overlap without a seam, and the outer side of each turn is filled with a fan: the same
// round corners and ends as QPainter's round joins and caps. Overlaps would show through
// translucent ink, so these draw opaque colors only: see suitsRasterLines().

// Whether the functions below can draw `color` with `painter`: an opaque color on a raster
// picture, through a transform that neither rotates nor shears.
bool suitsRasterLines(const QPainter& painter, const QColor& color);

// Strokes `lines` (painter coordinates) `width` wide, with round corners; with round ends
// when `roundEnds`, else flat ones that stop at the first and last point.
void drawRasterPolylines(QPainter& painter, const QList<QPolygonF>& lines, const QColor& color,
                         double width, bool roundEnds);

// Ticks across `lines`, `width` wide: a dash `dash` long every `period`, counted from each
// part's `startLength` along its whole line, as a dashed pen with that offset draws them.
void drawRasterTicks(QPainter& painter, const QList<geo::MeasuredPart>& lines, const QColor& color,
                     double width, double dash, double period);

} // namespace flank::render
