#include "cli/commands.h"

#include <QTest>

using namespace flank::cli;

// Exit codes of the posture commands: 0 fine, 1 bad data or unknown state, 2 bad command line.
class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
};

void TestCliCommands::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString good = QStringLiteral(FLANK_TEST_DATA_DIR "/data/history.json");
    const QString bad = QStringLiteral(FLANK_TEST_DATA_DIR "/data/bad/unknown_state.json");
    const QString prog = QStringLiteral("flankatlas");
    QTest::newRow("validate good") << QStringList{prog, "validate", good} << 0;
    QTest::newRow("validate warning only")
        << QStringList{prog, "validate", QStringLiteral(FLANK_TEST_DATA_DIR "/data/bad/bom.json")}
        << 0;
    QTest::newRow("validate bad") << QStringList{prog, "validate", bad} << 1;
    QTest::newRow("validate missing file") << QStringList{prog, "validate", good + ".nope"} << 1;
    QTest::newRow("validate two files") << QStringList{prog, "validate", good, bad} << 2;
    QTest::newRow("validate unknown option") << QStringList{prog, "validate", "--nope"} << 2;
    QTest::newRow("validate help") << QStringList{prog, "validate", "--help"} << 0;
    QTest::newRow("status") << QStringList{prog, "status", "--date", "2025-12-01", "--data", good}
                            << 0;
    QTest::newRow("status json ccm")
        << QStringList{prog,  "status",   "--date", "2025-12-01", "--treaty",
                       "ccm", "--format", "json",   "--data",     good}
        << 0;
    QTest::newRow("status partial date")
        << QStringList{prog, "status", "--date", "2025-12", "--data", good} << 2;
    QTest::newRow("status bad date")
        << QStringList{prog, "status", "--date", "2025-02-30", "--data", good} << 2;
    QTest::newRow("status unknown treaty")
        << QStringList{prog, "status", "--treaty", "geneva", "--data", good} << 2;
    QTest::newRow("status bad format")
        << QStringList{prog, "status", "--format", "xml", "--data", good} << 2;
    QTest::newRow("status bad data") << QStringList{prog, "status", "--data", bad} << 1;
    QTest::newRow("info") << QStringList{prog,         "info",   "FIN", "--date",
                                         "2025-12-01", "--data", good}
                          << 0;
    QTest::newRow("info json lower case")
        << QStringList{prog, "info", "ukr", "--format", "json", "--data", good} << 0;
    QTest::newRow("info unknown state") << QStringList{prog, "info", "XYZ", "--data", good} << 1;
    QTest::newRow("info without state") << QStringList{prog, "info", "--data", good} << 2;
    QTest::newRow("info help") << QStringList{prog, "info", "--help"} << 0;
}

void TestCliCommands::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QString command = arguments.at(1);
    int result = -1;
    if (command == QLatin1String("validate"))
        result = runValidate(arguments);
    else if (command == QLatin1String("status"))
        result = runStatus(arguments);
    else
        result = runInfo(arguments);
    QCOMPARE(result, exitCode);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
