#include "treaty_actions.h"

#include "map_session.h"

#include "posture/treaty_names.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolBar>

namespace flank::ui {

TreatyActions::TreatyActions(MapSession* session, QMenu* menu, QToolBar* toolbar)
    : QObject(menu), m_session(session), m_menu(menu), m_toolbar(toolbar),
      m_group(new QActionGroup(this)), m_menuEnd(menu->addSeparator()),
      m_toolbarEnd(toolbar->addSeparator())
{
    connect(m_session, &MapSession::datasetChanged, this, &TreatyActions::rebuild);
    connect(m_session, &MapSession::stateChanged, this, &TreatyActions::showChoice);
    rebuild();
}

QList<QAction*> TreatyActions::actions() const
{
    return m_group->actions();
}

void TreatyActions::rebuild()
{
    qDeleteAll(m_group->actions());
    int shortcut = 0;
    for (const core::TreatyChoice choice :
         {core::TreatyChoice::Ottawa, core::TreatyChoice::Ccm, core::TreatyChoice::Both}) {
        if (!m_session->hasTreaties(choice))
            continue;
        const posture::Treaty* treaty = m_session->dataset().findTreaty(core::fillTreatyId(choice));
        auto* action = new QAction(choice == core::TreatyChoice::Both
                                       ? tr("Both Conventions (fill and inner band)")
                                       : posture::treatyShortName(*treaty),
                                   m_group);
        action->setCheckable(true);
        action->setData(core::treatyChoiceName(choice));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + shortcut++)));
        connect(action, &QAction::triggered, this,
                [this, choice] { m_session->setTreatyChoice(choice); });
        m_menu->insertAction(m_menuEnd, action);
        m_toolbar->insertAction(m_toolbarEnd, action);
    }
    showChoice();
}

void TreatyActions::showChoice()
{
    const QString choice = core::treatyChoiceName(m_session->state().treaty);
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == choice);
}

} // namespace flank::ui
