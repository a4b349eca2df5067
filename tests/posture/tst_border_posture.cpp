#include "posture/dataset_loader.h"
#include "posture/frontier_pairs.h"
#include "posture/record_freshness.h"
#include "posture/state_briefing.h"
#include "posture/state_report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace flank;
using namespace flank::posture;

namespace {

QStringList idsOf(const QList<Fortification>& programmes)
{
    QStringList ids;
    for (const Fortification& programme : programmes)
        ids << programme.id;
    return ids;
}

} // namespace

// What the dataset answers about the border on a day: programmes by border and stage,
// deployments present, the pairs to trace, and what a state's briefing and `info` carry.
class TestBorderPosture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stageOnADay_data();
    void stageOnADay();
    void programmesOnABorder();
    void programmesExistingOnADay();
    void deploymentsPresentOnADay_data();
    void deploymentsPresentOnADay();
    void frontierCandidatesPairEveryStateWithBothNeighbours();
    void publishedFiguresInEitherOrder();
    void briefingListsTheStatesOwnProgrammes();
    void reportsCarryProgrammesAndLocations();
    void programmesCountAsCheckedRecords();

private:
    Dataset m_dataset;
};

void TestBorderPosture::initTestCase()
{
    const LoadResult result =
        loadDataset(QStringLiteral(FLANK_TEST_DATA_DIR "/data/frontier.json"));
    QVERIFY(result.issues.isEmpty());
    m_dataset = result.dataset;
}

void TestBorderPosture::stageOnADay_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<FortificationStage>("stage");
    const QString shield = QStringLiteral("pol-east-shield");
    const QString fence = QStringLiteral("ltu-fence");
    const QString barrier = QStringLiteral("fin-barrier");
    QTest::newRow("day before announced")
        << shield << QDate(2024, 5, 17) << FortificationStage::NotAnnounced;
    QTest::newRow("day announced") << shield << QDate(2024, 5, 18) << FortificationStage::Announced;
    QTest::newRow("before a month's start")
        << shield << QDate(2024, 10, 31) << FortificationStage::Announced;
    QTest::newRow("a month counts from its first day")
        << shield << QDate(2024, 11, 1) << FortificationStage::UnderConstruction;
    QTest::newRow("planned completion is not completion")
        << shield << QDate(2030, 1, 1) << FortificationStage::UnderConstruction;
    QTest::newRow("before a month announced")
        << fence << QDate(2021, 6, 30) << FortificationStage::NotAnnounced;
    QTest::newRow("month announced") << fence << QDate(2021, 7, 1) << FortificationStage::Announced;
    QTest::newRow("building") << fence << QDate(2022, 8, 29)
                              << FortificationStage::UnderConstruction;
    QTest::newRow("completed") << fence << QDate(2022, 8, 30) << FortificationStage::Completed;
    QTest::newRow("year not yet") << barrier << QDate(2025, 12, 31)
                                  << FortificationStage::NotAnnounced;
    QTest::newRow("a year counts from 1 January")
        << barrier << QDate(2026, 1, 1) << FortificationStage::Announced;
}

void TestBorderPosture::stageOnADay()
{
    QFETCH(QString, id);
    QFETCH(QDate, day);
    QFETCH(FortificationStage, stage);
    const Fortification* programme = m_dataset.findFortification(id);
    QVERIFY(programme);
    QCOMPARE(fortificationStageOn(*programme, day), stage);
}

void TestBorderPosture::programmesOnABorder()
{
    const QStringList shield{QStringLiteral("pol-east-shield")};
    QCOMPARE(idsOf(m_dataset.fortificationsOn("POL", "BLR")), shield);
    QCOMPARE(idsOf(m_dataset.fortificationsOn("BLR", "POL")), shield);
    QCOMPARE(idsOf(m_dataset.fortificationsOn("POL", "RUS")), shield);
    QCOMPARE(idsOf(m_dataset.fortificationsOn("LTU", "BLR")), QStringList{"ltu-fence"});
    QVERIFY(m_dataset.fortificationsOn("LTU", "RUS").isEmpty());
    QVERIFY(m_dataset.fortificationsOn("BLR", "RUS").isEmpty());
    QCOMPARE(idsOf(m_dataset.fortificationsFor("FIN")), QStringList{"fin-barrier"});
    QVERIFY(m_dataset.fortificationsFor("BLR").isEmpty());
    QVERIFY(!m_dataset.findFortification(QStringLiteral("nope")));
}

