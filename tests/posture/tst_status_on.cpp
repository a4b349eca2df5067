#include "posture/dataset_loader.h"

#include <QTest>

using namespace flank::posture;

// Status on the day before, on and after each legal step of the fixture's states.
class TestStatusOn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusOn_data();
    void statusOn();
    void partialDatesDoNotReverseTheOrder();
    void invalidDateCountsNoStep();
    void stepsAndEventsAreSorted();
    void recordsAboutAState();
    void outletsBehind();

private:
    Dataset m_dataset;
};

void TestStatusOn::initTestCase()
{
    const LoadResult result = loadDataset(QStringLiteral(FLANK_TEST_DATA_DIR "/data/history.json"));
    for (const auto& issue : result.issues)
        qWarning().noquote() << issue.toString();
    QVERIFY(result.issues.isEmpty());
    m_dataset = result.dataset;
}

void TestStatusOn::statusOn_data()
{
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<QString>("treaty");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("lastStep");  // empty: none reached
    QTest::addColumn<QString>("effective"); // empty: none
    QTest::addColumn<bool>("uncertain");

    struct Row
    {
        const char* name;
        const char* iso3;
        const char* treaty;
        QDate date;
        Status status;
        const char* lastStep;
        const char* effective;
        bool uncertain;
    };
    // Finland: the whole life of a treaty membership, from signature to withdrawal.
    const Row rows[] = {
        {"FIN before signing", "FIN", "ottawa", {1997, 12, 2}, Status::NonParty, "", "", false},
        {"FIN signed",
         "FIN",
         "ottawa",
         {1997, 12, 3},
         Status::Signatory,
         "fin-o-signed",
         "",
         false},
        {"FIN after signing",
         "FIN",
         "ottawa",
         {1997, 12, 4},
         Status::Signatory,
         "fin-o-signed",
         "",
         false},
        {"FIN before ratifying",
         "FIN",
         "ottawa",
         {2011, 1, 8},
         Status::Signatory,
         "fin-o-signed",
         "",
         false},
        {"FIN ratified, not in force",
         "FIN",
         "ottawa",
         {2011, 1, 9},
         Status::Signatory,
         "fin-o-ratified",
         "",
         false},
        {"FIN after ratifying",
         "FIN",
         "ottawa",
         {2011, 1, 10},
         Status::Signatory,
         "fin-o-ratified",
         "",
         false},
        {"FIN before in force",
         "FIN",
         "ottawa",
         {2012, 6, 30},
         Status::Signatory,
         "fin-o-ratified",
         "",
         false},
        {"FIN in force", "FIN", "ottawa", {2012, 7, 1}, Status::Party, "fin-o-in-force", "", false},
        {"FIN after in force",
         "FIN",
         "ottawa",
         {2012, 7, 2},
         Status::Party,
         "fin-o-in-force",
         "",
         false},
        {"FIN before announcing",
         "FIN",
         "ottawa",
         {2025, 3, 31},
         Status::Party,
         "fin-o-in-force",
         "",
         false},
        {"FIN announced",
         "FIN",
         "ottawa",
         {2025, 4, 1},
         Status::WithdrawalAnnounced,
         "fin-o-announced",
         "",
         false},
        {"FIN after announcing",
         "FIN",
         "ottawa",
         {2025, 4, 2},
         Status::WithdrawalAnnounced,
         "fin-o-announced",
         "",
         false},
        {"FIN before approval",
         "FIN",
         "ottawa",
         {2025, 6, 18},
         Status::WithdrawalAnnounced,
         "fin-o-announced",
         "",
         false},
        {"FIN approved",
         "FIN",
         "ottawa",
         {2025, 6, 19},
         Status::WithdrawalApproved,
         "fin-o-approved",
         "",
         false},
        {"FIN after approval",
         "FIN",
         "ottawa",
         {2025, 6, 20},
         Status::WithdrawalApproved,
         "fin-o-approved",
         "",
         false},
        {"FIN before notifying",
         "FIN",
         "ottawa",
         {2025, 7, 9},
         Status::WithdrawalApproved,
         "fin-o-approved",
         "",
         false},
        {"FIN notified",
         "FIN",
         "ottawa",
         {2025, 7, 10},
         Status::WithdrawalNotified,
         "fin-o-notified",
         "2026-01-10",
         false},
        {"FIN after notifying",
         "FIN",
         "ottawa",
         {2025, 7, 11},
         Status::WithdrawalNotified,
         "fin-o-notified",
         "2026-01-10",
         false},
        {"FIN day before withdrawal",
         "FIN",
         "ottawa",
         {2026, 1, 9},
         Status::WithdrawalNotified,
         "fin-o-notified",
         "2026-01-10",
         false},
        {"FIN withdrawn",
         "FIN",
         "ottawa",
         {2026, 1, 10},
         Status::Withdrawn,
         "fin-o-effective",
         "",
         false},
        {"FIN after withdrawal",
         "FIN",
         "ottawa",
         {2026, 1, 11},
         Status::Withdrawn,
         "fin-o-effective",
         "",
         false},
        {"FIN never in CCM", "FIN", "ccm", {2025, 12, 1}, Status::NonParty, "", "", false},
        // Estonia acceded without signing: not a party until the treaty is in force for it.
        {"EST before acceding", "EST", "ottawa", {2004, 5, 11}, Status::NonParty, "", "", false},
        {"EST acceded",
         "EST",
         "ottawa",
         {2004, 5, 12},
         Status::NonParty,
         "est-o-acceded",
         "",
         false},
        {"EST after acceding",
         "EST",
         "ottawa",
         {2004, 5, 13},
         Status::NonParty,
         "est-o-acceded",
         "",
         false},
        {"EST before in force",
         "EST",
         "ottawa",
         {2004, 10, 31},
         Status::NonParty,
         "est-o-acceded",
         "",
         false},
        {"EST in force",
         "EST",
         "ottawa",
         {2004, 11, 1},
         Status::Party,
         "est-o-in-force",
         "",
         false},
        {"EST after in force",
         "EST",
         "ottawa",
         {2004, 11, 2},
         Status::Party,
         "est-o-in-force",
         "",
         false},
        // Ukraine: notified while in an armed conflict, so no effective date; notification
        // known only to the month.
        {"UKR before signing", "UKR", "ottawa", {1999, 2, 23}, Status::NonParty, "", "", false},
        {"UKR signed",
         "UKR",
         "ottawa",
         {1999, 2, 24},
         Status::Signatory,
         "ukr-o-signed",
         "",
         false},
        {"UKR in force", "UKR", "ottawa", {2006, 6, 1}, Status::Party, "ukr-o-in-force", "", false},
        {"UKR before announcing",
         "UKR",
         "ottawa",
         {2025, 6, 28},
         Status::Party,
         "ukr-o-in-force",
         "",
         false},
        {"UKR announced",
         "UKR",
         "ottawa",
         {2025, 6, 29},
         Status::WithdrawalAnnounced,
         "ukr-o-announced",
         "",
         false},
        {"UKR after announcing",
         "UKR",
         "ottawa",
         {2025, 6, 30},
         Status::WithdrawalAnnounced,
         "ukr-o-announced",
         "",
         false},
        {"UKR before approval",
         "UKR",
         "ottawa",
         {2025, 7, 15},
         Status::WithdrawalAnnounced,
         "ukr-o-announced",
         "",
         false},
        {"UKR approved",
         "UKR",
         "ottawa",
         {2025, 7, 16},
         Status::WithdrawalApproved,
         "ukr-o-approved",
         "",
         false},
        {"UKR after approval",
         "UKR",
         "ottawa",
         {2025, 7, 17},
         Status::WithdrawalApproved,
         "ukr-o-approved",
         "",
         false},
        {"UKR before the notification month",
         "UKR",
         "ottawa",
         {2025, 7, 31},
         Status::WithdrawalApproved,
         "ukr-o-approved",
         "",
         false},
        {"UKR notified, first day of month",
         "UKR",
         "ottawa",
         {2025, 8, 1},
         Status::WithdrawalNotified,
         "ukr-o-notified",
         "",
         true},
        {"UKR notified, mid-month",
         "UKR",
         "ottawa",
         {2025, 8, 15},
         Status::WithdrawalNotified,
         "ukr-o-notified",
         "",
         true},
        {"UKR still bound years later",
         "UKR",
         "ottawa",
         {2030, 1, 1},
         Status::WithdrawalNotified,
         "ukr-o-notified",
         "",
         true},
        // Testland: a suspension the treaty does not provide for; still a party in law.
        {"TST in force", "TST", "ottawa", {2001, 8, 1}, Status::Party, "tst-o-in-force", "", false},
        {"TST before suspension",
         "TST",
         "ottawa",
         {2024, 5, 14},
         Status::Party,
         "tst-o-in-force",
         "",
         false},
        {"TST suspension",
         "TST",
         "ottawa",
         {2024, 5, 15},
         Status::SuspensionDeclared,
         "tst-o-suspension",
         "",
         false},
        {"TST after suspension",
         "TST",
         "ottawa",
         {2024, 5, 16},
         Status::SuspensionDeclared,
         "tst-o-suspension",
         "",
         false},
        // Never a party; and states or treaties the dataset does not know.
        {"USA long ago", "USA", "ottawa", {1990, 1, 1}, Status::NonParty, "", "", false},
        {"USA today", "USA", "ottawa", {2025, 12, 1}, Status::NonParty, "", "", false},
        {"USA CCM", "USA", "ccm", {2025, 12, 1}, Status::NonParty, "", "", false},
        {"RUS listed, no steps", "RUS", "ottawa", {2025, 12, 1}, Status::NonParty, "", "", false},
        {"BLR not in the dataset", "BLR", "ottawa", {2025, 12, 1}, Status::NoData, "", "", false},
        {"lowercase is not a code", "fin", "ottawa", {2025, 12, 1}, Status::NoData, "", "", false},
        {"unknown treaty", "FIN", "geneva", {2025, 12, 1}, Status::NoData, "", "", false},
    };
    for (const Row& row : rows)
        QTest::newRow(row.name) << QString::fromLatin1(row.iso3) << QString::fromLatin1(row.treaty)
                                << row.date << row.status << QString::fromLatin1(row.lastStep)
                                << QString::fromLatin1(row.effective) << row.uncertain;
}

