// Fuzzes MapState's text form (the clipboard, `--state`, saved views): whatever it accepts it
// must write back as text it accepts again, to the same state.
#include "fuzz_check.h"

#include "core/map_state.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

bool sameExtent(const QRectF& a, const QRectF& b)
{
    return near(a.left(), b.left()) && near(a.top(), b.top()) && near(a.right(), b.right()) &&
           near(a.bottom(), b.bottom());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using flank::core::MapState;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    flank::core::Issues issues;
    const std::optional<MapState> state = MapState::fromText(text, &issues);
    FUZZ_CHECK(state.has_value() || flank::core::hasErrors(issues));
    if (!state)
        return 0;
    flank::core::Issues again;
    const std::optional<MapState> copy = MapState::fromText(state->toText(), &again);
    FUZZ_CHECK(copy.has_value());
    MapState expected = *state;
    FUZZ_CHECK(sameExtent(expected.extent, copy->extent));
    expected.extent = copy->extent;
    FUZZ_CHECK(expected == *copy);
    return 0;
}
