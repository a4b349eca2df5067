#include <QProcess>
#include <QTest>

// The posture commands as a user runs them: exit code 0 fine, 1 bad data, unknown state or
// stale records, 2 bad command line, and what each prints.
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
    QTest::addColumn<QString>("printed"); // a line or part of one, on stdout or stderr

    const QString good = QStringLiteral(FLANK_TEST_DATA_DIR "/data/history.json");
    const QString bad = QStringLiteral(FLANK_TEST_DATA_DIR "/data/bad/unknown_state.json");
    const QString prog = QStringLiteral("flankatlas");
    QTest::newRow("validate good")
        << QStringList{prog, "validate", good} << 0
        << QStringLiteral("history.json: 0 errors, 0 warnings; valid records: 6 states");
    QTest::newRow("validate warning only")
        << QStringList{prog, "validate", QStringLiteral(FLANK_TEST_DATA_DIR "/data/bad/bom.json")}
        << 0 << QStringLiteral("warning:");
    QTest::newRow("validate bad")
        << QStringList{prog, "validate", bad} << 1
        << QStringLiteral("unknown_state.json:19:33: error: step \"bad-step\": unknown state");
    QTest::newRow("validate missing file")
        << QStringList{prog, "validate", good + ".nope"} << 1 << QStringLiteral("error:");
    QTest::newRow("validate two files") << QStringList{prog, "validate", good, bad} << 2
                                        << QStringLiteral("one file at a time, got 2");
    QTest::newRow("validate unknown option")
        << QStringList{prog, "validate", "--nope"} << 2 << QStringLiteral("Unknown option 'nope'");
    QTest::newRow("validate help") << QStringList{prog, "validate", "--help"} << 0
                                   << QStringLiteral("Usage: flankatlas [options] validate");
    QTest::newRow("status") << QStringList{prog, "status", "--date", "2025-12-01", "--data", good}
                            << 0 << QStringLiteral("Withdrawal notified  2025-07-10  Not a party");
    QTest::newRow("status json ccm")
        << QStringList{prog,  "status",   "--date", "2025-12-01", "--treaty",
                       "ccm", "--format", "json",   "--data",     good}
        << 0 << QStringLiteral("\"ccm_status\": \"non-party\"");
    QTest::newRow("status csv")
        << QStringList{prog, "status", "--date", "2025-12-01", "--format", "csv", "--data", good}
        << 0 << QStringLiteral("iso3,name,ottawa_status,ottawa_since,ccm_status,ccm_since,");
    QTest::newRow("status partial date")
        << QStringList{prog, "status", "--date", "2025-12", "--data", good} << 2
        << QStringLiteral("--date");
    QTest::newRow("status bad date")
        << QStringList{prog, "status", "--date", "2025-02-30", "--data", good} << 2
        << QStringLiteral("--date");
    QTest::newRow("status unknown treaty")
        << QStringList{prog, "status", "--treaty", "geneva", "--data", good} << 2
        << QStringLiteral("geneva");
    QTest::newRow("status bad format")
        << QStringList{prog, "status", "--format", "xml", "--data", good} << 2
        << QStringLiteral("xml");
    QTest::newRow("status bad data")
        << QStringList{prog, "status", "--data", bad} << 1
        << QStringLiteral("unknown_state.json:19:33: error: step \"bad-step\": unknown state");
    QTest::newRow("info") << QStringList{prog,         "info",   "FIN", "--date",
                                         "2025-12-01", "--data", good}
                          << 0 << QStringLiteral("Finland (FIN) on 2025-12-01");
    QTest::newRow("info json lower case")
        << QStringList{prog, "info", "ukr", "--format", "json", "--data", good} << 0
        << QStringLiteral("\"iso3\": \"UKR\"");
    QTest::newRow("info unknown state") << QStringList{prog, "info", "XYZ", "--data", good} << 1
                                        << QStringLiteral("no state \"XYZ\"");
    QTest::newRow("info without state")
        << QStringList{prog, "info", "--data", good} << 2
        << QStringLiteral("name a state by its ISO 3166-1 alpha-3 code");
    QTest::newRow("validate stale") << QStringList{prog, "validate", good, "--stale", "18m"} << 1
                                    << QStringLiteral("history.json: stale: step");
    QTest::newRow("validate stale programme")
        << QStringList{prog, "validate", QStringLiteral(FLANK_TEST_DATA_DIR "/data/frontier.json"),
                       "--stale", "18m"}
        << 1
        << QStringLiteral(
               "frontier.json: stale: fortification \"ltu-fence\" last checked 2025-01-10");
    QTest::newRow("validate stale span")
        << QStringList{prog, "validate", good, "--stale", "soon"} << 2
        << QStringLiteral("--stale must be a number and d, w, m or y");
    QTest::newRow("info help") << QStringList{prog, "info", "--help"} << 0
                               << QStringLiteral("ISO3");
}

void TestCliCommands::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, printed);
    QProcess process;
    process.start(QStringLiteral(FLANKATLAS_PATH), arguments.mid(1));
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString output = QString::fromUtf8(process.readAllStandardOutput()) +
                           QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(output.contains(printed), qPrintable(output.left(2000)));
    QCOMPARE(process.exitCode(), exitCode);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
