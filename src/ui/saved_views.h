#pragma once

#include "core/map_state.h"

#include <QStringList>

#include <optional>

namespace flank::ui {

// Named views the user saved, kept in the application's settings as MapState text.
class SavedViews
{
public:
    QStringList names() const;
    std::optional<core::MapState> view(const QString& name) const;
    void save(const QString& name, const core::MapState& state);
    void remove(const QString& name);
};

} // namespace flank::ui
