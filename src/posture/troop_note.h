#pragma once

#include "partial_date.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

enum class TroopNoteKind
{
    AlliedPresence,
    Fortification,
    RussianBuildup,
    NationalForces,
    Mining,
};

QString troopNoteKindId(TroopNoteKind kind); // "allied-presence"
std::optional<TroopNoteKind> troopNoteKindFromId(const QString& id);
QString troopNoteKindLabel(TroopNoteKind kind);

// The main garrison of a deployment, with the gazetteer the coordinates come from.
struct TroopLocation
{
    QString place;
    double lon = 0.0; // WGS 84 degrees
    double lat = 0.0;
    QStringList sources;
};

// Forces, fortifications or mining reported in or near a state.
struct TroopNote
{
    QString id;
    QString state; // ISO 3166-1 alpha-3: where
    TroopNoteKind kind = TroopNoteKind::AlliedPresence;
    QString title;
    QString lead; // framework nation
    QString size; // as the source states it: "about 2,200"
    PartialDate since;
    PartialDate date;                      // when reported
    QString dateNote;                      // what is known when the date is partial
    QString place;                         // named garrison or town, when a source gives one
    std::optional<TroopLocation> location; // where a marker goes; none when the place is unknown
    std::optional<int> troops;             // only when a source gives a number
    PartialDate until; // the deployment ended or was cut; invalid while it lasts
    QString text;
    QStringList sources;
    PartialDate checked;

    // The first day the deployment counts: `since`, or the report's date without one.
    QDate startsOn() const;
    // Present from its start until the day before `until`; partial dates count from their
    // first day.
    bool isPresentOn(QDate day) const;
};

} // namespace flank::posture
