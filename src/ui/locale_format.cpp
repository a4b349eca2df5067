#include "locale_format.h"

#include <QLocale>
#include <QRegularExpression>

namespace flank::ui {

QString localDate(QDate date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString localDate(const posture::PartialDate& date)
{
    if (!date.isValid())
        return {};
    if (date.isExact())
        return localDate(date.first());
    const QString year = QString::number(date.year());
    if (const auto month = date.month())
        return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(*month), year);
    return year;
}

} // namespace flank::ui
