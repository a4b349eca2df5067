#pragma once

#include "export/map_exporter.h"
#include "story_deck.h"

namespace flank::present {

// The story as a PDF deck: one page per step, each the slide the presentation shows (map,
// legend, "as of" date and caption band), in vector form. Written atomically to `file`.
exporting::ExportResult writeStoryPdf(StoryDeck& deck, const QString& file,
                                      const QSizeF& slideSize);

} // namespace flank::present
