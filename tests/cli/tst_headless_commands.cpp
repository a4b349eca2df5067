#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The executable's headless commands, run as a user would run them.
class HeadlessCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const auto version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("flankatlas ")));
        const auto help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command :
             {"export", "bench", "validate", "status", "info", "borders", "--screenshot"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
    }

    // A command's help names the program as users type it, not the path it ran from.
    void commandHelpNamesTheProgram_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        QTest::newRow("export") << QStringList{"export", "--help"}
                                << "Usage: flankatlas [options] export";
        QTest::newRow("story export") << QStringList{"export", "--story", "x", "--help"}
                                      << "Usage: flankatlas [options] export";
        QTest::newRow("status") << QStringList{"status", "--help"}
                                << "Usage: flankatlas [options] status";
    }

    void commandHelpNamesTheProgram()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const auto help = run(arguments);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(usage), qPrintable(help.out));
        QVERIFY(help.out.contains(QLatin1String("--treaty")) ==
                !arguments.contains(QLatin1String("--story")));
    }

    void exportWritesTheMap()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("map.png"));
        const auto result =
            run({QStringLiteral("export"), QStringLiteral("-o"), file, QStringLiteral("--size"),
                 QStringLiteral("640x400"), QStringLiteral("--scale"), QStringLiteral("110m"),
                 QStringLiteral("--date"), QStringLiteral("2026-03-01")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(640, 400));
    }

    void exportInGeographicCrs()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("lonlat.png"));
        const auto result =
            run({QStringLiteral("export"), QStringLiteral("-o"), file, QStringLiteral("--size"),
                 QStringLiteral("300x300"), QStringLiteral("--crs"), QStringLiteral("EPSG:4326"),
                 QStringLiteral("--extent"), QStringLiteral("10,45,40,70")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!QImage(file).isNull());
    }

    void errorsGoToStderrWithNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("no output") << QStringList{"export"} << "-o FILE is required";
        QTest::newRow("unknown crs")
            << QStringList{"export", "-o", "x.png", "--crs", "EPSG:999999"} << "--crs";
        QTest::newRow("zero extent")
            << QStringList{"export", "-o", "x.png", "--extent", "1,1,1,5"} << "zero";
        QTest::newRow("bad scale")
            << QStringList{"export", "-o", "x.png", "--scale", "5m"} << "--scale";
        QTest::newRow("bad size") << QStringList{"export", "-o", "x.png", "--size", "0x10"}
                                  << "--size";
        QTest::newRow("bad date") << QStringList{"export", "-o", "x.png", "--date", "2025-02-30"}
                                  << "--date";
        QTest::newRow("bad treaty") << QStringList{"export", "-o", "x.png", "--treaty", "geneva"}
                                    << "--treaty: 'geneva' is not one of ottawa, ccm, both";
        QTest::newRow("status bad treaty") << QStringList{"status", "--treaty", "geneva"}
                                           << "--treaty: 'geneva' is not one of ottawa, ccm, both";
        QTest::newRow("status bad date") << QStringList{"status", "--date", "2025-02-30"}
                                         << "--date: '2025-02-30' is not a date (YYYY-MM-DD)";
        QTest::newRow("story slide too small")
            << QStringList{"export", "--story", "x", "-o", "x.pdf", "--size", "100x100"}
            << "--size: '100x100' is not from 320x240 to 8000x8000";
        QTest::newRow("unknown format") << QStringList{"export", "-o", "x.bmpx"} << "format";
    }

    void errorsGoToStderrWithNonZeroExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir directory;
        const auto result = run(arguments, directory.path());
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(directory.filePath(QStringLiteral("x.png"))));
    }

    void failedExportLeavesTheOldFile()
    {
        QTemporaryDir directory;
        // A path below a regular file cannot be written, even by root.
        const QString blocker = directory.filePath(QStringLiteral("plain"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        const auto result = run({QStringLiteral("export"), QStringLiteral("-o"),
                                 blocker + QStringLiteral("/map.png"), QStringLiteral("--scale"),
                                 QStringLiteral("110m")});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("map.png")), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old"));
    }

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QStringList& arguments, const QString& workingDirectory = {})
    {
        QProcess process;
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(FLANK_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

QTEST_GUILESS_MAIN(HeadlessCommandsTest)
#include "tst_headless_commands.moc"
