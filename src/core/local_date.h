#pragma once

#include <QDate>
#include <QString>

namespace flank::core {

// A day as the interface language writes it in running text ("1 July 2025", "1 lipca 2025",
// "1 липня 2025 р."), without the weekday that QLocale's long format adds in most languages.
QString localDate(QDate date);

} // namespace flank::core
