#pragma once

#include <QString>
#include <QStringList>

namespace flank::posture {

// A border length as a source publishes it, shown next to the length computed from the map.
struct BorderFigure
{
    QString id;
    QString state;     // ISO 3166-1 alpha-3
    QString neighbour; // ISO 3166-1 alpha-3
    double km = 0.0;
    QStringList sources;
    QString note;
};

} // namespace flank::posture
