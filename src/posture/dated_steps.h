#pragma once

#include "dataset.h"

#include "core/treaty_choice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace flank::posture {

// A day on which the map changes, and what happened on it, one line per event: the stops and
// captions of an animated timeline.
struct DatedStep
{
    QDate date;
    QString caption; // "Finland: Withdrawal takes effect (Ottawa)\nPoland: East Shield completed"
};

// The days from `from` to `to` (both included) with a legal step under the chosen treaties or
// a change on the border-posture layers, oldest first, one entry per day.
QList<DatedStep> datedSteps(const Dataset& dataset, QDate from, QDate to,
                            core::TreatyChoice treaties);

// One event as a line of a caption, without its date.
QString describeEvent(const Dataset& dataset, const TimelineEvent& event);

} // namespace flank::posture
