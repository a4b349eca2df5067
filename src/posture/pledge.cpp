#include "pledge.h"

#include <QMap>

namespace flank::posture {

QString pledgeUnitId(PledgeUnit unit)
{
    return unit == PledgeUnit::PercentGdp ? QStringLiteral("percent-gdp")
                                          : QStringLiteral("currency");
}

std::optional<PledgeUnit> pledgeUnitFromId(const QString& id)
{
    if (id == QLatin1String("percent-gdp"))
        return PledgeUnit::PercentGdp;
    if (id == QLatin1String("currency"))
        return PledgeUnit::Currency;
    return std::nullopt;
}

QList<PledgeBasis> allPledgeBasisKinds()
{
    return {PledgeBasis::Pledge, PledgeBasis::Actual, PledgeBasis::Estimate, PledgeBasis::Budget,
            PledgeBasis::Plan};
}

QString pledgeBasisId(PledgeBasis basis)
{
    switch (basis) {
    case PledgeBasis::Actual:
        return QStringLiteral("actual");
    case PledgeBasis::Estimate:
        return QStringLiteral("estimate");
    case PledgeBasis::Budget:
        return QStringLiteral("budget");
    case PledgeBasis::Plan:
        return QStringLiteral("plan");
    case PledgeBasis::Pledge:
        break;
    }
    return QStringLiteral("pledge");
}

std::optional<PledgeBasis> pledgeBasisFromId(const QString& id)
{
    for (const PledgeBasis basis : allPledgeBasisKinds())
        if (pledgeBasisId(basis) == id)
            return basis;
    return std::nullopt;
}

QString pledgeBasisLabel(PledgeBasis basis)
{
    return pledgeBasisId(basis);
}

QString pledgeFigure(const Pledge& pledge)
{
    const QString value = QString::number(pledge.value, 'g', 12);
    const bool series = pledge.basis != PledgeBasis::Pledge;
    if (pledge.unit == PledgeUnit::PercentGdp)
        return series ? QStringLiteral("%1 % of GDP in %2 (%3)")
                            .arg(value)
                            .arg(pledge.targetYear)
                            .arg(pledgeBasisLabel(pledge.basis))
                      : QStringLiteral("%1 % of GDP by %2").arg(value).arg(pledge.targetYear);
    return series
               ? QStringLiteral("%1 %2 in %3 (%4)")
                     .arg(pledge.currency, value)
                     .arg(pledge.targetYear)
                     .arg(pledgeBasisLabel(pledge.basis))
               : QStringLiteral("%1 %2 in %3").arg(pledge.currency, value).arg(pledge.targetYear);
}

QString pledgeAmountText(const Pledge& pledge)
{
    return pledge.amount ? amountText(*pledge.amount) : QString();
}

QString amountText(const PledgeAmount& amount)
{
    QString text =
        QStringLiteral("%1 %2").arg(amount.currency, QString::number(amount.value, 'g', 12));
    if (!amount.scale.isEmpty())
        text += QLatin1Char(' ') + amount.scale;
    return text;
}

QList<Pledge> spendingSeries(const QList<Pledge>& pledges)
{
    QMap<int, Pledge> series;
    for (const Pledge& pledge : pledges) {
        if (pledge.unit != PledgeUnit::PercentGdp || pledge.basis == PledgeBasis::Pledge)
            continue;
        const auto known = series.constFind(pledge.targetYear);
        if (known == series.constEnd() || known->pledgedOn.first() <= pledge.pledgedOn.first())
            series.insert(pledge.targetYear, pledge);
    }
    return series.values();
}

} // namespace flank::posture
