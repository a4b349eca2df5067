#pragma once

#include <QString>
#include <QStringList>

namespace flank::posture {

// A state the dataset has records for. Named StateInfo because "State" reads like UI state.
struct StateInfo
{
    QString iso3; // ISO 3166-1 alpha-3
    QString name;
    QStringList sources;
};

} // namespace flank::posture
