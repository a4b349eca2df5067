#include "frontier_pairs.h"

namespace flank::posture {

QList<core::FrontierPair> frontierCandidates(const Dataset& dataset)
{
    const QString russia = QStringLiteral("RUS");
    const QString belarus = QStringLiteral("BLR");
    QList<core::FrontierPair> pairs;
    for (const StateInfo& state : dataset.states()) {
        if (state.iso3 == russia || state.iso3 == belarus)
            continue;
        pairs << core::FrontierPair{state.iso3, russia} << core::FrontierPair{state.iso3, belarus};
    }
    pairs << core::FrontierPair{belarus, russia};
    return pairs;
}

} // namespace flank::posture