void TestBorderPosture::programmesExistingOnADay()
{
    QVERIFY(m_dataset.fortificationsExistingOn({2021, 6, 1}).isEmpty());
    QCOMPARE(idsOf(m_dataset.fortificationsExistingOn({2023, 1, 1})), QStringList{"ltu-fence"});
    QCOMPARE(idsOf(m_dataset.fortificationsExistingOn({2024, 6, 1})),
             (QStringList{"ltu-fence", "pol-east-shield"}));
    QCOMPARE(idsOf(m_dataset.fortificationsExistingOn({2026, 6, 1})),
             (QStringList{"ltu-fence", "pol-east-shield", "fin-barrier"}));
}

void TestBorderPosture::deploymentsPresentOnADay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("present");
    QTest::newRow("before any") << QDate(2017, 3, 31) << QStringList{};
    QTest::newRow("since a month") << QDate(2017, 4, 1) << QStringList{"pol-garrison"};
    QTest::newRow("no since: from the report's date")
        << QDate(2024, 2, 1) << QStringList{"pol-garrison", "ltu-rotation"};
    QTest::newRow("the day before until")
        << QDate(2025, 9, 30) << QStringList{"pol-garrison", "ltu-rotation"};
    QTest::newRow("until a month: gone on its first day")
        << QDate(2025, 10, 1) << QStringList{"pol-garrison"};
    QTest::newRow("since a day") << QDate(2026, 1, 15)
                                 << QStringList{"pol-garrison", "fin-unplaced"};
}

void TestBorderPosture::deploymentsPresentOnADay()
{
    QFETCH(QDate, day);
    QFETCH(QStringList, present);
    QStringList ids;
    for (const TroopNote& note : m_dataset.troopNotesPresentOn(day))
        ids << note.id;
    QCOMPARE(ids, present);
}

void TestBorderPosture::frontierCandidatesPairEveryStateWithBothNeighbours()
{
    QStringList ids;
    for (const core::FrontierPair& pair : frontierCandidates(m_dataset))
        ids << pair.id();
    QCOMPARE(ids, (QStringList{"POL-RUS", "POL-BLR", "LTU-RUS", "LTU-BLR", "FIN-RUS", "FIN-BLR",
                               "BLR-RUS"}));
}

void TestBorderPosture::publishedFiguresInEitherOrder()
{
    QCOMPARE(m_dataset.borderFiguresOn("POL", "BLR").size(), 2);
    QCOMPARE(m_dataset.borderFiguresOn("BLR", "POL").size(), 2);
    QVERIFY(m_dataset.borderFiguresOn("POL", "RUS").isEmpty());
}

