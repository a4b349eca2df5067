#pragma once

#include "partial_date.h"

#include <QList>
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

// What kind of figure a spending record is: the series a panel shows runs actual, estimate,
// budget or plan; a pledge is a commitment for a later year.
enum class PledgeBasis
{
    Pledge,
    Actual,
    Estimate,
    Budget,
    Plan,
};

QString pledgeBasisId(PledgeBasis basis); // "estimate"
std::optional<PledgeBasis> pledgeBasisFromId(const QString& id);
QString pledgeBasisLabel(PledgeBasis basis); // "estimate"
QList<PledgeBasis> allPledgeBasisKinds();

// The same figure in currency, as published: 186.6 billion PLN.
struct PledgeAmount
{
    double value = 0.0;
    QString currency; // ISO 4217
    QString scale;    // "", "thousand", "million" or "billion"
};

// A defence-spending figure: a pledge, or a year of the spending series.
struct Pledge
{
    QString id;
    QString state; // ISO 3166-1 alpha-3, or "NATO" for the alliance-wide commitment
    double value = 0.0;
    PledgeUnit unit = PledgeUnit::PercentGdp;
    QString currency; // ISO 4217, with PledgeUnit::Currency
    PledgeBasis basis = PledgeBasis::Pledge;
    std::optional<PledgeAmount> amount;
    QString scope;
    int targetYear = 0;
    PartialDate pledgedOn;
    QString dateNote; // what is known when the date is partial
    QStringList sources;
    QString note;
    PartialDate checked;
};

// "5 % of GDP by 2035", "EUR 1000000000 in 2026"; a series year reads "4.48 % of GDP in 2026
// (budget)".
QString pledgeFigure(const Pledge& pledge);
// "PLN 186.6 billion"; empty without an amount.
QString pledgeAmountText(const Pledge& pledge);
QString amountText(const PledgeAmount& amount);

// The spending series among `pledges`: percent-of-GDP figures that are not pledges, one a year
// (the one published last for that year: a NATO estimate gives way to the adopted budget), by
// year. The panel's chart draws it and the status table picks its figure from it.
QList<Pledge> spendingSeries(const QList<Pledge>& pledges);

} // namespace flank::posture
