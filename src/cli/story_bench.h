#pragma once

#include "render/atlas_data.h"

namespace flank::cli {

// Frames per second of story flights at 1920x1080 with 10m outlines forced: every flight of
// the bundled example story drawn at `framesPerFlight` frames into an image, as the
// presentation draws them. 0 when the example story does not load.
double storyTransitionFps(const render::AtlasData& data, int framesPerFlight);

} // namespace flank::cli
