#pragma once

#include "dataset.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace flank::posture {

// One treaty's part of a briefing: the status on the day and the steps taken by then.
struct TreatyBriefing
{
    Treaty treaty;
    StatusOnDate status;
    QList<LegalStep> steps; // dated on or before the briefing's day, oldest first
    int laterSteps = 0;     // dated after it, left out
};

// A programme the state runs, as it stood on the briefing's day.
struct FortificationOnDay
{
    Fortification programme;
    FortificationStage stage = FortificationStage::Announced;
};

// Everything a user reads about one state on one day: the one value that the side panel,
// `info`, an export's footer and a story slide all draw from, so they never disagree.
//
// Records dated after the day (steps, quotes, pledges, troop notes, programmes not yet
// announced) are left out of every output and only counted: each view tells the story as it stood
// on that day. A pending withdrawal still says when it takes effect, through the status.
struct StateBriefing
{
    QString iso3;
    QString name;
    QDate date;
    QList<TreatyBriefing> treaties; // the treaty on the map first
    QList<Quote> quotes;
    QList<Pledge> pledges;
    QList<TroopNote> troopNotes;
    QList<BorderFigure> borderFigures;
    QList<FortificationOnDay> fortifications; // the programmes it runs, announced by the day
    int laterQuotes = 0;
    int laterPledges = 0;
    int laterTroopNotes = 0;
    int laterFortifications = 0;
    // The oldest `checked` date of the records shown: everything here was checked on or after
    // it. Falls back to the dataset's `asOf` when no record carries one.
    PartialDate checked;

    bool isEmpty() const { return iso3.isEmpty(); }
    // Every source id the records shown cite, each once, in reading order.
    QStringList sourceIds() const;
};

// Empty when the state is not in the dataset. `treatyOrder` lists treaty ids to put first
// (the treaty on the map); the others follow in the dataset's order.
StateBriefing briefState(const Dataset& dataset, const QString& iso3, QDate date,
                         const QStringList& treatyOrder = {});

} // namespace flank::posture
