#include "state_briefing.h"

#include <algorithm>

namespace flank::posture {

namespace {

template <typename Record, typename DateOf>
QList<Record> shownOn(const QList<Record>& records, QDate date, DateOf dateOf, int* later)
{
    QList<Record> shown;
    for (const Record& record : records) {
        if (dateOf(record).first() <= date)
            shown << record;
        else
            ++*later;
    }
    return shown;
}

void takeOlder(PartialDate& oldest, const PartialDate& checked)
{
    if (checked.isValid() && (!oldest.isValid() || checked.first() < oldest.first()))
        oldest = checked;
}

template <typename Record> void takeOldestChecked(PartialDate& oldest, const QList<Record>& records)
{
    for (const Record& record : records)
        takeOlder(oldest, record.checked);
}

QList<Treaty> treatiesInOrder(const Dataset& dataset, const QStringList& first)
{
    QList<Treaty> ordered;
    for (const QString& id : first)
        if (const Treaty* treaty = dataset.findTreaty(id))
            ordered << *treaty;
    for (const Treaty& treaty : dataset.treaties())
        if (!first.contains(treaty.id))
            ordered << treaty;
    return ordered;
}

} // namespace

QStringList StateBriefing::sourceIds() const
{
    QStringList ids;
    for (const TreatyBriefing& treaty : treaties)
        for (const LegalStep& step : treaty.steps)
            ids << step.sources;
    for (const Quote& quote : quotes) {
        ids << quote.sources;
        for (const QuoteVariant& variant : quote.variants)
            ids << variant.sources;
    }
    for (const Pledge& pledge : pledges)
        ids << pledge.sources;
    for (const TroopNote& note : troopNotes)
        ids << note.sources;
    for (const BorderFigure& figure : borderFigures)
        ids << figure.sources;
    for (const FortificationOnDay& fortification : fortifications)
        ids << fortification.programme.sources;
    ids.removeDuplicates();
    return ids;
}

StateBriefing briefState(const Dataset& dataset, const QString& iso3, QDate date,
                         const QStringList& treatyOrder)
{
    const StateInfo* state = dataset.findState(iso3);
    if (!state)
        return {};
    StateBriefing briefing;
    briefing.iso3 = state->iso3;
    briefing.name = state->name;
    briefing.date = date;
    for (const Treaty& treaty : treatiesInOrder(dataset, treatyOrder)) {
        TreatyBriefing part{treaty, dataset.statusOn(iso3, treaty.id, date), {}, 0};
        part.steps = shownOn(
            dataset.stepsFor(iso3, treaty.id), date, [](const LegalStep& s) { return s.date; },
            &part.laterSteps);
        takeOldestChecked(briefing.checked, part.steps);
        briefing.treaties << part;
    }
    briefing.quotes = shownOn(
        dataset.quotesFor(iso3), date, [](const Quote& q) { return q.saidOn; },
        &briefing.laterQuotes);
    briefing.pledges = shownOn(
        dataset.pledgesFor(iso3), date, [](const Pledge& p) { return p.pledgedOn; },
        &briefing.laterPledges);
    briefing.troopNotes = shownOn(
        dataset.troopNotesFor(iso3), date, [](const TroopNote& n) { return n.date; },
        &briefing.laterTroopNotes);
    briefing.borderFigures = dataset.borderFiguresFor(iso3);
    for (const Fortification& programme : shownOn(
             dataset.fortificationsFor(iso3), date,
             [](const Fortification& f) { return f.announced; }, &briefing.laterFortifications)) {
        briefing.fortifications << FortificationOnDay{programme,
                                                      fortificationStageOn(programme, date)};
        takeOlder(briefing.checked, programme.checked);
    }
    takeOldestChecked(briefing.checked, briefing.quotes);
    takeOldestChecked(briefing.checked, briefing.pledges);
    takeOldestChecked(briefing.checked, briefing.troopNotes);
    if (!briefing.checked.isValid())
        briefing.checked = dataset.asOf();
    return briefing;
}

} // namespace flank::posture
