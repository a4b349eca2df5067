#pragma once

#include "projector.h"

#include <QRectF>

namespace flank::geo {

// The eastern flank in lon/lat: Germany to Moscow, Norway's North Cape to the Black Sea.
inline constexpr double kFlankWest = 8.0, kFlankEast = 40.0, kFlankSouth = 43.5, kFlankNorth = 71.5;

// A lon/lat box in the projector's CRS: the bounds of its densified outline.
QRectF projectedBox(const Projector& projector, const QRectF& lonLatBox);
QRectF flankExtent(const Projector& projector);

} // namespace flank::geo
