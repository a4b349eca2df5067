#pragma once

#include <QString>

namespace flank::core {

// A land border between two countries, by ISO 3166-1 alpha-3: the state a view is about and
// its neighbour (RUS or BLR on the flank). The dataset lists the pairs; geo traces their lines.
struct FrontierPair
{
    QString state;
    QString neighbour;

    // The same border in either order.
    bool joins(const QString& a, const QString& b) const
    {
        return (state == a && neighbour == b) || (state == b && neighbour == a);
    }
    bool involves(const QString& iso3) const { return state == iso3 || neighbour == iso3; }
    // "FIN-RUS"
    QString id() const { return state + QLatin1Char('-') + neighbour; }

    friend bool operator==(const FrontierPair&, const FrontierPair&) = default;
};

} // namespace flank::core
