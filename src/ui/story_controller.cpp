#include "story_controller.h"

#include "main_window.h"
#include "presentation_console.h"
#include "presentation_window.h"
#include "story_edit_command.h"
#include "story_panel.h"

#include "core/data_paths.h"
#include "story/story_reader.h"
#include "story/story_validator.h"
#include "story/story_writer.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QUndoStack>

namespace flank::ui {

StoryController::StoryController(MainWindow* window)
    : QObject(window), m_window(window), m_undo(new QUndoStack(this)),
      m_panel(new StoryPanel(this, window->session(), nullptr, window->compareView())), m_dock(new QDockWidget(tr("Story"), window))
{
    m_story.title = tr("Untitled story");
    m_dock->setObjectName(QStringLiteral("storyDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    createActions();
}

PresentationWindow* StoryController::presentation() const
{
    return m_presentation;
}

void StoryController::createActions()
{
    QMenu* file = m_window->fileMenu();
    QAction* open = new QAction(tr("Open &Story…"), this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(open, &QAction::triggered, this, &StoryController::openStory);
    QAction* save = new QAction(tr("Save Story &As…"), this);
    connect(save, &QAction::triggered, this, &StoryController::saveStoryAs);
    QAction* firstAction = file->actions().value(0);
    file->insertActions(firstAction, {open, save});
    file->insertSeparator(firstAction);

    QMenu* go = m_window->goMenu();
    go->addSeparator();
    go->addAction(tr("&Present Story"), QKeySequence(Qt::Key_F5), this,
                  &StoryController::presentFromStart);
    go->addAction(tr("Present from &Current Step"), QKeySequence(Qt::SHIFT | Qt::Key_F5), this,
                  &StoryController::presentFromCurrent);
    go->addAction(m_dock->toggleViewAction());

    m_window->helpMenu()->addAction(tr("&Example Story"), this, &StoryController::openExampleStory);
}

void StoryController::apply(const story::Story& story)
{
    m_story = story;
    emit storyChanged();
}

void StoryController::edit(const story::Story& next, const QString& text)
{
    m_undo->push(new StoryEditCommand(m_story, next, text,
                                      [this](const story::Story& story) { apply(story); }));
}

core::Issues StoryController::load(const QString& path)
{
    story::StoryLoadResult loaded = story::loadStory(path);
    loaded.issues << story::validateStory(loaded.story, m_window->session()->dataset(), path);
    if (core::hasErrors(loaded.issues))
        return loaded.issues;
    m_fileName = path;
    m_undo->clear();
    apply(loaded.story);
    m_dock->show();
    m_panel->setCurrentIndex(0);
    return loaded.issues;
}

bool StoryController::openWithMessages(const QString& path)
{
    const core::Issues issues = load(path);
    if (issues.isEmpty())
        return true;
    QStringList lines;
    for (const core::Issue& issue : issues.mid(0, 20))
        lines << issue.toString();
    QMessageBox box(hasErrors(issues) ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Story"),
                    hasErrors(issues) ? tr("The story could not be opened.")
                                      : tr("The story opened with warnings."),
                    QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
    return !hasErrors(issues);
}

void StoryController::openStory()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Story"), QString(),
                                                      tr("Flank Atlas stories (*.flankstory)"));
    if (!path.isEmpty())
        openWithMessages(path);
}

void StoryController::openExampleStory()
{
    openWithMessages(core::DataPaths::exampleStory());
}

void StoryController::saveStoryAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Story"), m_fileName,
                                                tr("Flank Atlas stories (*.flankstory)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".flankstory")))
        path += QLatin1String(".flankstory");
    if (const QString error = story::saveStory(m_story, path); !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Save Story"), error, QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    m_fileName = path;
    m_undo->setClean();
}

void StoryController::presentFromCurrent()
{
    present(std::max(0, m_panel->currentIndex()));
}

PresentationWindow* StoryController::present(int index)
{
    if (m_story.steps.isEmpty()) {
        m_dock->show();
        QMessageBox::information(m_window, tr("Present Story"),
                                 tr("The story has no steps yet. Add the current view with "
                                    "\"Add View\", or open a story."));
        return nullptr;
    }
    if (m_presentation)
        m_presentation->close();
    const render::AtlasData& data = m_window->session()->data();
    const auto deck = [&] {
        return std::make_unique<present::StoryDeck>(m_story, m_fileName, data.dataset,
                                                    data.projections);
    };
    m_presentation = new PresentationWindow(deck(), index);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    const QList<QScreen*> screens = QGuiApplication::screens();
    // With two screens the audience gets the other one and the presenter keeps this one.
    QScreen* here = m_window->screen();
    QScreen* audience = here;
    for (QScreen* screen : screens)
        if (screen != here)
            audience = screen;
    if (screens.size() > 1) {
        m_console = new PresentationConsole(deck());
        m_console->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_presentation, &PresentationWindow::stepChanged, m_console,
                &PresentationConsole::showStep);
        connect(m_presentation, &PresentationWindow::left, m_console, &QWidget::close);
        m_console->showStep(index);
        m_console->setScreen(here);
        m_console->showMaximized();
    }
    connect(m_presentation, &PresentationWindow::stepChanged, m_panel,
            &StoryPanel::setCurrentIndex);
    // Esc gives the keyboard back to the window, so a keyboard user goes on where they were.
    connect(m_presentation, &PresentationWindow::left, m_window, [window = m_window] {
        window->activateWindow();
        window->raise();
    });
    m_presentation->presentOn(audience);
    return m_presentation;
}

} // namespace flank::ui
