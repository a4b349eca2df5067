#include "projection_cache.h"

namespace flank::geo {

namespace {

QString keyOf(const QString& crs, Scale scale)
{
    return crs + QLatin1Char('|') + scaleId(scale);
}

} // namespace

ProjectionCache::ProjectionCache(std::shared_ptr<const CountryLayer> countries)
    : m_countries(std::move(countries))
{
}

std::shared_ptr<const Projector> ProjectionCache::projectorFor(const QString& crs)
{
    std::lock_guard lock(m_mutex);
    auto found = m_projectors.constFind(crs);
    if (found != m_projectors.constEnd())
        return *found;
    auto projector = std::make_shared<const Projector>(crs);
    m_projectors.insert(crs, projector);
    return projector;
}

std::shared_ptr<const ProjectedLayer> ProjectionCache::layer(const QString& crs, Scale scale)
{
    {
        std::lock_guard lock(m_mutex);
        auto found = m_layers.constFind(keyOf(crs, scale));
        if (found != m_layers.constEnd())
            return *found;
    }
    const auto projector = projectorFor(crs);
    if (!projector->isValid())
        return nullptr;
    // Projected outside the lock so another scale can be read meanwhile; a second caller
    // for the same key at the same moment only repeats the work.
    auto projected = std::make_shared<const ProjectedLayer>(m_countries->features(scale),
                                                            *projector, m_ranksVertices.load());
    std::lock_guard lock(m_mutex);
    auto found = m_layers.constFind(keyOf(crs, scale));
    if (found != m_layers.constEnd())
        return *found;
    m_layers.insert(keyOf(crs, scale), projected);
    return projected;
}

bool ProjectionCache::isCached(const QString& crs, Scale scale) const
{
    std::lock_guard lock(m_mutex);
    return m_layers.contains(keyOf(crs, scale));
}

void ProjectionCache::setFrontiers(std::shared_ptr<const FrontierLines> frontiers)
{
    m_frontiers = std::move(frontiers);
}

std::shared_ptr<const ProjectedFrontiers> ProjectionCache::frontiers(const QString& crs,
                                                                     Scale scale) const
{
    return m_frontiers ? m_frontiers->projected(crs, scale) : nullptr;
}

} // namespace flank::geo
