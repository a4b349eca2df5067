#pragma once

#include "posture/troop_note.h"

#include <QStringList>

namespace flank::ui {

// A deployment's short facts, in the order a reader wants them: who leads it, how big it is,
// since and until when. The panel's list and the deployment's card both show these.
QStringList troopFacts(const posture::TroopNote& note);

} // namespace flank::ui
