#pragma once

#include "map_frame.h"
#include "map_style.h"

#include <QBrush>
#include <QPainter>
#include <QPainterPath>

namespace flank::render {

// How much a status pattern enlarges Qt's 8-pixel patterns: its spacing at the frame's DPI, so
// it keeps the same physical size; 1 for Solid.
double patternScale(const StatusStyle& style, const MapFrame& frame);

// The hatching brush of a status pattern, the same physical size at any DPI; empty for Solid.
QBrush patternBrush(const StatusStyle& style, const MapFrame& frame);

// Fills a shape the way the map fills a state with that status: color, then pattern.
void fillWithStatus(QPainter& painter, const QPainterPath& path, const StatusStyle& style,
                    const MapFrame& frame);

} // namespace flank::render
