#pragma once

#include <QStringList>

// The ways the window starts from the command line. Each reads its view options through
// core::ViewOptionReader, like the headless commands.
namespace flank::ui {

// Starts the interactive viewer.
int runViewer(const QStringList& arguments);

// `flankatlas --screenshot FILE.png [--date D] [--treaty T] [--select ISO3] [--theme T]
// [--size WxH]`: shows the real window in that state, grabs it and exits.
int runScreenshot(const QStringList& arguments);

// `flankatlas FILE.flankstory` opens the viewer with the story loaded, ready to present;
// `flankatlas --present FILE.flankstory` starts presenting it at once.
int runStoryViewer(const QStringList& arguments);

// Whether the command line asks for a story (a .flankstory argument or --present).
bool wantsStory(const QStringList& arguments);

} // namespace flank::ui
