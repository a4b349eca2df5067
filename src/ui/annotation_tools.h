#pragma once

#include "annotation_controller.h"

#include <QObject>

class QAction;
class QActionGroup;
class QComboBox;
class QDoubleSpinBox;
class QMainWindow;
class QMenu;

namespace flank::ui {

class AnnotationAutosave;
class MainWindow;

// The Annotate menu and toolbar (tools, color, size, symbol, edit, delete), Edit > Undo/Redo,
// File > Open/Save Annotations, and the autosave behind them.
class AnnotationTools : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationTools(MainWindow* window);

    AnnotationController* controller() const { return m_controller; }
    QAction* toolAction(AnnotationTool tool) const;
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    AnnotationAutosave* autosave() const { return m_autosave; }

    void openFile(const QString& path);
    bool saveFile(const QString& path);
    // Asks about unsaved annotations before the window closes; false to stay open.
    bool confirmClose();

private:
    void createMenu();
    void createToolbar();
    void createFileActions();
    void createEditActions();
    void showSelection(qsizetype index);
    bool saveAs();

    MainWindow* m_window;
    AnnotationController* m_controller;
    AnnotationAutosave* m_autosave;
    QActionGroup* m_tools = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QComboBox* m_color = nullptr;
    QDoubleSpinBox* m_size = nullptr;
    QComboBox* m_symbol = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace flank::ui
