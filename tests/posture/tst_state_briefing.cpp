#include "posture/dataset_loader.h"
#include "posture/record_freshness.h"
#include "posture/state_briefing.h"

#include <QTest>

using namespace flank::posture;

// The one per-state briefing every output draws from: what it leaves out after the day shown,
// the treaty order and the "checked" date it reports.
class TestStateBriefing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsAfterTheDayAreCountedNotShown_data();
    void recordsAfterTheDayAreCountedNotShown();
    void treatyOnTheMapComesFirst();
    void checkedIsTheOldestShownCheck();
    void sourceIdsCoverEveryRecordShown();
    void unknownStateGivesEmptyBriefing();
    void staleRecordsAndSpans();

private:
    Dataset m_dataset;
};

void TestStateBriefing::initTestCase()
{
    const LoadResult result = loadDataset(QStringLiteral(FLANK_TEST_DATA_DIR "/data/history.json"));
    QVERIFY(result.issues.isEmpty());
    m_dataset = result.dataset;
}

void TestStateBriefing::recordsAfterTheDayAreCountedNotShown_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("laterSteps");
    QTest::addColumn<int>("quotes");
    QTest::addColumn<int>("laterQuotes");
    QTest::addColumn<int>("troopNotes");
    QTest::addColumn<int>("laterTroopNotes");
    QTest::newRow("before any 2025 step") << QDate(2024, 6, 1) << 3 << 4 << 0 << 2 << 0 << 1;
    QTest::newRow("the day of the announcement") << QDate(2025, 4, 1) << 4 << 3 << 1 << 1 << 0 << 1;
    QTest::newRow("after notification") << QDate(2025, 12, 1) << 6 << 1 << 2 << 0 << 1 << 0;
    QTest::newRow("after the withdrawal") << QDate(2026, 6, 1) << 7 << 0 << 2 << 0 << 1 << 0;
}

void TestStateBriefing::recordsAfterTheDayAreCountedNotShown()
{
    QFETCH(QDate, date);
    const StateBriefing briefing = briefState(m_dataset, QStringLiteral("FIN"), date);
    QCOMPARE(briefing.treaties.first().treaty.id, QStringLiteral("ottawa"));
    QTEST(int(briefing.treaties.first().steps.size()), "steps");
    QTEST(briefing.treaties.first().laterSteps, "laterSteps");
    for (const LegalStep& step : briefing.treaties.first().steps)
        QVERIFY(step.date.first() <= date);
    QTEST(int(briefing.quotes.size()), "quotes");
    QTEST(briefing.laterQuotes, "laterQuotes");
    QTEST(int(briefing.troopNotes.size()), "troopNotes");
    QTEST(briefing.laterTroopNotes, "laterTroopNotes");
}

void TestStateBriefing::treatyOnTheMapComesFirst()
{
    const StateBriefing briefing =
        briefState(m_dataset, QStringLiteral("FIN"), {2025, 12, 1}, {QStringLiteral("ccm")});
    QCOMPARE(briefing.treaties.size(), 2);
    QCOMPARE(briefing.treaties.at(0).treaty.id, QStringLiteral("ccm"));
    QCOMPARE(briefing.treaties.at(1).treaty.id, QStringLiteral("ottawa"));
    QCOMPARE(briefing.treaties.at(1).status.status, Status::WithdrawalNotified);
}

void TestStateBriefing::checkedIsTheOldestShownCheck()
{
    // The pledge checked on 2025-01-15 is shown from April 2025 on.
    QCOMPARE(briefState(m_dataset, QStringLiteral("FIN"), {2025, 12, 1}).checked.toString(),
             QStringLiteral("2025-01-15"));
    // Before it only records without a check are shown: the dataset's asOf stands in.
    QCOMPARE(briefState(m_dataset, QStringLiteral("FIN"), {2024, 6, 1}).checked.toString(),
             m_dataset.asOf().toString());
}

void TestStateBriefing::sourceIdsCoverEveryRecordShown()
{
    const StateBriefing briefing = briefState(m_dataset, QStringLiteral("FIN"), {2026, 6, 1});
    const QStringList ids = briefing.sourceIds();
    QVERIFY(ids.contains(QStringLiteral("src-copy")));
    QVERIFY(ids.contains(QStringLiteral("src-depositary")));
    QCOMPARE(ids.size(), QSet<QString>(ids.cbegin(), ids.cend()).size());
}

void TestStateBriefing::unknownStateGivesEmptyBriefing()
{
    QVERIFY(briefState(m_dataset, QStringLiteral("XXX"), {2025, 1, 1}).isEmpty());
}

void TestStateBriefing::staleRecordsAndSpans()
{
    QCOMPARE(spanCutoff(QStringLiteral("18m"), {2026, 12, 2}), QDate(2025, 6, 2));
    QCOMPARE(spanCutoff(QStringLiteral("2y"), {2026, 12, 2}), QDate(2024, 12, 2));
    QCOMPARE(spanCutoff(QStringLiteral("3w"), {2026, 12, 2}), QDate(2026, 11, 11));
    QCOMPARE(spanCutoff(QStringLiteral("10d"), {2026, 12, 2}), QDate(2026, 11, 22));
    QVERIFY(!spanCutoff(QStringLiteral("18"), {2026, 12, 2}));
    QVERIFY(!spanCutoff(QStringLiteral("m18"), {2026, 12, 2}));
    QVERIFY(!spanCutoff(QStringLiteral("-1m"), {2026, 12, 2}));

    const QList<StaleRecord> stale = staleRecords(m_dataset, {2026, 1, 1});
    bool quoteChecked = false;
    bool pledgeStale = false;
    for (const StaleRecord& record : stale) {
        quoteChecked |= record.id == QLatin1String("q-fin-2");
        pledgeStale |= record.id == QLatin1String("p-fin") &&
                       record.checked.toString() == QLatin1String("2025-01-15");
    }
    QVERIFY(!quoteChecked); // checked 2026-11-30
    QVERIFY(pledgeStale);   // checked 2025-01-15, before the cut-off
    QVERIFY(std::any_of(stale.cbegin(), stale.cend(), [](const StaleRecord& record) {
        return record.kind == QLatin1String("step") && !record.checked.isValid();
    }));
}

QTEST_GUILESS_MAIN(TestStateBriefing)
#include "tst_state_briefing.moc"
