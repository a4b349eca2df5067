#include "locale_format.h"

#include "core/local_date.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace flank::ui {

QString localDate(QDate date)
{
    return core::localDate(date);
}

QString localPledgeBasis(posture::PledgeBasis basis)
{
    switch (basis) {
    case posture::PledgeBasis::Actual:
        return QCoreApplication::translate("flank::ui::Panel", "actual");
    case posture::PledgeBasis::Estimate:
        return QCoreApplication::translate("flank::ui::Panel", "estimate");
    case posture::PledgeBasis::Budget:
        return QCoreApplication::translate("flank::ui::Panel", "budget");
    case posture::PledgeBasis::Plan:
        return QCoreApplication::translate("flank::ui::Panel", "plan");
    case posture::PledgeBasis::Pledge:
        break;
    }
    return QCoreApplication::translate("flank::ui::Panel", "pledge");
}

QString localPledgeFigure(const posture::Pledge& pledge)
{
    const QLocale locale;
    const auto number = [&locale](double value) {
        return locale.toString(value, 'f', QLocale::FloatingPointShortest);
    };
    const QString year = QString::number(pledge.targetYear);
    if (pledge.unit == posture::PledgeUnit::PercentGdp) {
        if (pledge.basis == posture::PledgeBasis::Pledge)
            return QCoreApplication::translate("flank::ui::Panel", "%1% of GDP by %2")
                .arg(number(pledge.value), year);
        return QCoreApplication::translate("flank::ui::Panel", "%1% of GDP in %2 (%3)")
            .arg(number(pledge.value), year, localPledgeBasis(pledge.basis));
    }
    // Long figures read better in words; the C locale groups no digits at all.
    const double value = pledge.value;
    if (value >= 1e9)
        return QCoreApplication::translate("flank::ui::Panel", "%1 %2 billion in %3")
            .arg(pledge.currency, number(value / 1e9), year);
    if (value >= 1e6)
        return QCoreApplication::translate("flank::ui::Panel", "%1 %2 million in %3")
            .arg(pledge.currency, number(value / 1e6), year);
    return QCoreApplication::translate("flank::ui::Panel", "%1 %2 in %3")
        .arg(pledge.currency, number(value), year);
}

QString localCoordinates(QPointF lonLat)
{
    const QLocale locale;
    const auto degrees = [&locale](double value) {
        return locale.toString(std::abs(value), 'f', 3);
    };
    const QString north = QCoreApplication::translate("flank::ui::Coordinates", "N");
    const QString south = QCoreApplication::translate("flank::ui::Coordinates", "S");
    const QString east = QCoreApplication::translate("flank::ui::Coordinates", "E");
    const QString west = QCoreApplication::translate("flank::ui::Coordinates", "W");
    return QCoreApplication::translate("flank::ui::Coordinates", "%1° %2, %3° %4")
        .arg(degrees(lonLat.y()), lonLat.y() < 0 ? south : north, degrees(lonLat.x()),
             lonLat.x() < 0 ? west : east);
}

} // namespace flank::ui
