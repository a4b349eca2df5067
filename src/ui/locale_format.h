#pragma once

#include "posture/partial_date.h"

#include <QDate>
#include <QString>

namespace flank::ui {

// Dates as the interface language writes them ("1 July 2025", "1 lipca 2025"), without the
// weekday that QLocale's long format adds in most languages.
QString localDate(QDate date);
// A date known to the day, month ("July 2025", "lipiec 2025") or year.
QString localDate(const posture::PartialDate& date);

} // namespace flank::ui
