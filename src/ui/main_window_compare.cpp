// The window's comparison menu items and its "What Changed" dock.
#include "main_window.h"

#include "changes_panel.h"
#include "compare_view.h"
#include "map_session.h"
#include "multiples_dialog.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace flank::ui {

void MainWindow::createChangesDock()
{
    m_changes = new ChangesPanel(m_session, this);
    m_changesDock = new QDockWidget(tr("What Changed"), this);
    m_changesDock->setObjectName(QStringLiteral("changesDock"));
    m_changesDock->setWidget(m_changes);
    m_changesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_changesDock);
    tabifyDockWidget(m_panelDock, m_changesDock);
    m_changesDock->hide();
    // Shown with a comparison of two dates, and kept current while one is on screen.
    connect(m_compare, &CompareView::modeChanged, this, [this](CompareMode mode) {
        const bool dates = mode == CompareMode::Dates || mode == CompareMode::Swipe;
        m_changesDock->setVisible(dates);
        if (dates) {
            refreshChanges();
            m_changesDock->raise();
        }
    });
    connect(m_compare, &CompareView::datesChanged, this, &MainWindow::refreshChanges);
    connect(m_session, &MapSession::stateChanged, this, &MainWindow::refreshChanges);
    connect(m_session, &MapSession::datasetChanged, this, &MainWindow::refreshChanges);
}

void MainWindow::refreshChanges()
{
    const CompareMode mode = m_compare->mode();
    if (mode != CompareMode::Dates && mode != CompareMode::Swipe)
        return;
    m_changes->showChanges(m_compare->firstDate(), m_compare->secondDate(),
                           m_session->state().treaty);
}

void MainWindow::addCompareActions()
{
    const struct
    {
        CompareMode mode;
        const char* label;
        const char* keys;
    } modes[] = {
        {CompareMode::Dates, QT_TR_NOOP("&Compare Two Dates"), "Ctrl+Shift+K"},
        {CompareMode::Treaties, QT_TR_NOOP("Compare the Two Tr&eaties"), "Ctrl+Shift+T"},
        {CompareMode::Swipe, QT_TR_NOOP("S&wipe Between Two Dates"), "Ctrl+Shift+W"},
    };
    QList<QAction*> actions;
    for (const auto& choice : modes) {
        QAction* action = m_viewMenu->addAction(tr(choice.label));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QString::fromLatin1(choice.keys)));
        // The same keys again go back to one map.
        connect(action, &QAction::triggered, this, [this, mode = choice.mode](bool on) {
            m_compare->setMode(on ? mode : CompareMode::Off);
        });
        actions << action;
    }
    QAction* grid = m_viewMenu->addAction(tr("S&mall Multiples…"), this, [this] {
        multiples()->show();
        multiples()->raise();
    });
    grid->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    connect(m_compare, &CompareView::modeChanged, this, [actions, modes](CompareMode mode) {
        for (qsizetype i = 0; i < actions.size(); ++i)
            actions[i]->setChecked(modes[i].mode == mode);
    });
}

} // namespace flank::ui
