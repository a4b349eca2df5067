#pragma once

#include "render/frontier_briefing.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace flank::cli {

// The text and JSON views of land borders (`borders`, and `info`'s "frontiers"): each border's
// measured lengths, published lengths with their sources, and the programmes along it.
// docs/borders.md describes the JSON.
QString frontierReportText(const posture::Dataset& dataset,
                           const QList<render::FrontierBriefing>& frontiers, QDate day);
QJsonObject frontierJson(const posture::Dataset& dataset, const render::FrontierBriefing& frontier);
QJsonArray frontiersJson(const posture::Dataset& dataset,
                         const QList<render::FrontierBriefing>& frontiers);

// "measured on Natural Earth 1:10m"
QString measuredLabel(geo::Scale scale);

} // namespace flank::cli
