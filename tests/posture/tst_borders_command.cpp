#include "core/data_paths.h"
#include "geo/frontier_lines.h"
#include "posture/dataset_loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(FLANKATLAS_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject runJson(const QStringList& arguments)
{
    const Run result = run(arguments);
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QHash<QString, QJsonObject> byPair(const QJsonArray& frontiers)
{
    QHash<QString, QJsonObject> pairs;
    for (const QJsonValue& value : frontiers) {
        const QJsonObject frontier = value.toObject();
        pairs.insert(frontier.value("state").toString() + '-' +
                         frontier.value("neighbour").toString(),
                     frontier);
    }
    return pairs;
}

double measuredAt(const QJsonObject& frontier, const QString& scale)
{
    for (const QJsonValue& value : frontier.value("measured").toArray())
        if (value.toObject().value("scale").toString() == scale)
            return value.toObject().value("km").toDouble(-1.0);
    return -1.0;
}

const QString kFixture = QStringLiteral(FLANK_TEST_DATA_DIR "/data/frontier.json");

} // namespace

// `flankatlas borders` and `info`'s frontiers as a user runs them: the lengths measured on the
// bundled outlines, the dataset's published figures with their sources, and the programmes on
// each border on the day asked.
class TestBordersCommand : public QObject
{
    Q_OBJECT

private slots:
    void bundledBordersMeasuredAndPublished();
    void programmesOnTheDay();
    void readableText();
    void infoJsonGainsFrontiers();
    void wrongCommandLines_data();
    void wrongCommandLines();
};

void TestBordersCommand::bundledBordersMeasuredAndPublished()
{
    const QJsonObject report = runJson({"borders", "--format", "json"});
    QCOMPARE(report.value("date").toString(), QDate::currentDate().toString(Qt::ISODate));
    const QHash<QString, QJsonObject> frontiers = byPair(report.value("frontiers").toArray());
    for (const char* pair : {"FIN-RUS", "EST-RUS", "LVA-RUS", "LVA-BLR", "LTU-RUS", "LTU-BLR",
                             "POL-RUS", "POL-BLR", "UKR-RUS", "UKR-BLR", "NOR-RUS", "BLR-RUS"})
        QVERIFY2(frontiers.contains(pair), pair);
    for (const char* apart : {"SWE-RUS", "DEU-RUS", "EST-BLR", "FIN-BLR"})
        QVERIFY2(!frontiers.contains(apart), apart);

    // The lengths are those the geometry measures, to the 100 m.
    const auto countries =
        std::make_shared<const flank::geo::CountryLayer>(flank::core::DataPaths::countries());
    const flank::geo::FrontierLines lines(countries, {{"BLR", "RUS"}, {"POL", "RUS"}});
    const QJsonObject belarus = frontiers.value("BLR-RUS");
    QVERIFY(measuredAt(belarus, "10m") > 800.0);
    for (const flank::geo::Scale scale : flank::geo::kAllScales) {
        const QString id = flank::geo::scaleId(scale);
        QCOMPARE(measuredAt(belarus, id),
                 std::round(lines.find("BLR", "RUS", scale)->km * 10.0) / 10.0);
        QCOMPARE(measuredAt(frontiers.value("POL-RUS"), id),
                 std::round(lines.find("POL", "RUS", scale)->km * 10.0) / 10.0);
    }
    QCOMPARE(belarus.value("measured").toArray().at(2).toObject().value("label").toString(),
             QStringLiteral("measured on Natural Earth 1:10m"));
    QCOMPARE(belarus.value("stateName").toString(), QStringLiteral("Belarus"));

    // The published figures are the dataset's, in either order of the two states, with
    // their sources.
    const flank::posture::LoadResult bundled =
        flank::posture::loadDataset(flank::core::DataPaths::posture());
    for (const auto& [id, frontier] : frontiers.asKeyValueRange()) {
        const auto figures = bundled.dataset.borderFiguresOn(
            frontier.value("state").toString(), frontier.value("neighbour").toString());
        const QJsonArray published = frontier.value("published").toArray();
        QCOMPARE(published.size(), figures.size());
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QJsonObject figure = published.at(i).toObject();
            QCOMPARE(figure.value("km").toDouble(), figures.at(i).km);
            const QJsonArray sources = figure.value("sources").toArray();
            QCOMPARE(sources.size(), figures.at(i).sources.size());
            for (const QJsonValue& source : sources) {
                QVERIFY(!source.toObject().value("outlet").toString().isEmpty());
                QVERIFY(!source.toObject().value("title").toString().isEmpty());
                QVERIFY(!source.toObject().value("date").toString().isEmpty());
                QVERIFY(source.toObject().value("url").toString().startsWith("https://"));
            }
        }
        QVERIFY2(measuredAt(frontier, "10m") > 0.0, qPrintable(id));
    }
}

