#include "frontier_lines.h"

#include <QElapsedTimer>

namespace flank::geo {

FrontierLines::FrontierLines(std::shared_ptr<const CountryLayer> countries,
                             QList<core::FrontierPair> pairs)
    : m_countries(std::move(countries)), m_pairs(std::move(pairs))
{
}

const QList<FrontierLine>& FrontierLines::lines(Scale scale) const
{
    ScaleLines& entry = m_scales[size_t(scale)];
    std::call_once(entry.traced, [&] {
        // Reading the scale is the country layer's cost, shared with the map; not counted.
        const QList<GeoFeature>& features = m_countries->features(scale);
        QElapsedTimer timer;
        timer.start();
        for (const core::FrontierPair& pair : m_pairs) {
            std::optional<FrontierLine> line = traceFrontier(features, pair, scale);
            if (line && !line->isEmpty())
                entry.lines << std::move(*line);
        }
        entry.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    });
    return entry.lines;
}

const FrontierLine* FrontierLines::find(const QString& iso3A, const QString& iso3B,
                                        Scale scale) const
{
    for (const FrontierLine& line : lines(scale))
        if (line.pair.joins(iso3A, iso3B))
            return &line;
    return nullptr;
}

std::shared_ptr<const ProjectedFrontiers> FrontierLines::projected(const QString& crs,
                                                                   Scale scale) const
{
    const QString key = crs + QLatin1Char('|') + scaleId(scale);
    {
        const std::lock_guard lock(m_mutex);
        if (const auto found = m_projected.constFind(key); found != m_projected.constEnd())
            return *found;
    }
    // A projector of its own: a PROJ transform is used by one thread at a time, and the few
    // thousand points of the lines cost less than sharing one would.
    const Projector projector(crs);
    if (!projector.isValid())
        return nullptr;
    auto made = std::make_shared<const ProjectedFrontiers>(lines(scale), projector);
    const std::lock_guard lock(m_mutex);
    if (const auto found = m_projected.constFind(key); found != m_projected.constEnd())
        return *found; // another thread made it meanwhile
    m_projected.insert(key, made);
    return made;
}

double FrontierLines::tracingMilliseconds(Scale scale) const
{
    return m_scales[size_t(scale)].milliseconds;
}

} // namespace flank::geo
