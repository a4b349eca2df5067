#include "processor_time.h"

#include <ctime>

namespace flank::cli {

double processorMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now); // to the nanosecond, unlike getrusage
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace flank::cli
