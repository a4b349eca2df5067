#pragma once

#include "country_layer.h"
#include "frontier_line.h"
#include "projected_frontiers.h"

#include "core/frontier_pair.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>

namespace flank::geo {

// The border lines of a list of country pairs, traced once per scale on first use and kept,
// with their projections per CRS: the window, the exports and the command line read the same
// lines, and asking again costs a lookup. Safe to use from several threads.
class FrontierLines
{
public:
    FrontierLines(std::shared_ptr<const CountryLayer> countries, QList<core::FrontierPair> pairs);

    // The pairs asked for, whether or not they touch.
    const QList<core::FrontierPair>& pairs() const { return m_pairs; }
    // The pairs that share a border at this scale, in the order asked, each with its line.
    // The first call for a scale traces them (about 0.1 s for the flank at 1:10m); the list
    // and every pointer into it stay valid as long as this object.
    const QList<FrontierLine>& lines(Scale scale) const;
    // The line of one border in either order; nullptr when the two do not touch at this scale
    // or the pair was not asked for.
    const FrontierLine* find(const QString& iso3A, const QString& iso3B, Scale scale) const;
    // The lines of a scale projected into a CRS, made on first use and kept; nullptr when the
    // CRS is unknown.
    std::shared_ptr<const ProjectedFrontiers> projected(const QString& crs, Scale scale) const;
    // How long tracing a scale took, in milliseconds; negative until it has been traced.
    double tracingMilliseconds(Scale scale) const;

private:
    struct ScaleLines
    {
        std::once_flag traced;
        QList<FrontierLine> lines;
        std::atomic<double> milliseconds = -1.0;
    };

    std::shared_ptr<const CountryLayer> m_countries;
    QList<core::FrontierPair> m_pairs;
    mutable std::array<ScaleLines, 3> m_scales;
    mutable std::mutex m_mutex;
    mutable QHash<QString, std::shared_ptr<const ProjectedFrontiers>> m_projected;
};

} // namespace flank::geo
