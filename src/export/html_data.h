#pragma once

#include "posture/dataset.h"
#include "render/map_frame.h"

#include <QByteArray>
#include <QColor>
#include <QJsonObject>

namespace flank::exporting {

// The fill the HTML map's picture gives every state of the dataset, so the page's script can
// find the shapes it recolors by the status on the slider's day.
QColor htmlStatusPlaceholder();

// Everything the interactive HTML map shows besides the picture: each status's colors and
// pattern from the map's style, every state's status under every treaty on every date the
// timeline stops at, the events for its ticks, each state's briefing (the same JSON as `info`,
// with its sources kept once in a table) and the footer's credits.
QJsonObject htmlMapData(const posture::Dataset& dataset, const render::MapFrame& frame);

// JSON text that cannot end the <script> element holding it: every '<' is written \u003c.
QByteArray scriptSafeJson(const QJsonObject& data);

} // namespace flank::exporting
