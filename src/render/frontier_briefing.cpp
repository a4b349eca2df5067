#include "frontier_briefing.h"

#include "core/country_names.h"

namespace flank::render {

namespace {

QString nameOf(const posture::Dataset& dataset, const QString& iso3)
{
    const posture::StateInfo* state = dataset.findState(iso3);
    return state ? core::localCountryName(iso3, state->name) : iso3;
}

} // namespace

QList<FrontierBriefing> briefFrontiers(const posture::Dataset& dataset,
                                       const geo::FrontierLines& frontiers, QDate day,
                                       const QString& iso3)
{
    QList<FrontierBriefing> briefings;
    for (const core::FrontierPair& pair : frontiers.pairs()) {
        if (!iso3.isEmpty() && !pair.involves(iso3))
            continue;
        FrontierBriefing briefing{
            pair, nameOf(dataset, pair.state), nameOf(dataset, pair.neighbour), {}, {}, {}, 0};
        bool touches = false;
        for (const geo::Scale scale : geo::kAllScales)
            if (const geo::FrontierLine* line = frontiers.find(pair.state, pair.neighbour, scale)) {
                briefing.measuredKm[size_t(scale)] = line->km;
                touches = true;
            }
        if (!touches)
            continue;
        briefing.published = dataset.borderFiguresOn(pair.state, pair.neighbour);
        for (const posture::Fortification& programme :
             dataset.fortificationsOn(pair.state, pair.neighbour)) {
            const posture::FortificationStage stage = posture::fortificationStageOn(programme, day);
            if (stage == posture::FortificationStage::NotAnnounced)
                ++briefing.laterProgrammes;
            else
                briefing.programmes << posture::FortificationOnDay{programme, stage};
        }
        briefings << briefing;
    }
    return briefings;
}

} // namespace flank::render
