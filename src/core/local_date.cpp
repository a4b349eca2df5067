#include "local_date.h"

#include "interface_language.h"

#include <QRegularExpression>

namespace flank::core {

QString localDate(QDate date)
{
    const QLocale locale = interfaceLocale();
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The weekday leads in most languages ("dddd, d MMMM yyyy") and trails in some
    // (Lithuanian "yyyy 'm'. MMMM d 'd'., dddd"): its separator goes with it.
    static const QRegularExpression weekday(
        QStringLiteral("^\\s*[dc]{4}[,.]?\\s*|[,.]?\\s*[dc]{4}\\s*$"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

} // namespace flank::core
