#include "status_table.h"

#include "status_changes.h"
#include "treaty_names.h"

#include <algorithm>

namespace flank::posture {

namespace {

// The series' figure for the day's year, else for the latest year before it: a plan years ahead
// is not what a state spends. Only a series of plans gives its first year.
std::optional<Pledge> spendingFigureOn(const QList<Pledge>& series, QDate day)
{
    if (series.isEmpty())
        return std::nullopt;
    std::optional<Pledge> figure;
    for (const Pledge& year : series) // by year
        if (year.targetYear <= day.year())
            figure = year;
    return figure ? figure : series.constFirst();
}

} // namespace

StatusTableRow statusTableRow(const StateBriefing& briefing, const QStringList& treatyIds)
{
    StatusTableRow row;
    row.iso3 = briefing.iso3;
    row.name = briefing.name;
    for (const QString& id : treatyIds) {
        const auto part = std::find_if(briefing.treaties.begin(), briefing.treaties.end(),
                                       [&](const TreatyBriefing& t) { return t.treaty.id == id; });
        const StatusOnDate status = part == briefing.treaties.end() ? StatusOnDate{} : part->status;
        row.statuses << status;
        // The same date the panel gives a pending withdrawal ("takes effect ...").
        if (status.status == Status::WithdrawalNotified && status.effective &&
            (!row.nextChange || status.effective->first() < row.nextChange->date.first()))
            row.nextChange = ScheduledChange{id, StepKind::WithdrawalEffective, *status.effective};
    }
    row.spending = spendingFigureOn(spendingSeries(briefing.pledges), briefing.date);
    row.quotes = int(briefing.quotes.size());
    row.troopNotes = int(briefing.troopNotes.size());
    return row;
}

StatusTable statusTable(const Dataset& dataset, QDate date, core::TreatyChoice choice)
{
    StatusTable table{date, choice, {}, {}};
    const QStringList chosen = chosenTreaties(dataset, choice);
    // The briefing's order: the treaties on the map first, then the dataset's.
    const QStringList order = core::treatyIds(choice);
    QStringList ids;
    for (const QString& id : order + chosen)
        if (chosen.contains(id) && !ids.contains(id))
            if (const Treaty* treaty = dataset.findTreaty(id)) {
                ids << id;
                table.treaties << *treaty;
            }
    QList<StateInfo> states = dataset.states();
    std::sort(states.begin(), states.end(),
              [](const StateInfo& a, const StateInfo& b) { return a.iso3 < b.iso3; });
    for (const StateInfo& state : std::as_const(states))
        table.rows << statusTableRow(briefState(dataset, state.iso3, date, order), ids);
    return table;
}

QString treatyColumnName(const Treaty& treaty)
{
    const QString name = treatyShortName(treaty);
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return name;
    if (words.size() == 2)
        return words.constFirst();
    QString initials;
    for (const QString& word : words)
        if (word.front().isUpper())
            initials += word.front();
    return initials;
}

} // namespace flank::posture
