#pragma once

#include "legal_step.h"

#include <QDate>
#include <QString>

namespace flank::posture {

// One tick on the timeline: a legal step of one state under one treaty, or a change on the
// border-posture layers (a programme announced, started or completed; a deployment arriving
// or ending).
struct TimelineEvent
{
    enum class Origin
    {
        LegalStep,
        Fortification,
        Deployment,
    };

    QDate date; // the first day the step's date stands for
    bool exact = true;
    QString state;
    QString treaty;
    StepKind kind = StepKind::Signed;
    QString stepId; // the record's id: a step, a programme or a troop note
    Origin origin = Origin::LegalStep;
    QString what; // for posture events: "announced", "started", "completed", "arrives", "ends"
};

} // namespace flank::posture
