#pragma once

#include "core/issue.h"
#include "story/story.h"

#include <QObject>
#include <QPointer>

class QDockWidget;
class QUndoStack;

namespace flank::ui {

class MainWindow;
class PresentationConsole;
class PresentationWindow;
class StoryPanel;

// The window's story: loads and saves it, keeps its undo history, puts the story panel and the
// File, Go and Help actions on the main window, and starts presentations.
class StoryController : public QObject
{
    Q_OBJECT

public:
    explicit StoryController(MainWindow* window);

    const story::Story& story() const { return m_story; }
    QString fileName() const { return m_fileName; }
    QUndoStack* undoStack() const { return m_undo; }
    StoryPanel* panel() const { return m_panel; }
    PresentationWindow* presentation() const; // the running one, or nullptr

    // Reads and checks a story against the dataset; returns the problems (none when loaded).
    core::Issues load(const QString& path);
    // Replaces the story by `next` as one undoable edit named `text`.
    void edit(const story::Story& next, const QString& text);

public slots:
    void openStory();
    void openExampleStory();
    void saveStoryAs();
    // Full screen on the last screen (the projector, when there are two), from `index`.
    PresentationWindow* present(int index);
    void presentFromStart() { present(0); }
    void presentFromCurrent();

signals:
    void storyChanged();

private:
    void createActions();
    void apply(const story::Story& story);
    bool openWithMessages(const QString& path);

    MainWindow* m_window;
    story::Story m_story;
    QString m_fileName;
    QUndoStack* m_undo;
    StoryPanel* m_panel;
    QDockWidget* m_dock;
    QPointer<PresentationWindow> m_presentation;
    QPointer<PresentationConsole> m_console;
};

} // namespace flank::ui
