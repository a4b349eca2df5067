#pragma once

#include "partial_date.h"

namespace flank::posture {

// A date known to the day, month or year as the interface language writes it: "1 July 2025"
// (core::localDate), "July 2025" / "lipiec 2025", "2025". Empty for an invalid date.
QString localDate(const PartialDate& date);

} // namespace flank::posture
