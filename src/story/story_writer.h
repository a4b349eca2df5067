#pragma once

#include "story.h"

#include <QByteArray>
#include <QString>

namespace flank::story {

// The story as `.flankstory` JSON: indented, keys sorted, so saving what was
// loaded gives the same bytes and a story under version control diffs cleanly.
QByteArray storyToJson(const Story& story);

// Writes atomically through QSaveFile; on failure the old file stays and the message names
// the file and the reason. Empty on success.
QString saveStory(const Story& story, const QString& path);

} // namespace flank::story
