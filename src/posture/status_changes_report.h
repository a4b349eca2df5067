#pragma once

#include "status_changes.h"

#include <QJsonObject>
#include <QString>

namespace flank::posture {

// `flankatlas changes` in its three formats. Statuses are written by their ids ("withdrawn")
// as in `status`, steps by their kind and label, each with its sources.

// A heading naming the two days, then each change with its steps and their sources.
QString statusChangesText(const Dataset& dataset, const QList<StatusChange>& changes, QDate from,
                          QDate to);
// {from, to, treaty, changes: [{iso3, name, treaty, from, to, steps: [{id, date, kind, label,
// sources}]}]}
QJsonObject statusChangesJson(const Dataset& dataset, const QList<StatusChange>& changes,
                              QDate from, QDate to, core::TreatyChoice treaties);
// A header, then one record per step (a change without steps has one with its step fields
// empty).
QString statusChangesCsv(const Dataset& dataset, const QList<StatusChange>& changes);

} // namespace flank::posture
