#pragma once

namespace flank::cli {

// Processor time the whole process has used, every thread of it, in milliseconds: what a figure
// would be on idle cores when other work shares the machine.
double processorMilliseconds();

} // namespace flank::cli