void TestStatusOn::statusOn()
{
    QFETCH(QString, iso3);
    QFETCH(QString, treaty);
    QFETCH(QDate, date);
    QFETCH(Status, status);
    QFETCH(QString, lastStep);
    QFETCH(QString, effective);
    QFETCH(bool, uncertain);

    const StatusOnDate result = m_dataset.statusOn(iso3, treaty, date);
    QCOMPARE(statusId(result.status), statusId(status));
    QCOMPARE(result.lastStep ? result.lastStep->id : QString(), lastStep);
    QCOMPARE(result.effective ? result.effective->toString() : QString(), effective);
    QCOMPARE(result.isUncertain(), uncertain);
}

void TestStatusOn::partialDatesDoNotReverseTheOrder()
{
    // Approval known only to the month, announcement to the day within it: once both are
    // reached the status must not fall back to "announced".
    DatasetRecords records;
    Treaty treaty;
    treaty.id = QStringLiteral("ottawa");
    records.treaties << treaty;
    records.states << StateInfo{QStringLiteral("AAA"), QStringLiteral("A"), {}};
    const auto step = [](const char* id, StepKind kind, const char* date) {
        LegalStep s;
        s.id = QLatin1String(id);
        s.state = QStringLiteral("AAA");
        s.treaty = QStringLiteral("ottawa");
        s.kind = kind;
        s.date = *PartialDate::fromString(QString::fromLatin1(date));
        return s;
    };
    records.steps << step("in-force", StepKind::InForce, "2000-01-01")
                  << step("announced", StepKind::WithdrawalAnnounced, "2025-07-15")
                  << step("approved", StepKind::WithdrawalApproved, "2025-07");
    const Dataset dataset(records);
    QCOMPARE(
        dataset.statusOn(QStringLiteral("AAA"), QStringLiteral("ottawa"), {2025, 7, 20}).status,
        Status::WithdrawalApproved);
    const StatusOnDate early =
        dataset.statusOn(QStringLiteral("AAA"), QStringLiteral("ottawa"), {2025, 7, 1});
    QCOMPARE(early.status, Status::WithdrawalApproved);
    QVERIFY(early.isUncertain());
}

