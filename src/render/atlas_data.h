#pragma once

#include "core/issue.h"
#include "geo/frontier_lines.h"
#include "geo/projection_cache.h"
#include "posture/dataset.h"
#include "posture/dataset_loader.h"

#include <memory>

namespace flank::render {

// The bundled (or given) country geometry and posture dataset, loaded once and shared by the
// window, the exporters and the command line.
struct AtlasData
{
    std::shared_ptr<const geo::CountryLayer> countries;
    std::shared_ptr<geo::ProjectionCache> projections;
    posture::Dataset dataset;
    // The land borders of the dataset's states with Russia and Belarus, and Belarus-Russia,
    // traced per scale on first use (posture::frontierCandidates()).
    std::shared_ptr<const geo::FrontierLines> frontiers;
    core::Issues issues;

    // Empty paths mean the bundled files.
    static AtlasData load(const QString& countriesPath = {}, const QString& posturePath = {});
    // The data of layers already read; their issues are kept in `issues`.
    static AtlasData assemble(std::shared_ptr<const geo::CountryLayer> countries,
                              posture::LoadResult posture);

    // Shows another dataset on the same geometry, with the borders of its states.
    void setDataset(posture::Dataset next);
};

} // namespace flank::render
