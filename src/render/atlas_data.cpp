#include "atlas_data.h"

#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/frontier_pairs.h"

namespace flank::render {

AtlasData AtlasData::load(const QString& countriesPath, const QString& posturePath)
{
    AtlasData data;
    data.countries = std::make_shared<const geo::CountryLayer>(
        countriesPath.isEmpty() ? core::DataPaths::countries() : countriesPath);
    data.projections = std::make_shared<geo::ProjectionCache>(data.countries);
    data.issues += data.countries->issues();
    posture::LoadResult loaded =
        posture::loadDataset(posturePath.isEmpty() ? core::DataPaths::posture() : posturePath);
    data.dataset = std::move(loaded.dataset);
    data.issues += loaded.issues;
    data.frontiers = std::make_shared<const geo::FrontierLines>(
        data.countries, posture::frontierCandidates(data.dataset));
    data.projections->setFrontiers(data.frontiers);
    return data;
}

} // namespace flank::render
