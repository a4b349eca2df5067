#include "posture/dataset_loader.h"
#include "posture/state_report.h"
#include "posture/status_report.h"

#include "core/treaty_choice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace flank::posture;
using flank::core::TreatyChoice;

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
    const QJsonObject both = statusTableJson(statusTable(m_dataset, date, TreatyChoice::Both));
    QCOMPARE(both.value(QLatin1String("treaty")).toString(), QStringLiteral("both"));
    QCOMPARE(both.value(QLatin1String("rows")).toArray().size(), 6);
    QVERIFY(both.value(QLatin1String("rows")).toArray().at(0).toObject().contains("ccm_status"));

    const QJsonObject ottawa = statusTableJson(statusTable(m_dataset, date, TreatyChoice::Ottawa));
    QCOMPARE(ottawa.value(QLatin1String("date")).toString(), QStringLiteral("2025-12-01"));
    const QJsonArray array = ottawa.value(QLatin1String("rows")).toArray();
    QCOMPARE(array.size(), 6);

    QJsonObject finland;
    QJsonObject ukraine;
    for (const auto& value : array) {
        const QJsonObject object = value.toObject();
        QVERIFY(!object.contains(QLatin1String("ccm_status")));
        if (object.value(QLatin1String("iso3")) == QLatin1String("FIN"))
            finland = object;
        if (object.value(QLatin1String("iso3")) == QLatin1String("UKR"))
            ukraine = object;
    }
    QCOMPARE(finland.value(QLatin1String("name")).toString(), QStringLiteral("Finland"));
    QCOMPARE(finland.value(QLatin1String("ottawa_status")).toString(),
             QStringLiteral("withdrawal-notified"));
    QCOMPARE(finland.value(QLatin1String("ottawa_since")).toString(), QStringLiteral("2025-07-10"));
    QCOMPARE(finland.value(QLatin1String("next_change")).toString(),
             QStringLiteral("withdrawal-effective"));
    QCOMPARE(finland.value(QLatin1String("next_change_treaty")).toString(),
             QStringLiteral("ottawa"));
    QCOMPARE(finland.value(QLatin1String("next_change_date")).toString(),
             QStringLiteral("2026-01-10"));
    QCOMPARE(finland.value(QLatin1String("quotes")).toInt(), 2);
    QCOMPARE(finland.value(QLatin1String("troop_notes")).toInt(), 1);
    // Finland has a pledge but no spending series.
    QVERIFY(finland.value(QLatin1String("spending_percent_gdp")).isNull());
    QCOMPARE(ukraine.value(QLatin1String("ottawa_status")).toString(),
             QStringLiteral("withdrawal-notified"));
    // Its withdrawal has no date to take effect on: nothing is scheduled.
    QVERIFY(ukraine.value(QLatin1String("next_change")).isNull());
    QCOMPARE(ukraine.value(QLatin1String("ottawa_since")).toString(), QStringLiteral("2025-08"));
}

