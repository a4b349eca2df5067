#include "status_changes.h"

#include <algorithm>

namespace flank::posture {

QStringList chosenTreaties(const Dataset& dataset, core::TreatyChoice treaties)
{
    if (treaties != core::TreatyChoice::Both)
        return {core::fillTreatyId(treaties)};
    QStringList ids;
    for (const Treaty& treaty : dataset.treaties())
        ids << treaty.id;
    return ids;
}

QList<StatusChange> statusChanges(const Dataset& dataset, QDate from, QDate to,
                                  core::TreatyChoice treaties)
{
    const QDate earlier = std::min(from, to);
    const QDate later = std::max(from, to);
    const QStringList treatyIds = chosenTreaties(dataset, treaties);
    QList<StatusChange> changes;
    for (const StateInfo& state : dataset.states()) {
        for (const QString& treaty : treatyIds) {
            const Status before = dataset.statusOn(state.iso3, treaty, from).status;
            const Status after = dataset.statusOn(state.iso3, treaty, to).status;
            if (before == after)
                continue;
            StatusChange change{state.iso3, state.name, treaty, before, after, {}};
            for (const LegalStep& step : dataset.stepsFor(state.iso3, treaty))
                if (step.date.first() > earlier && step.date.first() <= later)
                    change.steps << step;
            changes << change;
        }
    }
    return changes;
}

} // namespace flank::posture
