#pragma once

#include "partial_date.h"

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
    PartialDate date; // when reported
    QString dateNote; // what is known when the date is partial
    QString place;    // named garrison or town, when a source gives one
    QString text;
    QStringList sources;
    PartialDate checked;
};

} // namespace flank::posture
