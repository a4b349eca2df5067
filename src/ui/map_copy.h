#pragma once

#include <QImage>

namespace flank::ui {

class CompareView;
class MapCanvas;
class MapSession;

// What Edit › Copy Map puts on the clipboard: the map as the window shows it, less the
// pointer's trace on it (the hover outline) and with a legend that asks no one to point. Two
// maps side by side, or a swipe, copy as their export at the map area's size draws them side by
// side with their legend under them: both maps and the legend they share, not the left map
// alone.
QImage copiedMapPicture(MapSession& session, const MapCanvas& canvas, const CompareView* compare);

} // namespace flank::ui
