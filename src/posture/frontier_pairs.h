#pragma once

#include "dataset.h"

#include "core/frontier_pair.h"

#include <QList>

namespace flank::posture {

// The land borders the atlas follows: every state of the dataset with Russia (Kaliningrad
// included) and with Belarus, then Belarus with Russia, in the dataset's order of states.
// Whether two of them touch is the geometry's to say: geo leaves out the pairs that do not.
QList<core::FrontierPair> frontierCandidates(const Dataset& dataset);

} // namespace flank::posture
