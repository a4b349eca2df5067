#pragma once

#include "posture/local_partial_date.h"
#include "posture/pledge.h"

#include <QDate>
#include <QPointF>
#include <QString>

namespace flank::ui {

// Dates as the interface language writes them ("1 July 2025", "1 lipca 2025"), without the
// weekday that QLocale's long format adds in most languages.
QString localDate(QDate date);
// A date known to the day, month ("July 2025", "lipiec 2025") or year: posture's own, so a call
// finds one function whichever of the two namespaces it looks in.
using posture::localDate;
// A pledge in the interface language: "PLN 200 billion in 2026", "EUR 950,000 in 2025",
// "5% of GDP by 2035", with the locale's decimal and group separators.
QString localPledgeFigure(const posture::Pledge& pledge);
// "actual", "estimate", "budget", "plan", "pledge" in the interface language.
QString localPledgeBasis(posture::PledgeBasis basis);
// A point as latitude and longitude with hemispheres, in the locale's decimals:
// "52.230° N, 21.010° E", "52,230° N, 21,010° E".
QString localCoordinates(QPointF lonLat);

} // namespace flank::ui
