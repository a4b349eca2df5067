#pragma once

#include "map_frame.h"
#include "map_style.h"

#include "geo/ring_clip.h"
#include "posture/troop_note.h"

#include <QColor>
#include <QList>
#include <QPainter>
#include <QPointF>
#include <QPolygonF>

namespace flank::render {

// How the border-posture layers look. The map and the legend's swatches both draw through
// these functions, so a swatch is always what the map shows.

// The frontier line's light casing, the widest ink of the line, in points.
double frontierCasingWidthPt(const MapStyle& style);

// A frontier with Russia or Belarus: a dark line on an opaque light casing, over the fills.
// On a 32-bit image both are inked in one pass (drawRasterCasedLines); elsewhere, as SVG and
// PDF, stroked by QPainter.
void paintFrontierLine(QPainter& painter, const QList<QPolygonF>& deviceLines,
                       const MapStyle& style, const MapFrame& frame);

// A fortification programme along a frontier: a broad band in the programme's color, solid
// where it runs along the whole border, in ticks ("part of this border") where the sources do
// not say which part. `widthPt` grows when several programmes share one border. A part's
// `startLength` (device pixels along its whole line) keeps its ticks where the whole line
// would have them, so a band of a banded picture may draw its own piece alone.
void paintProgrammeBand(QPainter& painter, const QList<geo::MeasuredPart>& deviceLines,
                        int colorIndex, bool wholeBorder, double widthPt, const MapFrame& frame);
QColor programmeColor(int colorIndex);

// The width of the ring around a troop disc, in points: half of it lies outside the radius.
constexpr double kTroopRingPt = 1.2;

// A located deployment: a disc sized by its troops, colored by who they are, in a ring.
void paintTroopMarker(QPainter& painter, QPointF center, double radius, posture::TroopNoteKind kind,
                      const MapStyle& style, const MapFrame& frame);
QColor troopColor(posture::TroopNoteKind kind);
// Device pixels: from about 4 pt for a note without a number, growing with the square root of
// the troops (area follows numbers), at most about 14 pt.
double troopMarkerRadius(const std::optional<int>& troops, const MapFrame& frame);

} // namespace flank::render
