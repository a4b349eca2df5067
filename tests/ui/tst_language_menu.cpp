#include "ui_test_support.h"

#include "core/interface_language.h"
#include "ui/map_canvas.h"
#include "ui/search_box.h"
#include "ui/status_sentence.h"
#include "ui/translation_loader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QtTest>

using namespace flank;
using namespace flank::ui;

// View › Language, and a window in another language than English.
class LanguageMenuTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!test::bundledData().dataset.isEmpty()); }
    void cleanup() { core::installInterfaceLanguage(QStringLiteral("en")); }

    void menuListsEveryLanguageByItsOwnName()
    {
        auto window = test::openWindow();
        QMenu* menu = languageMenu(*window);
        QVERIFY(menu);
        QStringList names;
        for (QAction* action : menu->actions())
            names << action->text();
        QCOMPARE(names, (QStringList{"English", "Polski", "Українська", "Lietuvių", "Latviešu",
                                     "Eesti", "Suomi", "Deutsch"}));
        QCOMPARE(checkedLanguage(*menu), QStringLiteral("en"));
    }

    void choosingALanguageStoresItAndSaysWhenItApplies()
    {
        auto window = test::openWindow();
        QMenu* menu = languageMenu(*window);
        QVERIFY(menu);
        QString question;
        QString title;
        // The question is modal: answer "Later" once it shows.
        QTimer::singleShot(0, this, [&] { answerLater(question, title); });
        actionFor(*menu, QStringLiteral("lt"))->trigger();
        QCOMPARE(QSettings().value(QLatin1String(kLanguageSettingKey)).toString(),
                 QStringLiteral("lt"));
        // Said in the language chosen, which is not installed until the next start.
        QCOMPARE(question, core::translateIn(QStringLiteral("lt"), "flank::ui::LanguageMenu",
                                             "Flank Atlas will be in this language from its "
                                             "next start."));
        QCOMPARE(title,
                 core::translateIn(QStringLiteral("lt"), "flank::ui::LanguageMenu", "Language"));
        QCOMPARE(core::interfaceLanguage(), QStringLiteral("en"));
        QCOMPARE(checkedLanguage(*menu), QStringLiteral("lt"));
        QSettings().remove(QLatin1String(kLanguageSettingKey));
    }

    void lithuanianWindowNamesStatesInLithuanian()
    {
        QVERIFY(core::installInterfaceLanguage(QStringLiteral("lt")));
        auto window = test::openWindow();
        QCOMPARE(checkedLanguage(*languageMenu(*window)), QStringLiteral("lt"));
        window->chooseState(QStringLiteral("POL"));
        QApplication::processEvents();
        const QString heading = test::panelTexts(*window, "stateName").join(' ');
        QVERIFY2(heading.contains(QStringLiteral("Lenkija")), qPrintable(heading));
        // Found by the Lithuanian name, the English one and the code.
        for (const char* typed : {"Lenkija", "Poland", "pol", "Lenkija (POL)"})
            QCOMPARE(window->searchBox()->resolve(QString::fromUtf8(typed)), QStringLiteral("POL"));
        const QString tip = window->canvas()->stateSummary(QStringLiteral("POL"));
        QVERIFY2(tip.contains(QStringLiteral("Lenkija")), qPrintable(tip));
        // What a screen reader hears names the treaty in Lithuanian too: no English line.
        const QString heard = StatusSentence::of(*window->session(), window->session()->state(),
                                                 QStringLiteral("POL"));
        QVERIFY2(heard.contains(QStringLiteral("Otavos konvencija")), qPrintable(heard));
        QVERIFY2(!heard.contains(QStringLiteral("Convention")), qPrintable(heard));
        // Tab walks the states by their Lithuanian names: Vokietija (Germany) after Lenkija.
        const QStringList order = window->canvas()->statesInTabOrder();
        QVERIFY(order.contains(QStringLiteral("DEU")) && order.contains(QStringLiteral("POL")));
        QVERIFY(order.indexOf(QStringLiteral("POL")) < order.indexOf(QStringLiteral("DEU")));
    }

private:
    static QMenu* languageMenu(MainWindow& window)
    {
        return window.viewMenu()->findChild<QMenu*>(QStringLiteral("languageMenu"));
    }

    static QAction* actionFor(QMenu& menu, const QString& code)
    {
        for (QAction* action : menu.actions())
            if (action->data().toString() == code)
                return action;
        return nullptr;
    }

    static QString checkedLanguage(QMenu& menu)
    {
        for (QAction* action : menu.actions())
            if (action->isChecked())
                return action->data().toString();
        return {};
    }

    static void answerLater(QString& question, QString& title)
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(20, [&] { answerLater(question, title); });
            return;
        }
        question = box->text();
        title = box->windowTitle();
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click();
    }
};

QTEST_MAIN(LanguageMenuTest)
#include "tst_language_menu.moc"
