#pragma once

#include "core/map_state.h"

#include <QString>

#include <array>
#include <optional>

namespace flank::geo {

// Natural Earth's three scales, coarse to fine.
enum class Scale
{
    Coarse110m = 0,
    Medium50m = 1,
    Fine10m = 2
};

constexpr std::array<Scale, 3> kAllScales = {Scale::Coarse110m, Scale::Medium50m, Scale::Fine10m};

QString scaleId(Scale scale); // "110m", "50m", "10m"
std::optional<Scale> scaleFromId(const QString& id);

// The scale to draw at when `pixelsPerKilometre` screen pixels show one kilometre:
// 110m far out, 50m in between, 10m close in; a forced level wins over the automatic choice.
Scale chooseScale(core::DetailLevel level, double pixelsPerKilometre);

} // namespace flank::geo
