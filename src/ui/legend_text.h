#pragma once

#include "render/legend_layout.h"

#include <QString>

namespace flank::ui {

// The plain explanation of one legend line, for its tooltip and the glossary.
QString legendExplanation(const render::LegendItem& item);

// The glossary anchor a legend line opens: "status-party", "occupied", "ottawa", ...
QString glossaryAnchorFor(const render::LegendItem& item);

} // namespace flank::ui
