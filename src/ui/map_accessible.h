#pragma once

namespace flank::ui {

class MapCanvas;
class MapSession;

// Makes the map readable by screen readers: its accessible interface lists the states in view
// as children (in Tab order, each named with its status), and assistive technology is told
// when the keyboard focus moves between them, when the selection changes and when the view
// changes the list or the names. Registers the interface factory on first use.
void makeMapAccessible(MapCanvas* canvas, MapSession* session);

} // namespace flank::ui