void TestStatusOn::invalidDateCountsNoStep()
{
    QCOMPARE(m_dataset.statusOn(QStringLiteral("FIN"), QStringLiteral("ottawa"), QDate()).status,
             Status::NonParty);
    QCOMPARE(
        Dataset().statusOn(QStringLiteral("FIN"), QStringLiteral("ottawa"), {2025, 1, 1}).status,
        Status::NoData);
}

void TestStatusOn::stepsAndEventsAreSorted()
{
    const QList<LegalStep> steps =
        m_dataset.stepsFor(QStringLiteral("FIN"), QStringLiteral("ottawa"));
    QStringList ids;
    for (const LegalStep& step : steps)
        ids << step.id;
    QCOMPARE(ids,
             (QStringList{"fin-o-signed", "fin-o-ratified", "fin-o-in-force", "fin-o-announced",
                          "fin-o-approved", "fin-o-notified", "fin-o-effective"}));

    const QList<TimelineEvent> events = m_dataset.eventDates();
    QCOMPARE(events.size(), m_dataset.steps().size());
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY2(events.at(i - 1).date <= events.at(i).date, qPrintable(events.at(i).stepId));
    QCOMPARE(events.constFirst().stepId, QStringLiteral("fin-o-signed"));
    QCOMPARE(events.constFirst().state, QStringLiteral("FIN"));
    QCOMPARE(events.constFirst().treaty, QStringLiteral("ottawa"));
    QCOMPARE(events.constLast().stepId, QStringLiteral("fin-o-effective"));
    const auto ukraine = std::find_if(events.cbegin(), events.cend(), [](const TimelineEvent& e) {
        return e.stepId == QLatin1String("ukr-o-notified");
    });
    QVERIFY(ukraine != events.cend());
    QVERIFY(!ukraine->exact);
    QCOMPARE(ukraine->date, QDate(2025, 8, 1));
}

