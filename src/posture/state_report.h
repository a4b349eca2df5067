#pragma once

#include "dataset.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace flank::posture {

// Everything the dataset says about one state on one day, each fact with its sources:
// statuses and dated steps per treaty, quotes, pledges, troop notes and border figures.
// Both return an empty value when the state is not in the dataset.
QString stateReportText(const Dataset& dataset, const QString& iso3, QDate date);
QJsonObject stateReportJson(const Dataset& dataset, const QString& iso3, QDate date);

} // namespace flank::posture
