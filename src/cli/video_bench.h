#pragma once

#include "render/atlas_data.h"

namespace flank::cli {

struct VideoSpeed
{
    double framesPerSecond = 0; // 0 when the video cannot be written
    // Processor time of all threads per frame: what the figure would be on idle cores, when
    // other work shares the machine.
    double cpuMsPerFrame = 0;
};

// Frames drawn and encoded into a 1920x1080 MP4 of the default view playing through a year of
// the timeline.
VideoSpeed videoSpeed(const render::AtlasData& data);

} // namespace flank::cli