void TestBorderPosture::briefingListsTheStatesOwnProgrammes()
{
    StateBriefing poland = briefState(m_dataset, QStringLiteral("POL"), {2024, 1, 1});
    QVERIFY(poland.fortifications.isEmpty());
    QCOMPARE(poland.laterFortifications, 1);

    poland = briefState(m_dataset, QStringLiteral("POL"), {2024, 12, 1});
    QCOMPARE(poland.fortifications.size(), 1);
    QCOMPARE(poland.fortifications.constFirst().programme.id, QStringLiteral("pol-east-shield"));
    QCOMPARE(poland.fortifications.constFirst().stage, FortificationStage::UnderConstruction);
    QCOMPARE(poland.laterFortifications, 0);
    QVERIFY(poland.sourceIds().contains(QStringLiteral("src-news")));
    // The garrison reported in June 2026 is not shown yet; from then on with its place.
    QVERIFY(poland.troopNotes.isEmpty());
    poland = briefState(m_dataset, QStringLiteral("POL"), {2026, 12, 1});
    QCOMPARE(poland.troopNotes.size(), 1);
    QCOMPARE(poland.troopNotes.constFirst().location->place, QStringLiteral("Orzysz"));

    // Belarus runs none of the programmes on its borders.
    const StateBriefing belarus = briefState(m_dataset, QStringLiteral("BLR"), {2026, 6, 1});
    QVERIFY(belarus.fortifications.isEmpty());
    QCOMPARE(belarus.laterFortifications, 0);

    // The fence checked in January 2025 is the oldest check shown for Lithuania.
    const StateBriefing lithuania = briefState(m_dataset, QStringLiteral("LTU"), {2026, 6, 1});
    QCOMPARE(lithuania.fortifications.constFirst().stage, FortificationStage::Completed);
    QCOMPARE(lithuania.checked.toString(), QStringLiteral("2025-01-10"));
}

void TestBorderPosture::reportsCarryProgrammesAndLocations()
{
    const QJsonObject poland = stateReportJson(m_dataset, QStringLiteral("POL"), {2026, 12, 1});
    const QJsonObject shield = poland.value("fortifications").toArray().at(0).toObject();
    QCOMPARE(shield.value("id").toString(), QStringLiteral("pol-east-shield"));
    QCOMPARE(shield.value("stage").toString(), QStringLiteral("under-construction"));
    QCOMPARE(shield.value("stageLabel").toString(), QStringLiteral("under construction"));
    QCOMPARE(shield.value("nameOriginal").toObject().value("text").toString(),
             QStringLiteral("Tarcza Wsch\u00f3d"));
    QCOMPARE(shield.value("frontiers").toArray().at(1).toObject().value("coverage").toString(),
             QStringLiteral("part"));
    QCOMPARE(shield.value("budget").toObject().value("scale").toString(),
             QStringLiteral("billion"));
    QCOMPARE(shield.value("includes").toArray().at(2).toString(), QStringLiteral("dragons-teeth"));
    QCOMPARE(shield.value("sources").toArray().size(), 2);
    QCOMPARE(poland.value("later").toObject().value("fortifications").toInt(), 0);
    const QJsonObject garrison = poland.value("troopNotes").toArray().at(0).toObject();
    QCOMPARE(garrison.value("troops").toInt(), 1000);
    QCOMPARE(garrison.value("location").toObject().value("lat").toDouble(), 53.8087);
    QCOMPARE(garrison.value("location").toObject().value("sources").toArray().size(), 1);

    const QJsonObject lithuania = stateReportJson(m_dataset, QStringLiteral("LTU"), {2026, 1, 1});
    QCOMPARE(lithuania.value("troopNotes").toArray().at(0).toObject().value("until").toString(),
             QStringLiteral("2025-10"));

    const QString text = stateReportText(m_dataset, QStringLiteral("POL"), {2026, 12, 1});
    QVERIFY2(text.contains(QStringLiteral("East Shield (Tarcza Wsch\u00f3d) [under construction]")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("POL\u2013BLR (the whole border)")));
    QVERIFY(text.contains(QStringLiteral("Budget: PLN 10 billion (Until 2028.)")));
    QVERIFY(text.contains(QStringLiteral("Location: Orzysz (53.8087\u00b0 N, 21.9466\u00b0 E)")));
    QVERIFY(text.contains(QStringLiteral("troops: 1000")));
}

void TestBorderPosture::programmesCountAsCheckedRecords()
{
    QStringList stale;
    for (const StaleRecord& record : staleRecords(m_dataset, {2025, 6, 1}))
        if (record.kind == QLatin1String("fortification"))
            stale << record.id;
    QCOMPARE(stale, QStringList{"ltu-fence"});
}

QTEST_GUILESS_MAIN(TestBorderPosture)
#include "tst_border_posture.moc"
