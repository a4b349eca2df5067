#pragma once

#include <QStringList>

#include <functional>
#include <memory>

// The ways the window starts from the command line. Each reads its view options through
// core::ViewOptionReader, like the headless commands.
namespace flank::ui {

class MainWindow;

// The window on the data found at start ($FLANK_DATA_DIR, else the bundled copy, which also
// stands in for a user's copy that cannot be read), saying in it what could not be used.
std::unique_ptr<MainWindow> createMainWindow();

// Starts the interactive viewer. `started`, when given, runs once the window is shown and any
// crashed session's annotations are recovered (programs built on the viewer, such as tests
// that edit and then kill it, use it to act on the real window).
int runViewer(const QStringList& arguments, const std::function<void(MainWindow&)>& started = {});

// `flankatlas --screenshot FILE.png [--dataset FILE] [--date D] [--treaty T] [--select ISO3]
// [--theme T] [--size WxH]`: shows the real window in that state, grabs it and exits.
int runScreenshot(const QStringList& arguments);

// `flankatlas FILE.flankstory` opens the viewer with the story loaded, ready to present;
// `flankatlas --present FILE.flankstory` starts presenting it at once.
int runStoryViewer(const QStringList& arguments);

// Whether the command line asks for a story (a .flankstory argument or --present).
bool wantsStory(const QStringList& arguments);

} // namespace flank::ui
