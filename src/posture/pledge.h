#pragma once

#include "partial_date.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

enum class PledgeUnit
{
    PercentGdp,
    Currency,
};

QString pledgeUnitId(PledgeUnit unit); // "percent-gdp"
std::optional<PledgeUnit> pledgeUnitFromId(const QString& id);

// A defence-spending commitment.
struct Pledge
{
    QString id;
    QString state; // ISO 3166-1 alpha-3, or "NATO" for the alliance-wide commitment
    double value = 0.0;
    PledgeUnit unit = PledgeUnit::PercentGdp;
    QString currency; // ISO 4217, with PledgeUnit::Currency
    QString scope;
    int targetYear = 0;
    PartialDate pledgedOn;
    QString dateNote; // what is known when the date is partial
    QStringList sources;
    QString note;
};

// "5 % of GDP by 2035", "EUR 1000000000 in 2026".
QString pledgeFigure(const Pledge& pledge);

} // namespace flank::posture
