#include "scale.h"

namespace flank::geo {

QString scaleId(Scale scale)
{
    switch (scale) {
    case Scale::Coarse110m:
        return QStringLiteral("110m");
    case Scale::Medium50m:
        return QStringLiteral("50m");
    case Scale::Fine10m:
        return QStringLiteral("10m");
    }
    return QStringLiteral("110m");
}

std::optional<Scale> scaleFromId(const QString& id)
{
    for (Scale scale : kAllScales)
        if (scaleId(scale) == id)
            return scale;
    return std::nullopt;
}

Scale chooseScale(core::DetailLevel level, double pixelsPerKilometre)
{
    switch (level) {
    case core::DetailLevel::Coarse110m:
        return Scale::Coarse110m;
    case core::DetailLevel::Medium50m:
        return Scale::Medium50m;
    case core::DetailLevel::Fine10m:
        return Scale::Fine10m;
    case core::DetailLevel::Auto:
        break;
    }
    // 1:110m holds detail to roughly 10 km, 1:50m to roughly 2-3 km; switch a little before the
    // coarser data starts to look angular.
    if (pixelsPerKilometre < 0.12)
        return Scale::Coarse110m;
    if (pixelsPerKilometre < 0.8)
        return Scale::Medium50m;
    return Scale::Fine10m;
}

} // namespace flank::geo
