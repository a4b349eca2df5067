#include "border_lengths.h"

#include "frontier_line.h"

namespace flank::geo {

std::optional<double> sharedBorderKm(const QList<GeoFeature>& features, const QString& iso3A,
                                     const QString& iso3B)
{
    const std::optional<FrontierLine> line =
        traceFrontier(features, core::FrontierPair{iso3A, iso3B}, Scale::Fine10m);
    return line ? std::optional<double>(line->km) : std::nullopt;
}

BorderLengths::BorderLengths(std::shared_ptr<const CountryLayer> countries)
    : m_countries(std::move(countries))
{
}

std::optional<double> BorderLengths::sharedKm(const QString& iso3A, const QString& iso3B)
{
    const QString key =
        iso3A < iso3B ? iso3A + QLatin1Char('|') + iso3B : iso3B + QLatin1Char('|') + iso3A;
    {
        const std::lock_guard lock(m_mutex);
        if (const auto found = m_known.constFind(key); found != m_known.constEnd())
            return *found;
    }
    const std::optional<double> km =
        sharedBorderKm(m_countries->features(Scale::Fine10m), iso3A, iso3B);
    const std::lock_guard lock(m_mutex);
    m_known.insert(key, km);
    return km;
}

} // namespace flank::geo
