#pragma once

#include "dataset_diff.h"

#include <QJsonObject>
#include <QString>

namespace flank::posture {

// `flankatlas diff-data` in its two formats; `older` and `newer` name the two files.

// The records added, removed and changed (with the fields that differ), then the statuses that
// differ on the day.
QString datasetDiffText(const DatasetDiff& diff, const QString& older, const QString& newer);
// {old, new, date, records: [{section, id, change, fields?}], statuses: [{iso3, name, treaty,
// from, to}]}, statuses by their ids as in `status`.
QJsonObject datasetDiffJson(const DatasetDiff& diff, const QString& older, const QString& newer);

} // namespace flank::posture
