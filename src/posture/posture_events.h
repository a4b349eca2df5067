#pragma once

#include "dataset.h"
#include "timeline_event.h"

#include <QList>

namespace flank::posture {

// The dated changes of the border-posture layers, for timeline ticks: each programme's
// announcement, start and completion, and each located deployment's arrival and end, by date.
QList<TimelineEvent> postureEvents(const Dataset& dataset);

} // namespace flank::posture