void TestStatusOn::recordsAboutAState()
{
    const QList<Quote> quotes = m_dataset.quotesFor(QStringLiteral("FIN"));
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(quotes.at(0).id, QStringLiteral("q-fin-1")); // oldest first, not file order
    QCOMPARE(quotes.at(0).variants.size(), 1);
    QCOMPARE(m_dataset.sourcesFor(quotes.at(0)).size(), 2);
    QCOMPARE(m_dataset.sourcesFor(quotes.at(0)).at(0).outlet, QStringLiteral("Fixture Government"));
    QCOMPARE(m_dataset.quotesFor(QStringLiteral("*")).size(), 1);
    QCOMPARE(m_dataset.pledgesFor(QStringLiteral("NATO")).size(), 1);
    QCOMPARE(m_dataset.pledgesFor(QStringLiteral("EST")).at(0).currency, QStringLiteral("EUR"));
    QCOMPARE(m_dataset.troopNotesFor(QStringLiteral("FIN")).size(), 1);
    QCOMPARE(m_dataset.borderFiguresFor(QStringLiteral("FIN")).size(), 2); // either side
    QCOMPARE(m_dataset.borderFiguresFor(QStringLiteral("RUS")).size(), 1);
    QVERIFY(m_dataset.quotesFor(QStringLiteral("BLR")).isEmpty());
    QVERIFY(m_dataset.findSource(QStringLiteral("src-news")));
    QVERIFY(!m_dataset.findSource(QStringLiteral("nope")));
    QCOMPARE(m_dataset.findTreaty(QStringLiteral("ottawa"))->withdrawalNoticeMonths, 6);
    QCOMPARE(m_dataset.findState(QStringLiteral("UKR"))->name, QStringLiteral("Ukraine"));
    QCOMPARE(m_dataset.asOf().toString(), QStringLiteral("2025-11-25"));
}

void TestStatusOn::outletsBehind()
{
    const QStringList states{QStringLiteral("FIN"), QStringLiteral("EST")};
    QList<Source> sources =
        m_dataset.outletsBehind(states, {2025, 6, 20}, {QStringLiteral("ottawa")});
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).outlet, QStringLiteral("Fixture Depositary")); // by outlet
    QCOMPARE(sources.at(1).outlet, QStringLiteral("Fixture Wire"));

    sources = m_dataset.outletsBehind(states, {2025, 12, 1});
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.at(0).id, QStringLiteral("src-depositary"));
    QVERIFY(m_dataset.outletsBehind({QStringLiteral("USA")}, {2025, 12, 1}).isEmpty());
}

QTEST_GUILESS_MAIN(TestStatusOn)
#include "tst_status_on.moc"
