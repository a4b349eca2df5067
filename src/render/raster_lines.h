#pragma once

#include "geo/ring_clip.h"

#include <QColor>
#include <QList>
#include <QPainter>
#include <QPolygonF>

namespace flank::render {

// Wide solid lines on a 32-bit image, drawn several times faster than QPainter strokes them.
// QPainter outlines a polyline (two arctangents at every corner) and fills that outline with a
// rasterizer whose small memory makes a long outline cost many passes; a translucent fill also
// waits on Qt's own thread pool. Here each pixel near a line is inked by its distance to the
// nearest segment (CoverageMask): round corners and ends as QPainter's round joins and caps,
// flat ends where asked, no seam where segments meet, and the same pixels whether the picture
// is drawn at once or in bands. One pass inks each pixel once, so the color must be opaque.

// Whether the functions below can draw `color` with `painter`: an opaque color on a 32-bit
// image, through a transform that neither rotates nor shears, clipped to a rectangle at most.
bool suitsRasterLines(const QPainter& painter, const QColor& color);

// Strokes `lines` (painter coordinates) `width` wide, with round corners; with round ends
// when `roundEnds`, else flat ones that stop at the first and last point.
void drawRasterPolylines(QPainter& painter, const QList<QPolygonF>& lines, const QColor& color,
                         double width, bool roundEnds);

// A line on a casing, both with round corners and ends: as drawRasterPolylines() draws the
// casing and then the line, in one pass over the pixels. Both colors opaque.
void drawRasterCasedLines(QPainter& painter, const QList<QPolygonF>& lines, const QColor& casing,
                          double casingWidth, const QColor& line, double lineWidth);

// Ticks across `lines`, `width` wide: a dash `dash` long every `period`, counted from each
// part's `startLength` along its whole line, as a dashed pen with that offset draws them.
void drawRasterTicks(QPainter& painter, const QList<geo::MeasuredPart>& lines, const QColor& color,
                     double width, double dash, double period);

} // namespace flank::render
