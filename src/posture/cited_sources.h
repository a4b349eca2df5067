#pragma once

#include "dataset.h"
#include "source.h"

#include <QList>
#include <QString>

namespace flank::posture {

// The sources a state's records rest on, each once, in the dataset's order: its treaty steps,
// quotes (and their other wordings), spending figures, troop notes and their places, border
// figures, fortification programmes and its own entry. Records of every date count: a
// bibliography of the state is not a view of one day.
QList<Source> sourcesCitedFor(const Dataset& dataset, const QString& iso3);

} // namespace flank::posture
