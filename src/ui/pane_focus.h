#pragma once

#include <QList>

class QWidget;

namespace flank::ui {

// F6 and Shift+F6: moves the keyboard focus to the next (direction 1) or previous (-1) visible
// pane after the one holding it, wrapping around; a pane that takes no focus itself passes it
// to its first control that does.
void focusAdjacentPane(const QList<QWidget*>& panes, int direction);

} // namespace flank::ui
