#pragma once

#include "dataset.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace flank::posture {

// One line of `flankatlas status`: a state under a treaty on a day.
struct StatusRow
{
    QString iso3;
    QString name;
    QString treaty;
    StatusOnDate status;
};

// Every state of the dataset under each of `treaties` (all when empty), states by ISO code.
QList<StatusRow> statusRows(const Dataset& dataset, QDate date, const QStringList& treaties = {});

// An aligned plain-text table with a heading naming the day.
QString statusRowsText(const QList<StatusRow>& rows, QDate date);
// [{iso3, name, treaty, status, label, since?, uncertain?, effective?}, ...]
QJsonArray statusRowsJson(const QList<StatusRow>& rows);

// "takes effect 2026-01-10", "effective date not yet known", or empty: what to say after a
// status about a pending withdrawal.
QString pendingNote(const StatusOnDate& status);

} // namespace flank::posture
