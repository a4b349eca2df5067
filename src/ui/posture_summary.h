#pragma once

#include "render/posture_scene.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::ui {

class MapSession;

// The few lines a tooltip or the status bar gives for a programme band, a deployment marker
// or a frontier line: name, length or size, and where it stands on the day.
QString postureItemSummary(const render::PostureItem& item, const MapSession& session, QDate day);
// Those lines without the pointer hint, for a screen reader; empty for an unknown item.
QStringList postureItemFacts(const render::PostureItem& item, const MapSession& session, QDate day);

// The state whose briefing goes with an item: the programme's first state, the deployment's
// host, the frontier's focus state.
QString postureItemState(const render::PostureItem& item, const MapSession& session);

// A frontier's length measured on the 1:10m outlines, once they have been traced (the window
// starts tracing them in the background); none before.
std::optional<double> measuredFrontierKm(const MapSession& session, const QString& pairId);

} // namespace flank::ui
