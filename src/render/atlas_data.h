#pragma once

#include "core/issue.h"
#include "geo/projection_cache.h"
#include "posture/dataset.h"

#include <memory>

namespace flank::render {

// The bundled (or given) country geometry and posture dataset, loaded once and shared by the
// window, the exporters and the command line.
struct AtlasData
{
    std::shared_ptr<const geo::CountryLayer> countries;
    std::shared_ptr<geo::ProjectionCache> projections;
    posture::Dataset dataset;
    core::Issues issues;

    // Empty paths mean the bundled files.
    static AtlasData load(const QString& countriesPath = {}, const QString& posturePath = {});
};

} // namespace flank::render
