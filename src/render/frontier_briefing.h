#pragma once

#include "geo/frontier_lines.h"
#include "posture/dataset.h"
#include "posture/state_briefing.h"

#include "core/frontier_pair.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace flank::render {

// Everything a user reads about one land border on one day: its length measured on each
// Natural Earth scale beside the lengths sources publish, and the programmes along it. The one
// value `borders`, `info` and any later view (tooltip, panel, legend) draw from.
struct FrontierBriefing
{
    core::FrontierPair pair;
    QString stateName;
    QString neighbourName;
    // Kilometres on the WGS 84 ellipsoid, by geo::Scale; empty where the two outlines do not
    // touch at that scale.
    std::array<std::optional<double>, 3> measuredKm;
    QList<posture::BorderFigure> published;        // either order of state and neighbour
    QList<posture::FortificationOnDay> programmes; // announced by the day, with their stage
    int laterProgrammes = 0;                       // announced after it, left out

    std::optional<double> measuredAt(geo::Scale scale) const { return measuredKm[size_t(scale)]; }
};

// The borders `frontiers` traces at any scale, in its order; only those of `iso3` (either
// side) when it is given. Traces the scales not traced yet.
QList<FrontierBriefing> briefFrontiers(const posture::Dataset& dataset,
                                       const geo::FrontierLines& frontiers, QDate day,
                                       const QString& iso3 = {});

} // namespace flank::render
