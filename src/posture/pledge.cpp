#include "pledge.h"

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

QString pledgeFigure(const Pledge& pledge)
{
    const QString value = QString::number(pledge.value, 'g', 12);
    if (pledge.unit == PledgeUnit::PercentGdp)
        return QStringLiteral("%1 % of GDP by %2").arg(value).arg(pledge.targetYear);
    return QStringLiteral("%1 %2 in %3").arg(pledge.currency, value).arg(pledge.targetYear);
}

} // namespace flank::posture
