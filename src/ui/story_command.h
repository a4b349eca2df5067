#pragma once

#include <QStringList>

namespace flank::ui {

// `flankatlas FILE.flankstory` opens the viewer with the story loaded, ready to present;
// `flankatlas --present FILE.flankstory` starts presenting it at once.
int runStoryViewer(const QStringList& arguments);

// Whether the command line asks for a story (a .flankstory argument or --present).
bool wantsStory(const QStringList& arguments);

} // namespace flank::ui
