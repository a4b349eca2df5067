#pragma once

#include "core/map_state.h"

#include <QFont>
#include <QPalette>

class QWidget;

namespace flank::ui {

// The widgets' side of a theme: a palette matching the map's colors, and larger type for the
// projector, so docks, panel and dialogs read from the back of a room too.
QPalette paletteFor(core::Theme theme);
QFont fontFor(core::Theme theme, const QFont& base);
void applyWidgetTheme(QWidget* window, core::Theme theme, const QFont& baseFont);

} // namespace flank::ui
