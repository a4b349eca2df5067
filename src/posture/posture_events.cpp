#include "posture_events.h"

#include <algorithm>

namespace flank::posture {

QList<TimelineEvent> postureEvents(const Dataset& dataset)
{
    QList<TimelineEvent> events;
    const auto add = [&](const PartialDate& date, const QString& state, const QString& id,
                         TimelineEvent::Origin origin, const char* what) {
        if (!date.isValid())
            return;
        TimelineEvent event;
        event.date = date.first();
        event.exact = date.isExact();
        event.state = state;
        event.stepId = id;
        event.origin = origin;
        event.what = QLatin1String(what);
        events << event;
    };
    for (const Fortification& programme : dataset.fortifications()) {
        const QString state = programme.states.value(0);
        add(programme.announced, state, programme.id, TimelineEvent::Origin::Fortification,
            "announced");
        add(programme.started, state, programme.id, TimelineEvent::Origin::Fortification,
            "started");
        add(programme.completed, state, programme.id, TimelineEvent::Origin::Fortification,
            "completed");
    }
    for (const TroopNote& note : dataset.records().troopNotes) {
        if (!note.location)
            continue; // only what the map shows moves the map
        add(note.since.isValid() ? note.since : note.date, note.state, note.id,
            TimelineEvent::Origin::Deployment, "arrives");
        add(note.until, note.state, note.id, TimelineEvent::Origin::Deployment, "ends");
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    return events;
}

} // namespace flank::posture
