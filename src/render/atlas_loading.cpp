#include "atlas_loading.h"

#include "core/data_paths.h"
#include "posture/dataset_loader.h"

#include <QFileInfo>

namespace flank::render {

namespace {

bool sameFile(const QString& a, const QString& b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return canonicalA.isEmpty() ? QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath()
                                : canonicalA == QFileInfo(b).canonicalFilePath();
}

// A user's outlines are read at every scale at once, so a file cut short fails now rather than
// as an empty sea at the first zoom; the bundled file is trusted to its coarse scale.
bool isUsable(const geo::CountryLayer& layer, bool bundled)
{
    if (!layer.isUsable())
        return false;
    if (bundled)
        return !core::hasErrors(layer.issues());
    for (const geo::Scale scale : {geo::Scale::Medium50m, geo::Scale::Fine10m})
        if (layer.features(scale).isEmpty())
            return false;
    return !core::hasErrors(layer.issues());
}

// Reads `path`; when it cannot be used, records why and reads the bundled copy in its place.
// `read` gives the loaded value, `usable` judges it and `issuesOf` says what was wrong.
template <typename Read, typename Usable, typename IssuesOf>
auto readWithFallback(DataFailure::File file, const QString& path, const QString& bundled,
                      Read read, Usable usable, IssuesOf issuesOf, core::Issues& issues,
                      QList<DataFailure>& failures)
{
    const bool isBundled = sameFile(path, bundled);
    auto loaded = read(path);
    issues += issuesOf(loaded);
    if (usable(loaded, isBundled))
        return loaded;
    DataFailure failure{file, path, issuesOf(loaded), isBundled, {}};
    if (isBundled) {
        failures << failure;
        return loaded;
    }
    auto fallback = read(bundled);
    issues += issuesOf(fallback);
    if (usable(fallback, true)) {
        failure.replacement = bundled;
        failures << failure;
        return fallback;
    }
    failures << failure << DataFailure{file, bundled, issuesOf(fallback), true, {}};
    return loaded;
}

} // namespace

bool isUsable(const posture::Dataset& dataset)
{
    return !dataset.treaties().isEmpty() && !dataset.states().isEmpty();
}

AtlasLoad loadAtlasWithFallback()
{
    AtlasLoad load;
    core::Issues issues; // of every file read, the failed ones' too
    auto countries = readWithFallback(
        DataFailure::File::Countries, core::DataPaths::countries(),
        core::DataPaths::bundledCountries(),
        [](const QString& path) { return std::make_shared<const geo::CountryLayer>(path); },
        [](const auto& layer, bool bundled) { return isUsable(*layer, bundled); },
        [](const auto& layer) { return layer->issues(); }, issues, load.failures);
    posture::LoadResult posture = readWithFallback(
        DataFailure::File::Posture, core::DataPaths::posture(), core::DataPaths::bundledPosture(),
        [](const QString& path) { return posture::loadDataset(path); },
        [](const posture::LoadResult& result, bool) { return isUsable(result.dataset); },
        [](const posture::LoadResult& result) { return result.issues; }, issues, load.failures);
    load.data = AtlasData::assemble(std::move(countries), std::move(posture));
    load.data.issues = issues;
    return load;
}

} // namespace flank::render
