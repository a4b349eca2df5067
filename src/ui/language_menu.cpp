#include "language_menu.h"

#include "preference_store.h"
#include "translation_loader.h"

#include "core/interface_language.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace flank::ui {

namespace {

// Said in the language just chosen, which is not yet the installed one.
constexpr const char* kContext = "flank::ui::LanguageMenu";
constexpr const char* kTitle = QT_TRANSLATE_NOOP("flank::ui::LanguageMenu", "Language");
constexpr const char* kApplies = QT_TRANSLATE_NOOP(
    "flank::ui::LanguageMenu", "Flank Atlas will be in this language from its next start.");
constexpr const char* kRestart = QT_TRANSLATE_NOOP("flank::ui::LanguageMenu", "&Restart Now");
constexpr const char* kLater = QT_TRANSLATE_NOOP("flank::ui::LanguageMenu", "&Later");

} // namespace

LanguageMenu::LanguageMenu(QMenu* parentMenu, QWidget* window)
    : QObject(window), m_menu(parentMenu->addMenu(tr("&Language"))),
      m_group(new QActionGroup(this)), m_window(window)
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    const QString current = core::interfaceLanguage();
    for (const core::InterfaceLanguage& language : core::interfaceLanguages()) {
        QAction* action = m_menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        action->setData(language.code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { choose(code); });
    }
}

void LanguageMenu::choose(const QString& code)
{
    QSettings settings;
    settings.setValue(QLatin1String(kLanguageSettingKey), code);
    if (const QString problem = writePreferences(settings); !problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Preferences Not Saved"), problem);
        return;
    }
    if (code == core::interfaceLanguage())
        return;
    QMessageBox box(QMessageBox::Information, core::translateIn(code, kContext, kTitle),
                    core::translateIn(code, kContext, kApplies), QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("languageRestartQuestion"));
    QPushButton* restart =
        box.addButton(core::translateIn(code, kContext, kRestart), QMessageBox::AcceptRole);
    box.addButton(core::translateIn(code, kContext, kLater), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() == restart)
        emit restartRequested();
}

} // namespace flank::ui
