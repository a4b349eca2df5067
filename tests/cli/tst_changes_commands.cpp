#include "command_run.h"
#include "edited_dataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// `changes` and `diff-data` run as a user runs them, on the bundled dataset.
class ChangesCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void changesJson();
    void changesCsv();
    void changesText();
    void diffDataOfAMovedStep();
    void usageAndFileErrors_data();
    void usageAndFileErrors();

private:
    using Result = CommandRun;
    static Result run(const QStringList& arguments)
    {
        return runCommand(QStringLiteral(FLANK_EXECUTABLE), arguments);
    }
    static QString bundled() { return QStringLiteral(FLANK_TESTS_ROOT "/../geodata/posture.json"); }
};

void ChangesCommandsTest::changesJson()
{
    const Result result = run({"changes", "--from", "2025-01-01", "--to", "2026-03-01", "--treaty",
                               "ottawa", "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value("treaty").toString(), QStringLiteral("ottawa"));
    QStringList states;
    for (const QJsonValue& item : json.value("changes").toArray()) {
        const QJsonObject change = item.toObject();
        states << change.value("iso3").toString();
        for (const char* key : {"iso3", "treaty", "from", "to", "steps"})
            QVERIFY2(change.contains(QLatin1String(key)), key);
        QCOMPARE(change.value("from").toString(), QStringLiteral("party"));
    }
    QCOMPARE(states, (QStringList{"FIN", "EST", "LVA", "LTU", "POL", "UKR"}));
    QCOMPARE(json.value("changes").toArray().last().toObject().value("to").toString(),
             QStringLiteral("suspension-declared"));
}

void ChangesCommandsTest::changesCsv()
{
    const Result result =
        run({"changes", "--from", "2025-12-26", "--to", "2025-12-28", "--format", "csv"});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("iso3,name,treaty,from,to,step_date,step_kind,step_label,"
                                         "step_id,source_ids,sources"));
    for (int i = 1; i < 4; ++i) {
        QVERIFY2(lines.at(i).startsWith(QStringList{"EST", "LVA", "LTU"}.at(i - 1)),
                 qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).contains(QLatin1String(
                     ",ottawa,withdrawal-notified,withdrawn,2025-12-27,withdrawal-effective,")),
                 qPrintable(lines.at(i)));
    }
}

void ChangesCommandsTest::changesText()
{
    const Result result = run({"changes", "--from", "2025-12-26", "--to", "2025-12-28"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QLatin1String("Changes from 2025-12-26 to 2025-12-28\n")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(
        QStringLiteral("EST  Estonia, ottawa: Withdrawal notified → Withdrawn\n")));
    QVERIFY(result.out.contains(QLatin1String("Withdrawal effective\n")));
    QVERIFY(result.out.contains(QLatin1String("Source: ")));
    QVERIFY(!result.out.contains(QLatin1String("FIN")));
    const Result none = run({"changes", "--from", "2025-12-27", "--to", "2025-12-27"});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.contains(QLatin1String("No status changed.")));
}

void ChangesCommandsTest::diffDataOfAMovedStep()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString edited = directory.filePath(QStringLiteral("posture.json"));
    QFile file(edited);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(withStepDate(bundled(), "fin-ottawa-withdrawal-effective", "2099-01-10"));
    file.close();

    // Today by default: any day from 2026-01-10 on, when Finland's withdrawal took effect.
    const Result today = run({"diff-data", bundled(), edited});
    QCOMPARE(today.exitCode, 0);
    QVERIFY2(today.out.contains(
                 QLatin1String("changed  steps \"fin-ottawa-withdrawal-effective\": date\n")),
             qPrintable(today.out));
    QVERIFY(today.out.contains(
        QStringLiteral("FIN  Finland, ottawa: Withdrawn → Withdrawal notified\n")));

    const Result result =
        run({"diff-data", bundled(), edited, "--date", "2026-03-01", "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray records = json.value("records").toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value("id").toString(),
             QStringLiteral("fin-ottawa-withdrawal-effective"));
    QCOMPARE(records.at(0).toObject().value("change").toString(), QStringLiteral("changed"));
    QCOMPARE(records.at(0).toObject().value("fields").toArray(), QJsonArray{"date"});
    const QJsonArray statuses = json.value("statuses").toArray();
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses.at(0).toObject(), (QJsonObject{{"iso3", "FIN"},
                                                     {"name", "Finland"},
                                                     {"treaty", "ottawa"},
                                                     {"from", "withdrawn"},
                                                     {"to", "withdrawal-notified"}}));

    // Before the step's old date the two editions agree on every status.
    const Result before = run({"diff-data", bundled(), edited, "--date", "2025-12-01"});
    QCOMPARE(before.exitCode, 0);
    QVERIFY(before.out.contains(QLatin1String("No status differs on 2025-12-01.")));
}

void ChangesCommandsTest::usageAndFileErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr

    QTest::newRow("bad --from") << QStringList{"changes", "--from", "2025-02-30"} << 2
                                << "flankatlas changes: --from: '2025-02-30' is not a date "
                                   "(YYYY-MM-DD)";
    QTest::newRow("partial --to") << QStringList{"changes", "--from", "2025-01-01", "--to",
                                                 "2025-06"}
                                  << 2 << "--to: '2025-06' is not a date (YYYY-MM-DD)";
    QTest::newRow("no --from") << QStringList{"changes", "--to", "2025-01-01"} << 2 << "--from";
    QTest::newRow("bad --treaty") << QStringList{"changes", "--from", "2025-01-01", "--treaty",
                                                 "geneva"}
                                  << 2 << "--treaty: 'geneva' is not one of ottawa, ccm, both";
    QTest::newRow("bad --format") << QStringList{"changes", "--from", "2025-01-01", "--format",
                                                 "xml"}
                                  << 2 << "--format must be text, json or csv, not \"xml\"";
    QTest::newRow("missing --data")
        << QStringList{"changes", "--from", "2025-01-01", "--data", "/nonexistent/posture.json"}
        << 1 << "posture.json: error: the file does not exist";
    QTest::newRow("diff-data one file")
        << QStringList{"diff-data", bundled()} << 2 << "name two posture files, OLD and NEW, got 1";
    QTest::newRow("diff-data missing file")
        << QStringList{"diff-data", bundled(), "/nonexistent/posture.json"} << 1
        << "no data could be read from /nonexistent/posture.json";
    QTest::newRow("diff-data bad --date")
        << QStringList{"diff-data", bundled(), bundled(), "--date", "tomorrow"} << 2
        << "--date: 'tomorrow' is not a date (YYYY-MM-DD)";
    QTest::newRow("diff-data csv")
        << QStringList{"diff-data", bundled(), bundled(), "--format", "csv"} << 2
        << "--format must be text or json, not \"csv\"";
}

void ChangesCommandsTest::usageAndFileErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.exitCode, exitCode);
}

QTEST_GUILESS_MAIN(ChangesCommandsTest)
#include "tst_changes_commands.moc"
