#pragma once

#include <QObject>
#include <QString>

class QActionGroup;
class QMenu;
class QWidget;

namespace flank::ui {

// View › Language: every interface language under its own name, the one in use checked.
// A choice is stored in the settings and applies from the next start: the window makes its
// words once, so instead of a half-translated window the user is told so, in the chosen
// language, and offered a restart that keeps the view.
class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    LanguageMenu(QMenu* parentMenu, QWidget* window);

    QMenu* menu() const { return m_menu; }
    // Stores `code` as the language and asks whether to restart now; what a click on its
    // entry does.
    void choose(const QString& code);

signals:
    // The user asked for a restart in the new language.
    void restartRequested();

private:
    QMenu* m_menu;
    QActionGroup* m_group;
    QWidget* m_window;
};

} // namespace flank::ui
