#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace flank::posture {

// A date known to the year, the month or the day ("2025", "2025-07", "2025-07-17"). Sources
// often give only a month; inventing a day would make a status look more certain than it is.
class PartialDate
{
public:
    PartialDate() = default; // invalid
    static PartialDate fromDate(QDate date);
    // Strict: exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real calendar day; no spaces.
    static std::optional<PartialDate> fromString(QStringView text);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    std::optional<int> month() const;
    std::optional<int> day() const;
    // True when the day is known.
    bool isExact() const { return m_day != 0; }

    // The first and last day the date may stand for: 2025-07 is 1 to 31 July 2025.
    QDate first() const;
    QDate last() const;

    QString toString() const;

    // Chronological by first day; at the same first day the coarser date sorts first.
    friend auto operator<=>(const PartialDate&, const PartialDate&) = default;

private:
    PartialDate(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}

    int m_year = 0;
    int m_month = 0; // 0 when unknown
    int m_day = 0;   // 0 when unknown
};

} // namespace flank::posture
