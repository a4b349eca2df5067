#pragma once

#include "country_layer.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace flank::geo {

// Lengths of the borders two countries share, measured on the 1:10m outlines by
// traceFrontier() (the one tracing of shared borders; FrontierLines keeps the lines of the
// flank's pairs at every scale). Any pair may be asked; results are kept, so a panel asking
// again costs nothing. Safe to use from several threads.
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

// The computation itself, uncached, at 1:10m: exposed for tests and the benchmark.
std::optional<double> sharedBorderKm(const QList<GeoFeature>& features, const QString& iso3A,
                                     const QString& iso3B);

} // namespace flank::geo
