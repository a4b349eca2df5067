#pragma once

#include "story.h"

#include "core/issue.h"

#include <QByteArray>
#include <QString>

namespace flank::story {

// The newest formatVersion this build reads; a higher one is refused.
constexpr int kStoryFormatVersion = 1;

struct StoryLoadResult
{
    Story story; // every step that could be read, even when others had errors
    core::Issues issues;
};

// Reads a `.flankstory` file (docs/story-format.md). Never throws; each problem is an issue
// with the file, line and column (and the JSON Pointer of the value when it is about a view).
StoryLoadResult loadStory(const QString& path);
// The same for bytes already in memory; `fileName` names them in issues.
StoryLoadResult parseStory(const QByteArray& data, const QString& fileName);

} // namespace flank::story
