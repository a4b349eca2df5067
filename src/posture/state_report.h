#pragma once

#include "dataset.h"
#include "state_briefing.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace flank::posture {

// The text and JSON views of a state's briefing (what `flankatlas info` prints), each fact with
// its sources. Both return an empty value for an empty briefing.
QString stateReportText(const Dataset& dataset, const StateBriefing& briefing);
QJsonObject stateReportJson(const Dataset& dataset, const StateBriefing& briefing);
// The same for briefState(dataset, iso3, date).
QString stateReportText(const Dataset& dataset, const QString& iso3, QDate date);
QJsonObject stateReportJson(const Dataset& dataset, const QString& iso3, QDate date);

} // namespace flank::posture
