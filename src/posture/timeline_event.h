#pragma once

#include "legal_step.h"

#include <QDate>
#include <QString>

namespace flank::posture {

// One tick on the timeline: a legal step of one state under one treaty.
struct TimelineEvent
{
    QDate date; // the first day the step's date stands for
    bool exact = true;
    QString state;
    QString treaty;
    StepKind kind = StepKind::Signed;
    QString stepId;
};

} // namespace flank::posture
