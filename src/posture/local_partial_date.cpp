#include "local_partial_date.h"

#include "core/interface_language.h"
#include "core/local_date.h"

namespace flank::posture {

QString localDate(const PartialDate& date)
{
    if (!date.isValid())
        return {};
    if (date.isExact())
        return core::localDate(date.first());
    const QString year = QString::number(date.year());
    if (const auto month = date.month())
        return QStringLiteral("%1 %2").arg(core::interfaceLocale().standaloneMonthName(*month),
                                           year);
    return year;
}

} // namespace flank::posture
