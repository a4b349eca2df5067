#include "posture/dataset_loader.h"

#include <QFileInfo>
#include <QTest>

using namespace flank;
using namespace flank::posture;

namespace {

QString describe(const core::Issues& issues)
{
    QStringList lines;
    for (const core::Issue& issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Fortification programmes and located troop notes as the loader reads them: every field of a
// good record, and each broken rule reported at its place while the good records still load.
class TestBorderRecords : public QObject
{
    Q_OBJECT

private slots:
    void programmeFieldsAreRead();
    void troopNoteLocationIsRead();
    void badRecord_data();
    void badRecord();
};

void TestBorderRecords::programmeFieldsAreRead()
{
    const LoadResult result =
        loadDataset(QStringLiteral(FLANK_TEST_DATA_DIR "/data/frontier.json"));
    QVERIFY2(result.issues.isEmpty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.dataset.fortifications().size(), 3);
    const Fortification* shield =
        result.dataset.findFortification(QStringLiteral("pol-east-shield"));
    QVERIFY(shield);
    QCOMPARE(shield->name, QStringLiteral("East Shield"));
    QVERIFY(shield->nameOriginal);
    QCOMPARE(shield->nameOriginal->language, QStringLiteral("pl"));
    QCOMPARE(shield->nameOriginal->text, QStringLiteral("Tarcza Wsch\u00f3d"));
    QCOMPARE(shield->states, QStringList{QStringLiteral("POL")});
    QCOMPARE(shield->frontiers.size(), 2);
    QCOMPARE(shield->frontiers.at(0).neighbour, QStringLiteral("BLR"));
    QCOMPARE(shield->frontiers.at(0).coverage, FrontierCoverage::Whole);
    QCOMPARE(shield->frontiers.at(1).coverage, FrontierCoverage::Part);
    QVERIFY(!shield->frontiers.at(1).note.isEmpty());
    QVERIFY(shield->length && shield->length->km == 700.0);
    QVERIFY(shield->budget);
    QCOMPARE(shield->budget->amount.value, 10.0);
    QCOMPARE(shield->budget->amount.currency, QStringLiteral("PLN"));
    QCOMPARE(shield->budget->amount.scale, QStringLiteral("billion"));
    QCOMPARE(shield->budget->note, QStringLiteral("Until 2028."));
    QCOMPARE(shield->announced.toString(), QStringLiteral("2024-05-18"));
    QCOMPARE(shield->started.toString(), QStringLiteral("2024-11"));
    QCOMPARE(shield->plannedCompletion.toString(), QStringLiteral("2028"));
    QVERIFY(!shield->completed.isValid());
    QCOMPARE(shield->includes,
             (QList<FortificationElement>{
                 FortificationElement::Fence, FortificationElement::Ditches,
                 FortificationElement::DragonsTeeth, FortificationElement::MinefieldsPlanned}));
    QVERIFY(!shield->includesNote.isEmpty());
    QCOMPARE(shield->sources.size(), 2);
    QCOMPARE(shield->checked.toString(), QStringLiteral("2026-11-30"));
    // An empty list of elements is a programme whose works no source names yet.
    QVERIFY(result.dataset.findFortification(QStringLiteral("fin-barrier"))->includes.isEmpty());
}

void TestBorderRecords::troopNoteLocationIsRead()
{
    const LoadResult result =
        loadDataset(QStringLiteral(FLANK_TEST_DATA_DIR "/data/frontier.json"));
    const TroopNote poland = result.dataset.troopNotesFor(QStringLiteral("POL")).constFirst();
    QVERIFY(poland.location);
    QCOMPARE(poland.location->place, QStringLiteral("Orzysz"));
    QCOMPARE(poland.location->lon, 21.9466);
    QCOMPARE(poland.location->lat, 53.8087);
    QCOMPARE(poland.location->sources, QStringList{QStringLiteral("src-gazetteer")});
    QCOMPARE(poland.troops, std::optional<int>(1000));
    QVERIFY(!poland.until.isValid());
    const TroopNote lithuania = result.dataset.troopNotesFor(QStringLiteral("LTU")).constFirst();
    QCOMPARE(lithuania.until.toString(), QStringLiteral("2025-10"));
    QVERIFY(!lithuania.troops);
    // A note whose place is unknown has no location, and none is made up.
    QVERIFY(!result.dataset.troopNotesFor(QStringLiteral("FIN")).constFirst().location);
}

void TestBorderRecords::badRecord_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    // What still loaded: the good programme and note beside the bad one.
    QTest::addColumn<int>("fortifications");
    QTest::addColumn<int>("troopNotes");
    const auto row = [](const char* file, int line, int column, const char* message,
                        int fortifications, int troopNotes) {
        QTest::newRow(file) << QString::fromLatin1(file) + QStringLiteral(".json") << line << column
                            << QString::fromUtf8(message) << fortifications << troopNotes;
    };
    row("fortification_unknown_source", 29, 339, "unknown source \"nope\"", 1, 2);
    row("fortification_unknown_state", 29, 78, "unknown state \"XYZ\"", 1, 2);
    row("fortification_bad_neighbour", 29, 123,
        "\"neighbour\" must be one of RUS, BLR, not \"EST\"", 1, 2);
    row("fortification_bad_coverage", 29, 142,
        "\"coverage\" must be one of whole, part, not \"most\"", 1, 2);
    row("fortification_frontier_not_own", 29, 103,
        "\"EST\" is not one of the programme's \"states\"", 1, 2);
    row("fortification_no_frontier", 29, 92, "\"frontiers\" must name at least one border", 1, 2);
    row("fortification_unknown_element", 29, 285,
        "\"includes\" entries must be one of fence, ditches, dragons-teeth", 1, 2);
    row("fortification_budget_negative", 29, 172, "\"value\" must be more than 0", 1, 2);
    row("fortification_budget_currency", 29, 187, "\"currency\" must be an ISO 4217 code", 1, 2);
    row("fortification_bad_date", 29, 230,
        "\"announced\" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY: \"2022-13\"", 1, 2);
    row("fortification_started_before_announced", 29, 252,
        "\"started\" (2021) is before \"announced\" (2022-09)", 1, 2);
    row("fortification_completed_before_started", 29, 378,
        "\"completed\" (2023-01-31) is before \"started\" (2023-02)", 1, 2);
    row("fortification_without_checked", 29, 5, "missing required field \"checked\"", 1, 2);
    row("fortification_duplicate_id", 29, 12, "duplicate id \"fin-barrier\"", 1, 2);
    row("troop_location_longitude", 25, 180, "\"lon\" must be between -180 and 180, not 200", 2, 1);
    row("troop_location_latitude", 25, 196, "\"lat\" must be between -90 and 90, not -91.5", 2, 1);
    row("troop_location_unknown_source", 25, 214, "unknown source \"nope\"", 2, 1);
    row("troop_location_without_place", 25, 150, "location: missing required field \"place\"", 2,
        1);
    row("troop_troops_zero", 25, 235, "\"troops\" must be between 1 and 10000000, not 0", 2, 1);
    row("troop_troops_text", 25, 235, "\"troops\" must be a number, not a string", 2, 1);
    row("troop_until_before_since", 25, 298, "\"until\" (2024) is before \"since\" (2025-01)", 2,
        1);
    row("troop_until_bad_date", 25, 298, "\"until\" is not a date", 2, 1);
}

void TestBorderRecords::badRecord()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(int, fortifications);
    QFETCH(int, troopNotes);
    const LoadResult result = loadDataset(QStringLiteral(FLANK_TEST_DATA_DIR "/data/bad/") + file);
    QVERIFY2(result.issues.size() == 1, qPrintable(describe(result.issues)));
    const core::Issue& issue = result.issues.constFirst();
    QCOMPARE(QFileInfo(issue.file).fileName(), file);
    QCOMPARE(issue.severity, core::Severity::Error);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    const DatasetRecords& records = result.dataset.records();
    QCOMPARE(records.fortifications.size(), fortifications);
    QCOMPARE(records.troopNotes.size(), troopNotes);
    QCOMPARE(records.states.size(), 2);
    QCOMPARE(records.steps.size(), 2);
    QCOMPARE(records.pledges.size(), 1);
    QVERIFY(result.dataset.findFortification(QStringLiteral("fin-barrier")));
}

QTEST_GUILESS_MAIN(TestBorderRecords)
#include "tst_border_records.moc"
