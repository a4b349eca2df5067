#include "partial_date.h"

namespace flank::posture {

namespace {

// Reads exactly `count` ASCII digits starting at `from`; -1 when any is not a digit.
int readDigits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

PartialDate PartialDate::fromDate(QDate date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {};
    return PartialDate(date.year(), date.month(), date.day());
}

std::optional<PartialDate> PartialDate::fromString(QStringView text)
{
    const qsizetype length = text.size();
    if (length != 4 && length != 7 && length != 10)
        return std::nullopt;
    const int year = readDigits(text, 0, 4);
    if (year < 1)
        return std::nullopt;
    if (length == 4)
        return PartialDate(year, 0, 0);

    if (text.at(4) != u'-')
        return std::nullopt;
    const int month = readDigits(text, 5, 2);
    if (month < 1 || month > 12)
        return std::nullopt;
    if (length == 7)
        return PartialDate(year, month, 0);

    if (text.at(7) != u'-')
        return std::nullopt;
    const int day = readDigits(text, 8, 2);
    if (day < 1 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return PartialDate(year, month, day);
}

std::optional<int> PartialDate::month() const
{
    return m_month != 0 ? std::optional<int>(m_month) : std::nullopt;
}

std::optional<int> PartialDate::day() const
{
    return m_day != 0 ? std::optional<int>(m_day) : std::nullopt;
}

QDate PartialDate::first() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month != 0 ? m_month : 1, m_day != 0 ? m_day : 1);
}

QDate PartialDate::last() const
{
    if (!isValid())
        return {};
    if (m_month == 0)
        return QDate(m_year, 12, 31);
    if (m_day == 0)
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    return first();
}

QString PartialDate::toString() const
{
    if (!isValid())
        return {};
    QString text = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_month != 0)
        text += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_day != 0)
        text += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace flank::posture
