#include "dated_steps.h"

#include "posture_events.h"
#include "status_changes.h"
#include "treaty_names.h"

#include <QCoreApplication>

#include <algorithm>

namespace flank::posture {

namespace {

QString postureWhat(const QString& what)
{
    if (what == QLatin1String("announced"))
        return QCoreApplication::translate("flank::posture::DatedSteps", "announced");
    if (what == QLatin1String("started"))
        return QCoreApplication::translate("flank::posture::DatedSteps", "construction starts");
    if (what == QLatin1String("completed"))
        return QCoreApplication::translate("flank::posture::DatedSteps", "completed");
    if (what == QLatin1String("ends"))
        return QCoreApplication::translate("flank::posture::DatedSteps", "ends");
    return QCoreApplication::translate("flank::posture::DatedSteps", "begins");
}

} // namespace

QString describeEvent(const Dataset& dataset, const TimelineEvent& event)
{
    const StateInfo* state = dataset.findState(event.state);
    const QString where = state ? state->name : event.state;
    switch (event.origin) {
    case TimelineEvent::Origin::LegalStep: {
        const Treaty* treaty = dataset.findTreaty(event.treaty);
        return QCoreApplication::translate("flank::posture::DatedSteps", "%1: %2 (%3)")
            .arg(where, stepKindLabel(event.kind), treatyShortName(treaty, event.treaty));
    }
    case TimelineEvent::Origin::Fortification: {
        const Fortification* programme = dataset.findFortification(event.stepId);
        return QCoreApplication::translate("flank::posture::DatedSteps", "%1: %2 %3")
            .arg(where, programme ? programme->name : event.stepId, postureWhat(event.what));
    }
    case TimelineEvent::Origin::Deployment:
        for (const TroopNote& note : dataset.records().troopNotes)
            if (note.id == event.stepId)
                return QCoreApplication::translate("flank::posture::DatedSteps", "%1: %2 %3")
                    .arg(where, note.title, postureWhat(event.what));
        break;
    }
    return where;
}

QList<DatedStep> datedSteps(const Dataset& dataset, QDate from, QDate to,
                            core::TreatyChoice treaties)
{
    const QStringList shown = chosenTreaties(dataset, treaties);
    QList<TimelineEvent> events;
    for (const TimelineEvent& event : dataset.eventDates())
        if (shown.contains(event.treaty))
            events << event;
    events += postureEvents(dataset);
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    QList<DatedStep> steps;
    for (const TimelineEvent& event : std::as_const(events)) {
        if (event.date < from || event.date > to)
            continue;
        const QString line = describeEvent(dataset, event);
        if (!steps.isEmpty() && steps.last().date == event.date) {
            if (!steps.last().caption.split(QLatin1Char('\n')).contains(line))
                steps.last().caption += QLatin1Char('\n') + line;
        } else {
            steps << DatedStep{event.date, line};
        }
    }
    return steps;
}

} // namespace flank::posture
