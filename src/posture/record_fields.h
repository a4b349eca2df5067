#pragma once

#include "dataset_records.h"

#include <QJsonObject>

namespace flank::posture {

// Each record as the fields of its entry in the posture file, under the file's keys: what two
// editions of the file are compared by, field by field. Nested objects are one field each.
QJsonObject recordFields(const Source& source);
QJsonObject recordFields(const Treaty& treaty);
QJsonObject recordFields(const StateInfo& state);
QJsonObject recordFields(const LegalStep& step);
QJsonObject recordFields(const Quote& quote);
QJsonObject recordFields(const Pledge& pledge);
QJsonObject recordFields(const TroopNote& note);
QJsonObject recordFields(const BorderFigure& figure);
QJsonObject recordFields(const Fortification& programme);
QJsonObject recordFields(const DataNote& note);

} // namespace flank::posture
