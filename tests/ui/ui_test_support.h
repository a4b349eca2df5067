#pragma once

#include "render/atlas_data.h"
#include "ui/main_window.h"

#include <QPoint>
#include <QPointF>
#include <QString>

#include <memory>

namespace flank::ui::test {

// The bundled data, loaded once per test executable and shared by every window.
const render::AtlasData& bundledData();

// A shown, active main window at a fixed size, with its settings kept out of the user's.
std::unique_ptr<MainWindow> openWindow(render::AtlasData data = bundledData());

// A point well inside a state (away from its borders), in map coordinates.
QPointF interiorMapPoint(MainWindow& window, const QString& iso3);
// The same point in the canvas's widget pixels, for QTest clicks.
QPoint canvasPointOf(MainWindow& window, const QString& iso3);

// Types `path` into the open save dialog named `dialogName` and accepts it; false when no such
// dialog shows or it does not close.
bool saveInFileDialog(MainWindow& window, const QString& dialogName, const QString& path);

// The text of every label in the side panel, in order.
QStringList panelTexts(MainWindow& window, const QString& objectName = {});

} // namespace flank::ui::test
