#include "ui/preference_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace flank::ui;

// Preferences that cannot reach the disk are reported, naming the file, and the ones already
// there are kept.
class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void writtenPreferencesReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flankatlas.conf"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("view/theme"), QStringLiteral("dark"));
            QCOMPARE(writePreferences(settings), QString());
        }
        QSettings again(path, QSettings::IniFormat);
        QCOMPARE(again.value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
    }

    // A folder that cannot be made (its parent is a file) fails as a full disk does: the
    // write never reaches the file.
    void unwritablePreferencesAreReported()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + QStringLiteral("/flankatlas.conf");
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("view/theme"), QStringLiteral("dark"));
        const QString problem = writePreferences(settings);
        QVERIFY2(problem.contains(QStringLiteral("flankatlas.conf")), qPrintable(problem));
        QVERIFY(problem.contains(QStringLiteral("previous preferences are kept")));
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
