#pragma once

#include "country_layer.h"
#include "frontier_lines.h"
#include "projected_frontiers.h"
#include "projected_layer.h"
#include "projector.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace flank::geo {

// Projected layers per (CRS, scale), made on first use and kept: the screen, the exports and
// the hit test all read the same paths. Safe to use from several threads.
class ProjectionCache
{
public:
    explicit ProjectionCache(std::shared_ptr<const CountryLayer> countries);

    const CountryLayer& countries() const { return *m_countries; }

    // nullptr when the CRS is unknown (see projectorFor()->errorString()).
    std::shared_ptr<const ProjectedLayer> layer(const QString& crs, Scale scale);
    std::shared_ptr<const Projector> projectorFor(const QString& crs);
    bool isCached(const QString& crs, Scale scale) const;
    // Whether layers projected from now on rank each point for simplification
    // (ProjectedFeature::importance): a window that zooms then simplifies in one pass per zoom;
    // a picture drawn once needs no ranks and keeps the memory they take.
    void setRanksVertices(bool ranks) { m_ranksVertices = ranks; }

    // The border lines drawn over the countries, when the data has them (set once at load).
    void setFrontiers(std::shared_ptr<const FrontierLines> frontiers);
    const std::shared_ptr<const FrontierLines>& frontierLines() const { return m_frontiers; }
    // Those lines at a scale in a CRS, projected on first use; nullptr without lines or CRS.
    std::shared_ptr<const ProjectedFrontiers> frontiers(const QString& crs, Scale scale) const;

private:
    std::shared_ptr<const CountryLayer> m_countries;
    std::shared_ptr<const FrontierLines> m_frontiers;
    mutable std::mutex m_mutex;
    std::atomic<bool> m_ranksVertices = false;
    QHash<QString, std::shared_ptr<const Projector>> m_projectors;
    QHash<QString, std::shared_ptr<const ProjectedLayer>> m_layers;
};

} // namespace flank::geo
