#pragma once

#include "render/atlas_data.h"

namespace flank::cli {

// Frames per second drawn and encoded into a 1920x1080 MP4 of the default view playing
// through a year of the timeline; 0 when the video cannot be written.
double videoFps(const render::AtlasData& data);

} // namespace flank::cli
