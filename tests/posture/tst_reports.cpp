#include "posture/dataset_loader.h"
#include "posture/state_report.h"
#include "posture/status_report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace flank::posture;

// The text and JSON the command line prints; the same statusOn() underneath.
class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusJson();
    void statusText();
    void stateJson();
    void stateText();

private:
    Dataset m_dataset;
};

void TestReports::initTestCase()
{
    const LoadResult result = loadDataset(QStringLiteral(FLANK_TEST_DATA_DIR "/data/history.json"));
    QVERIFY(result.issues.isEmpty());
    m_dataset = result.dataset;
}

void TestReports::statusJson()
{
    const QDate date(2025, 12, 1);
    QCOMPARE(statusRows(m_dataset, date).size(), 6 * 2);
    const QList<StatusRow> rows = statusRows(m_dataset, date, {QStringLiteral("ottawa")});
    QCOMPARE(rows.size(), 6);
    const QJsonArray array = statusRowsJson(rows);
    QCOMPARE(array.size(), 6);

    QJsonObject finland;
    QJsonObject ukraine;
    for (const auto& value : array) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("iso3")) == QLatin1String("FIN"))
            finland = object;
        if (object.value(QLatin1String("iso3")) == QLatin1String("UKR"))
            ukraine = object;
    }
    QCOMPARE(finland.value(QLatin1String("name")).toString(), QStringLiteral("Finland"));
    QCOMPARE(finland.value(QLatin1String("treaty")).toString(), QStringLiteral("ottawa"));
    QCOMPARE(finland.value(QLatin1String("status")).toString(),
             QStringLiteral("withdrawal-notified"));
    QCOMPARE(finland.value(QLatin1String("label")).toString(),
             QStringLiteral("Withdrawal notified"));
    QCOMPARE(finland.value(QLatin1String("effective")).toString(), QStringLiteral("2026-01-10"));
    QCOMPARE(ukraine.value(QLatin1String("status")).toString(),
             QStringLiteral("withdrawal-notified"));
    QVERIFY(!ukraine.contains(QLatin1String("effective")));
    QVERIFY(ukraine.value(QLatin1String("uncertain")).toBool());
}

void TestReports::statusText()
{
    const QString text = statusRowsText(statusRows(m_dataset, {2025, 12, 1}), {2025, 12, 1});
    QVERIFY(text.startsWith(QLatin1String("Status on 2025-12-01\n")));
    QVERIFY(text.contains(QLatin1String("takes effect 2026-01-10")));
    QVERIFY(text.contains(QLatin1String("armed conflict")));
    QVERIFY(text.contains(QLatin1String("Suspension declared")));
    QVERIFY(text.contains(QLatin1String("* date known only to the month or year")));
}

void TestReports::stateJson()
{
    const QJsonObject report = stateReportJson(m_dataset, QStringLiteral("FIN"), {2025, 12, 1});
    QCOMPARE(report.value(QLatin1String("iso3")).toString(), QStringLiteral("FIN"));
    const QJsonArray treaties = report.value(QLatin1String("treaties")).toArray();
    QCOMPARE(treaties.size(), 2);
    const QJsonObject ottawa = treaties.at(0).toObject();
    QCOMPARE(ottawa.value(QLatin1String("status")).toString(),
             QStringLiteral("withdrawal-notified"));
    const QJsonArray steps = ottawa.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 7);
    QVERIFY(steps.at(5).toObject().value(QLatin1String("reached")).toBool());
    QVERIFY(!steps.at(6).toObject().value(QLatin1String("reached")).toBool());
    const QJsonObject source =
        steps.at(0).toObject().value(QLatin1String("sources")).toArray().at(0).toObject();
    QCOMPARE(source.value(QLatin1String("outlet")).toString(),
             QStringLiteral("Fixture Depositary"));
    QCOMPARE(source.value(QLatin1String("url")).toString(),
             QStringLiteral("https://example.org/depositary"));
    QCOMPARE(report.value(QLatin1String("quotes")).toArray().size(), 2);
    QCOMPARE(report.value(QLatin1String("pledges")).toArray().size(), 1);
    QCOMPARE(report.value(QLatin1String("troopNotes")).toArray().size(), 1);
    QCOMPARE(report.value(QLatin1String("borderFigures")).toArray().size(), 2);
    QVERIFY(stateReportJson(m_dataset, QStringLiteral("BLR"), {2025, 12, 1}).isEmpty());
}

void TestReports::stateText()
{
    const QString text = stateReportText(m_dataset, QStringLiteral("FIN"), {2025, 12, 1});
    QVERIFY(text.startsWith(QLatin1String("Finland (FIN) on 2025-12-01\n")));
    QVERIFY(text.contains(QLatin1String("Ottawa Convention: Withdrawal notified (since 2025-07-10)"
                                        ", takes effect 2026-01-10")));
    QVERIFY(text.contains(QLatin1String("Withdrawal effective (after 2025-12-01)")));
    QVERIFY(
        text.contains(QStringLiteral("Source: Fixture Wire, \u201cParliament votes to leave\u201d"
                                     ", 2025-06-19, https://example.org/news/1")));
    QVERIFY(text.contains(QStringLiteral("Source: Unknown website, \u201cA rewrite with no public "
                                         "address\u201d, 2025-07, no public address known "
                                         "(flagged as unreliable)")));
    QVERIFY(text.contains(QLatin1String("Quotes\n")));
    QVERIFY(text.contains(QLatin1String("3 % of GDP by 2029 (core defence)")));
    QVERIFY(text.contains(QStringLiteral("FIN\u2013RUS: 1340 km")));
    QVERIFY(stateReportText(m_dataset, QStringLiteral("BLR"), {2025, 12, 1}).isEmpty());
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
