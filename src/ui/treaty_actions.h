#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace flank::ui {

class MapSession;

// The treaty switch, in the View menu and on the toolbar: one check per choice the loaded data
// can draw, rebuilt when another dataset is opened.
class TreatyActions : public QObject
{
    Q_OBJECT

public:
    // Puts the switch at the current end of the menu and of the toolbar.
    TreatyActions(MapSession* session, QMenu* menu, QToolBar* toolbar);

    QList<QAction*> actions() const;

private:
    void rebuild();
    void showChoice();

    MapSession* m_session;
    QMenu* m_menu;
    QToolBar* m_toolbar;
    QActionGroup* m_group;
    QAction* m_menuEnd;
    QAction* m_toolbarEnd;
};

} // namespace flank::ui
