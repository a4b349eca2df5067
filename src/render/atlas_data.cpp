#include "atlas_data.h"

#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/frontier_pairs.h"

namespace flank::render {

AtlasData AtlasData::load(const QString& countriesPath, const QString& posturePath)
{
    return assemble(
        std::make_shared<const geo::CountryLayer>(
            countriesPath.isEmpty() ? core::DataPaths::countries() : countriesPath),
        posture::loadDataset(posturePath.isEmpty() ? core::DataPaths::posture() : posturePath));
}

AtlasData AtlasData::assemble(std::shared_ptr<const geo::CountryLayer> countries,
                              posture::LoadResult posture)
{
    AtlasData data;
    data.countries = std::move(countries);
    data.projections = std::make_shared<geo::ProjectionCache>(data.countries);
    data.issues += data.countries->issues();
    data.issues += posture.issues;
    data.setDataset(std::move(posture.dataset));
    return data;
}

void AtlasData::setDataset(posture::Dataset next)
{
    dataset = std::move(next);
    // Another dataset may follow other states, so their borders are traced anew.
    frontiers =
        std::make_shared<const geo::FrontierLines>(countries, posture::frontierCandidates(dataset));
    projections->setFrontiers(frontiers);
}

} // namespace flank::render
