#pragma once

#include "story_deck.h"

#include "export/video_writer.h"

#include <QSize>

#include <atomic>

namespace flank::present {

// The story as a video (.mp4, .webm or .gif): each step held for its own seconds, then the
// flight to the next one, as the presentation plays it.
exporting::ExportResult writeStoryVideo(StoryDeck& deck, const QString& file, const QSize& size,
                                        int fps,
                                        const exporting::VideoProgressCallback& progress = {},
                                        const std::atomic<bool>* cancel = nullptr);

} // namespace flank::present
