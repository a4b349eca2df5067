#pragma once

#include "export/map_exporter.h"
#include "story_deck.h"

namespace flank::present {

// The story as PNG files in `directory` (created if missing): with no in-between frames one
// file per step, step-01.png, step-02.png, ...; with `transitionFrames` > 0 the whole flight as
// one numbered sequence for a video, frame-0001.png, ..., each step followed by that many
// frames of the flight to the next. Each file is written atomically.
exporting::ExportResult writeStoryFrames(StoryDeck& deck, const QString& directory,
                                         const QSizeF& slideSize, int transitionFrames);

} // namespace flank::present
