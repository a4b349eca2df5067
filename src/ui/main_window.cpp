#include "main_window.h"

#include "map_canvas.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStatusBar>

namespace flank::ui {

MainWindow::MainWindow(render::AtlasData data, QWidget* parent)
    : QMainWindow(parent), m_session(new MapSession(std::move(data), this)),
      m_canvas(new MapCanvas(m_session, this))
{
    setWindowTitle(tr("Flank Atlas"));
    setCentralWidget(m_canvas);
    createMenus();
    resize(1280, 800);
    connect(m_canvas, &MapCanvas::mapPointHovered, this, [this](QPointF lonLat) {
        statusBar()->showMessage(
            tr("%1°, %2°").arg(lonLat.y(), 0, 'f', 3).arg(lonLat.x(), 0, 'f', 3));
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_canvas, &MapCanvas::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_canvas, &MapCanvas::zoomOut);
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    QAction* reset = view->addAction(tr("&Reset View"), m_canvas, &MapCanvas::resetView);
    reset->setShortcut(Qt::Key_Home);
}

} // namespace flank::ui
