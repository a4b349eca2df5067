#pragma once

#include <optional>

namespace flank::ui {

class MainWindow;

// At start: offers to recover the annotations a crash left in the autosave copy
// (FLANK_RECOVER=yes|no answers without asking, for tests and scripts). Also runs the
// end-to-end crash test's hooks: FLANK_TEST_ANNOTATE=1 adds two markers, and
// FLANK_TEST_EXIT_AFTER_RECOVERY=1 prints the recovered count and asks to exit, returning
// the exit code.
std::optional<int> recoverAnnotations(MainWindow& window);

} // namespace flank::ui
