#pragma once

namespace flank::ui {

// What every window of the app shares, set once after the QApplication exists: the interface
// language, the window icon, and the desktop entry's id (so docks and Wayland compositors
// match the windows to io.github.flankatlas.FlankAtlas.desktop).
void setUpDesktopApplication();

} // namespace flank::ui
