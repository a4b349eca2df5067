#pragma once

#include <optional>

namespace flank::ui {

class MainWindow;

// At start: offers to recover the annotations a crash left in the autosave copy
// (FLANK_RECOVER=yes|no answers without asking, for tests and scripts).
// FLANK_TEST_EXIT_AFTER_RECOVERY=1 prints the recovered count and asks to exit, returning
// the exit code, so a script can check a recovery without a display.
std::optional<int> recoverAnnotations(MainWindow& window);

} // namespace flank::ui
