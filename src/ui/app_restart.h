#pragma once

class QWidget;

namespace flank::ui {

// Closes `window` as Quit does (which stores its view when it keeps settings) and, once it has
// closed, starts the program again with the same arguments but --lang, so the stored language
// and view apply. Nothing happens when the window refuses to close (unsaved annotations kept).
void restartApplication(QWidget* window);

} // namespace flank::ui
