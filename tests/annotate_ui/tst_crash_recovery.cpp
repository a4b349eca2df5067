#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The viewer, killed without warning after an edit, gives the edit back when the real
// application starts next.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("FLANK_RECOVER"));
        env.remove(QStringLiteral("FLANK_TEST_EXIT_AFTER_RECOVERY"));
        return env;
    }

    QString autosaveFile() const
    {
        QDirIterator it(m_home.filePath(QStringLiteral("data")),
                        {QStringLiteral("annotations.geojson")}, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

private slots:
    void recoversAfterSigkill()
    {
        QVERIFY(m_home.isValid());
        const QString app = QStringLiteral(FLANK_BUILD_DIR "/app/flankatlas");
        QVERIFY(QFile::exists(app));

        // The viewer with two markers placed in it, then killed.
        QProcess first;
        QProcessEnvironment env = environment();
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(ANNOTATING_VIEWER_PATH), {});
        QVERIFY(first.waitForStarted());
        // The autosave is written within its 5 s interval of the edit.
        QTRY_VERIFY_WITH_TIMEOUT(!autosaveFile().isEmpty(), 60000);
        QCOMPARE(first.state(), QProcess::Running);
        first.kill(); // SIGKILL: no close event, no cleanup
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY(!autosaveFile().isEmpty());

        QProcess second;
        env = environment();
        env.insert(QStringLiteral("FLANK_RECOVER"), QStringLiteral("yes"));
        env.insert(QStringLiteral("FLANK_TEST_EXIT_AFTER_RECOVERY"), QStringLiteral("1"));
        second.setProcessEnvironment(env);
        second.start(app, {});
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardOutput().contains("recovered 2 annotations"),
                 second.readAllStandardError().constData());

        // Declining throws the copy away.
        QProcess third;
        env.insert(QStringLiteral("FLANK_RECOVER"), QStringLiteral("no"));
        third.setProcessEnvironment(env);
        third.start(app, {});
        QVERIFY(third.waitForFinished(120000));
        QVERIFY(third.readAllStandardOutput().contains("recovered 0 annotations"));
        QVERIFY(autosaveFile().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
