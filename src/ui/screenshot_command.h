#pragma once

#include <QStringList>

namespace flank::ui {

// `flankatlas --screenshot FILE.png [--date D] [--treaty T] [--select ISO3] [--theme T]
// [--size WxH]`: shows the real window in that state, grabs it and exits.
int runScreenshot(const QStringList& arguments);

// Starts the interactive viewer.
int runViewer(const QStringList& arguments);

} // namespace flank::ui