void TestReports::statusText()
{
    const QString text = statusTableText(statusTable(m_dataset, {2025, 12, 1}, TreatyChoice::Both));
    QVERIFY(text.startsWith(QLatin1String("Status on 2025-12-01\n")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral(
        "\nISO3 +State +Ottawa +Since +CCM +Since +Next change +Spending, % of GDP +Quotes +"
        "Troop notes\n"))));
    QVERIFY(text.contains(QLatin1String("Withdrawal effective 2026-01-10 (Ottawa)")));
    QVERIFY(text.contains(QLatin1String("Suspension declared")));
    QVERIFY(text.contains(QLatin1String("2025-08*")));
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
    // The step dated after the day is left out and counted, as the panel does.
    const QJsonArray steps = ottawa.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 6);
    QCOMPARE(ottawa.value(QLatin1String("laterSteps")).toInt(), 1);
    const QJsonObject source =
        steps.at(0).toObject().value(QLatin1String("sources")).toArray().at(0).toObject();
    QCOMPARE(source.value(QLatin1String("outlet")).toString(),
             QStringLiteral("Fixture Depositary"));
    QCOMPARE(source.value(QLatin1String("url")).toString(),
             QStringLiteral("https://example.org/depositary"));
    QCOMPARE(source.value(QLatin1String("kind")).toString(), QStringLiteral("primary"));
    const QJsonArray quotes = report.value(QLatin1String("quotes")).toArray();
    QCOMPARE(quotes.size(), 2);
    QJsonObject translated;
    for (const auto& quote : quotes)
        if (quote.toObject().contains(QLatin1String("original")))
            translated = quote.toObject();
    const QJsonObject original = translated.value(QLatin1String("original")).toObject();
    QCOMPARE(original.value(QLatin1String("language")).toString(), QStringLiteral("fi"));
    QCOMPARE(original.value(QLatin1String("text")).toString(), QStringLiteral("Toinen lausunto."));
    QCOMPARE(original.value(QLatin1String("translatedBy")).toString(),
             QStringLiteral("Fixture Wire"));
    QCOMPARE(translated.value(QLatin1String("checked")).toString(), QStringLiteral("2026-11-30"));
    const QJsonArray quoteSources = translated.value(QLatin1String("sources")).toArray();
    const QJsonObject copy = quoteSources.last().toObject();
    QCOMPARE(copy.value(QLatin1String("kind")).toString(), QStringLiteral("copy"));
    QCOMPARE(copy.value(QLatin1String("copyOf")).toObject().value(QLatin1String("outlet")),
             QStringLiteral("Fixture Agency"));
    const QJsonArray pledges = report.value(QLatin1String("pledges")).toArray();
    QCOMPARE(pledges.size(), 1);
    QCOMPARE(pledges.at(0).toObject().value(QLatin1String("basis")).toString(),
             QStringLiteral("pledge"));
    QCOMPARE(pledges.at(0).toObject().value(QLatin1String("amount")).toObject(),
             (QJsonObject{{QStringLiteral("value"), 6.5},
                          {QStringLiteral("currency"), QStringLiteral("EUR")},
                          {QStringLiteral("scale"), QStringLiteral("billion")}}));
    // The oldest check of the records shown.
    QCOMPARE(report.value(QLatin1String("checked")).toString(), QStringLiteral("2025-01-15"));
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
    QVERIFY(!text.contains(QLatin1String("Withdrawal effective")));
    QVERIFY(text.contains(QLatin1String("(1 later step after 2025-12-01 not shown)")));
    QVERIFY(text.contains(QStringLiteral("Original (fi): \u201cToinen lausunto.\u201d")));
    QVERIFY(text.contains(QLatin1String("Translated from fi by Fixture Wire")));
    QVERIFY(text.contains(QStringLiteral("Source: Fixture Agency, \u201cParliament votes to "
                                         "leave\u201d, 2025-06-19 (copy on Fixture Mirror, "
                                         "https://example.org/mirror/1)")));
    QVERIFY(
        text.contains(QStringLiteral("Source: Fixture Wire, \u201cParliament votes to leave\u201d"
                                     ", 2025-06-19, https://example.org/news/1")));
    QVERIFY(text.contains(QStringLiteral("Source: Unknown website, \u201cA rewrite with no public "
                                         "address\u201d, 2025-07, no public address known "
                                         "(flagged as unreliable)")));
    QVERIFY(text.contains(QLatin1String("Quotes\n")));
    QVERIFY(text.contains(QLatin1String("3 % of GDP by 2029, EUR 6.5 billion (core defence)")));
    QVERIFY(text.contains(QStringLiteral("FIN\u2013RUS: 1340 km")));
    QVERIFY(stateReportText(m_dataset, QStringLiteral("BLR"), {2025, 12, 1}).isEmpty());
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
