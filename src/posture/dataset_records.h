#pragma once

#include "border_figure.h"
#include "data_note.h"
#include "fortification.h"
#include "legal_step.h"
#include "partial_date.h"
#include "pledge.h"
#include "quote.h"
#include "source.h"
#include "state_info.h"
#include "treaty.h"
#include "troop_note.h"

#include <QList>

namespace flank::posture {

// The records of one posture file, as read; a Dataset indexes them.
struct DatasetRecords
{
    QString format; // "flank-posture" in every file this build reads without error
    int formatVersion = 1;
    PartialDate asOf;
    QList<Source> sources;
    QList<Treaty> treaties;
    QList<StateInfo> states;
    QList<LegalStep> steps;
    QList<Quote> quotes;
    QList<Pledge> pledges;
    QList<TroopNote> troopNotes;
    QList<BorderFigure> borderFigures;
    QList<Fortification> fortifications;
    QList<DataNote> notes;
};

} // namespace flank::posture
