#include "../ui/ui_test_support.h"

#include "core/interface_language.h"
#include "posture/status.h"
#include "ui/locale_format.h"
#include "ui/translation_loader.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;
using namespace flank::ui;

namespace {

void uninstallTranslations()
{
    core::installInterfaceLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale::system());
}

QStringList menuTitles(MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

// Runs as a user whose system language is Polish (LANGUAGE=pl, set in main() before Qt reads
// the environment), with messages otherwise in the C locale as CTest sets them.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        uninstallTranslations();
        QSettings().remove(QLatin1String(kLanguageSettingKey));
    }

    void systemLanguageGivesPolishInterface()
    {
        QCOMPARE(installTranslations().language(), QLocale::Polish);
        auto window = test::openWindow();
        const QStringList titles = menuTitles(*window);
        QVERIFY2(titles.contains(QStringLiteral("&Plik")), qPrintable(titles.join(u' ')));
        QVERIFY2(titles.contains(QStringLiteral("Pomo&c")), qPrintable(titles.join(u' ')));
        QCOMPARE(posture::statusLabel(posture::Status::Party), QStringLiteral("Strona"));
    }

    void datesAndNumbersFollowTheLanguage()
    {
        installTranslations();
        QCOMPARE(localDate(QDate(2025, 7, 1)), QStringLiteral("1 lipca 2025"));
        QCOMPARE(localDate(*posture::PartialDate::fromString(u"2025-07")),
                 QStringLiteral("lipiec 2025"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        QCOMPARE(localCoordinates(QPointF(21.01, 52.23)), QStringLiteral("52,230° N, 21,010° E"));
    }

    void settingOverridesTheSystem()
    {
        QSettings().setValue(QLatin1String(kLanguageSettingKey), QStringLiteral("en"));
        QCOMPARE(installTranslations().language(), QLocale::English);
        QCOMPARE(posture::statusLabel(posture::Status::Party), QStringLiteral("Party"));
        auto window = test::openWindow();
        QVERIFY(menuTitles(*window).contains(QStringLiteral("&File")));
        QCOMPARE(localDate(QDate(2025, 7, 1)), QStringLiteral("1 July 2025"));
        QCOMPARE(localCoordinates(QPointF(-74.0, -33.9)), QStringLiteral("33.900° S, 74.000° W"));
    }

    void languageWithoutTranslationFallsBackToEnglish()
    {
        QSettings().setValue(QLatin1String(kLanguageSettingKey), QStringLiteral("ru"));
        installTranslations();
        QCOMPARE(posture::statusLabel(posture::Status::Withdrawn), QStringLiteral("Withdrawn"));
    }

    void settingChoosesAnyInterfaceLanguage()
    {
        QSettings().setValue(QLatin1String(kLanguageSettingKey), QStringLiteral("de"));
        QCOMPARE(installTranslations().language(), QLocale::German);
        QCOMPARE(core::interfaceLanguage(), QStringLiteral("de"));
        QVERIFY(posture::statusLabel(posture::Status::Withdrawn) != QLatin1String("Withdrawn"));
        QCOMPARE(localDate(QDate(2025, 7, 1)), QStringLiteral("1. Juli 2025"));
    }
};

int main(int argc, char** argv)
{
    QTemporaryDir config;
    qputenv("LANGUAGE", "pl");
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
