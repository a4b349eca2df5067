#pragma once

#include "map_session.h"

#include <QMainWindow>

namespace flank::ui {

class MapCanvas;

// Builds the widgets and wires actions to the session; owns no rules and does no I/O itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(render::AtlasData data, QWidget* parent = nullptr);

    MapSession* session() const { return m_session; }
    MapCanvas* canvas() const { return m_canvas; }

private:
    void createMenus();

    MapSession* m_session;
    MapCanvas* m_canvas;
};

} // namespace flank::ui
