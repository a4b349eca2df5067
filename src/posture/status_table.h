#pragma once

#include "dataset.h"
#include "state_briefing.h"

#include "core/treaty_choice.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

// A change in a state's status already fixed by a step taken by the day: the date a notified
// withdrawal takes effect.
struct ScheduledChange
{
    QString treaty; // id
    StepKind kind = StepKind::WithdrawalEffective;
    PartialDate date;
};

// One row of the status table: one state on one day, drawn from its StateBriefing so that the
// table, `status`, the panel and `info` agree.
struct StatusTableRow
{
    QString iso3;
    QString name;
    // One per treaty of the table, in its order; the step that gave a status (its `lastStep`)
    // dates it.
    QList<StatusOnDate> statuses;
    // The earliest among the table's treaties; none when no date is set yet.
    std::optional<ScheduledChange> nextChange;
    // The latest spending figure known on the day (percent of GDP): the spending series'
    // figure for the day's year, else for the latest year before it.
    std::optional<Pledge> spending;
    int quotes = 0;     // shown on the day
    int troopNotes = 0; // shown on the day
};

// Every state of the dataset on one day, by ISO code, with the treaties a choice stands for
// (every treaty with Both), the one on the map first.
struct StatusTable
{
    QDate date;
    core::TreatyChoice choice = core::TreatyChoice::Both;
    QList<Treaty> treaties; // the table's treaty columns, in order
    QList<StatusTableRow> rows;
};

StatusTable statusTable(const Dataset& dataset, QDate date, core::TreatyChoice choice);
// The row for a briefing, with the statuses of `treatyIds` in that order (each must be among
// the briefing's treaties).
StatusTableRow statusTableRow(const StateBriefing& briefing, const QStringList& treatyIds);

// A treaty's name short enough for a column heading: the first word of a two-word short name
// (Ottawa Convention: "Ottawa"), else the initials of its capitalised words (Convention on
// Cluster Munitions: "CCM"); a one-word name as it is.
QString treatyColumnName(const Treaty& treaty);

} // namespace flank::posture
