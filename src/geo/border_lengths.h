#pragma once

#include "country_layer.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace flank::geo {

// Lengths of the borders two countries share, measured on the 1:10m outlines: the part of one
// country's outline lying along the other's, summed as geodesic distances on WGS 84. Results
// are kept, so a panel asking again costs nothing. Safe to use from several threads.
class BorderLengths
{
public:
    explicit BorderLengths(std::shared_ptr<const CountryLayer> countries);

    // Kilometres; 0 when the two do not touch; empty when either country is not in the data.
    std::optional<double> sharedKm(const QString& iso3A, const QString& iso3B);

private:
    std::shared_ptr<const CountryLayer> m_countries;
    std::mutex m_mutex;
    QHash<QString, std::optional<double>> m_known;
};

// The computation itself, uncached: exposed for tests and the benchmark.
std::optional<double> sharedBorderKm(const QList<GeoFeature>& features, const QString& iso3A,
                                     const QString& iso3B);

} // namespace flank::geo
