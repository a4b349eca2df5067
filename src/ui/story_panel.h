#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QCheckBox;

namespace flank::ui {

class CompareView;
class MapSession;
class StoryController;

// The story dock: the steps in order (drag to reorder), the chosen step's title and caption,
// and buttons to add the current view as a step, duplicate, delete and undo or redo. Every
// change goes through the controller as one undoable edit; clicking a step shows its view.
class StoryPanel : public QWidget
{
    Q_OBJECT

public:
    // With `compare`, a step added while comparing keeps the comparison on screen.
    StoryPanel(StoryController* controller, MapSession* session, QWidget* parent = nullptr,
               CompareView* compare = nullptr);

    int currentIndex() const;
    void setCurrentIndex(int index);
    QListWidget* list() const { return m_list; }

public slots:
    void addCurrentView();
    void duplicateStep();
    void deleteStep();

private:
    void rebuild();
    void commitText();
    void stepsReordered();
    void showStep(int index);

    StoryController* m_controller;
    MapSession* m_session;
    CompareView* m_compare;
    QListWidget* m_list;
    QLineEdit* m_storyTitle;
    QLineEdit* m_title;
    QLineEdit* m_caption;
    QCheckBox* m_transitions;
    bool m_rebuilding = false;
};

} // namespace flank::ui