void TestBordersCommand::programmesOnTheDay()
{
    const QJsonObject report =
        runJson({"borders", "--format", "json", "--data", kFixture, "--date", "2024-12-01"});
    QCOMPARE(report.value("date").toString(), QStringLiteral("2024-12-01"));
    const QHash<QString, QJsonObject> frontiers = byPair(report.value("frontiers").toArray());
    QCOMPARE(frontiers.size(), 6); // the fixture's states, all but Finland-Belarus
    QVERIFY(!frontiers.contains("FIN-BLR"));

    const QJsonObject shield =
        frontiers.value("POL-BLR").value("programmes").toArray().at(0).toObject();
    QCOMPARE(shield.value("id").toString(), QStringLiteral("pol-east-shield"));
    QCOMPARE(shield.value("coverage").toString(), QStringLiteral("whole"));
    QCOMPARE(shield.value("stage").toString(), QStringLiteral("under-construction"));
    const QJsonObject kaliningrad =
        frontiers.value("POL-RUS").value("programmes").toArray().at(0).toObject();
    QCOMPARE(kaliningrad.value("coverage").toString(), QStringLiteral("part"));
    QCOMPARE(kaliningrad.value("coverageNote").toString(),
             QStringLiteral("Sources name the Braniewo area."));
    QCOMPARE(frontiers.value("LTU-BLR")
                 .value("programmes")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("stage")
                 .toString(),
             QStringLiteral("completed"));
    // Finland's barrier is announced only in 2026: left out and counted.
    QVERIFY(frontiers.value("FIN-RUS").value("programmes").toArray().isEmpty());
    QCOMPARE(frontiers.value("FIN-RUS").value("laterProgrammes").toInt(), 1);
    // Both published figures for Poland-Belarus, one given from the Belarusian side.
    QCOMPARE(frontiers.value("POL-BLR").value("published").toArray().size(), 2);
    QVERIFY(frontiers.value("BLR-RUS").value("published").toArray().isEmpty());
}

void TestBordersCommand::readableText()
{
    const Run result = run({"borders", "--data", kFixture, "--date", "2024-12-01"});
    QCOMPARE(result.exitCode, 0);
    for (const QString& line :
         {QStringLiteral("Land borders with Russia and Belarus on 2024-12-01"),
          QStringLiteral("Poland\u2013Belarus (POL-BLR)"),
          QStringLiteral("measured on Natural Earth 1:110m"),
          QStringLiteral("measured on Natural Earth 1:10m"), QStringLiteral("375 km  published"),
          QStringLiteral("Source: Fixture Factbook, \u201cBorders\u201d, 2026, "
                         "https://example.org/factbook"),
          QStringLiteral("East Shield (pol-east-shield): the whole border, under construction"),
          QStringLiteral("(1 later programme after 2024-12-01 not shown)")})
        QVERIFY2(result.out.contains(line), qPrintable(line + "\n" + result.out));
}

void TestBordersCommand::infoJsonGainsFrontiers()
{
    const QJsonObject poland =
        runJson({"info", "POL", "--format", "json", "--data", kFixture, "--date", "2026-12-01"});
    // The fields info always had are still there.
    for (const char* key : {"iso3", "name", "date", "treaties", "quotes", "pledges", "troopNotes",
                            "borderFigures", "later", "checked"})
        QVERIFY2(poland.contains(key), key);
    const QHash<QString, QJsonObject> frontiers = byPair(poland.value("frontiers").toArray());
    QCOMPARE(QSet<QString>(frontiers.keyBegin(), frontiers.keyEnd()),
             (QSet<QString>{"POL-RUS", "POL-BLR"}));
    QVERIFY(measuredAt(frontiers.value("POL-BLR"), "10m") > 300.0);
    QCOMPARE(frontiers.value("POL-BLR").value("published").toArray().size(), 2);
    QCOMPARE(poland.value("fortifications").toArray().at(0).toObject().value("id").toString(),
             QStringLiteral("pol-east-shield"));
    const QJsonObject location =
        poland.value("troopNotes").toArray().at(0).toObject().value("location").toObject();
    QCOMPARE(location.value("place").toString(), QStringLiteral("Orzysz"));
    QCOMPARE(location.value("lon").toDouble(), 21.9466);
}

void TestBordersCommand::wrongCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("printed");
    QTest::newRow("help") << QStringList{"borders", "--help"} << 0
                          << QStringLiteral("Usage: flankatlas [options] borders");
    QTest::newRow("bad format") << QStringList{"borders", "--format", "xml"} << 2
                                << QStringLiteral("--format must be text or json, not \"xml\"");
    QTest::newRow("bad date") << QStringList{"borders", "--date", "2025-02-30"} << 2
                              << QStringLiteral("--date");
    QTest::newRow("extra argument")
        << QStringList{"borders", "FIN"} << 2 << QStringLiteral("unexpected argument \"FIN\"");
    QTest::newRow("missing data") << QStringList{"borders", "--data", kFixture + ".nope"} << 1
                                  << QStringLiteral("no data could be read");
}

void TestBordersCommand::wrongCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, printed);
    const Run result = run(arguments);
    QVERIFY2((result.out + result.err).contains(printed), qPrintable(result.out + result.err));
    QCOMPARE(result.exitCode, exitCode);
}

QTEST_GUILESS_MAIN(TestBordersCommand)
#include "tst_borders_command.moc"
