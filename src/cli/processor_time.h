#pragma once

namespace flank::cli {

// Processor time the whole process has used so far, every thread of it, in milliseconds. Unlike
// the clock, it leaves out the time a thread waits for a free core.
double processorMilliseconds();

} // namespace flank::cli
