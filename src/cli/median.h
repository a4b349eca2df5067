#pragma once

#include <algorithm>
#include <vector>

namespace flank::cli {

// The middle of a benchmark's timings (the upper middle of an even count); 0 for none. Unlike
// the mean, a run slowed by the machine's other work does not move it.
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace flank::cli
