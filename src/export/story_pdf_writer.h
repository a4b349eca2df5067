#pragma once

#include "map_exporter.h"
#include "story_deck.h"

namespace flank::exporting {

// The story as a PDF deck: one page per step, each the slide the presentation shows (map,
// legend, "as of" date and caption band), in vector form. Written atomically to `file`.
ExportResult writeStoryPdf(StoryDeck& deck, const QString& file, const QSizeF& slideSize);

} // namespace flank::exporting
