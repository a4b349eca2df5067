#pragma once

#include "dataset.h"
#include "state_briefing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace flank::posture {

// A fortification programme as `info` and `borders` print it, with its stage on the day shown.
// The text is an indented block: a dated heading line, then details and sources.
QString fortificationText(const Dataset& dataset, const Fortification& programme,
                          FortificationStage stage);
QJsonObject fortificationJson(const Dataset& dataset, const Fortification& programme,
                              FortificationStage stage);

// The programmes of a briefing, and how many are announced only after its day.
QString fortificationsSection(const Dataset& dataset, const StateBriefing& briefing);
QJsonArray fortificationsJson(const Dataset& dataset, const StateBriefing& briefing);

} // namespace flank::posture
