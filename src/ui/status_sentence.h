#pragma once

#include "core/map_state.h"

#include <QCoreApplication>
#include <QString>

namespace flank::ui {

class MapSession;

// A state's standing as one spoken sentence, for screen readers: "Poland, withdrawn from the
// Ottawa Convention since 20 February 2026". Built from the same statusOn() answer the panel
// and the tooltip show; one clause per treaty the view shows.
class StatusSentence
{
    Q_DECLARE_TR_FUNCTIONS(flank::ui::StatusSentence)

public:
    static QString of(const MapSession& session, const core::MapState& view, const QString& iso3);
};

} // namespace flank::ui
