#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "story/fly_path.h"
#include "story/story_reader.h"
#include "story/story_transition.h"
#include "story/story_validator.h"
#include "story/story_writer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;

class TestStoryFile : public QObject
{
    Q_OBJECT

private slots:
    void exampleLoadsAndValidates();
    void exampleRoundTripsByteForByte();
    void everyFieldRoundTrips();
    void badFileNamesThePlace_data();
    void badFileNamesThePlace();
    void validationNamesUnknownStatesAndTreaties();
    void flightZoomsOutBetweenDistantViews();
    void transitionRunsTheDate();
};

void TestStoryFile::exampleLoadsAndValidates()
{
    const story::StoryLoadResult loaded = story::loadStory(core::DataPaths::exampleStory());
    QVERIFY2(loaded.issues.isEmpty(), qPrintable(loaded.issues.value(0).toString()));
    QVERIFY(loaded.story.steps.size() >= 8);
    QCOMPARE(loaded.story.steps.constFirst().state.date, QDate(2025, 3, 18));
    QCOMPARE(loaded.story.steps.constLast().state.date, QDate(2026, 2, 20));
    const posture::LoadResult dataset = posture::loadDataset(core::DataPaths::posture());
    const core::Issues issues =
        story::validateStory(loaded.story, dataset.dataset, core::DataPaths::exampleStory());
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
    // Every step's date is the date of a legal step in the dataset: the story is built only
    // from dated facts.
    QSet<QDate> factDates;
    for (const posture::TimelineEvent& event : dataset.dataset.eventDates())
        factDates.insert(event.date);
    for (const story::StoryStep& step : loaded.story.steps)
        QVERIFY2(factDates.contains(step.state.date), qPrintable(step.title));
}

void TestStoryFile::exampleRoundTripsByteForByte()
{
    QFile file(core::DataPaths::exampleStory());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const story::StoryLoadResult loaded = story::parseStory(bytes, file.fileName());
    QVERIFY(loaded.issues.isEmpty());
    QCOMPARE(story::storyToJson(loaded.story), bytes);
}

void TestStoryFile::everyFieldRoundTrips()
{
    story::Story original;
    original.title = QStringLiteral("Ünïcode <b>not markup</b>");
    original.transitions = false;
    original.transitionSeconds = 1.25;
    story::StoryStep step;
    step.title = QStringLiteral("One");
    step.caption = QStringLiteral("Line \"quoted\"\nand a second");
    step.state.date = QDate(2025, 6, 27);
    step.state.treaty = core::TreatyChoice::Both;
    step.state.extent = QRectF(QPointF(4909000.125, 3449000.5), QPointF(5534000.75, 4214000.1));
    step.state.selection = QStringLiteral("LVA");
    step.state.theme = core::Theme::Projector;
    step.state.detail = core::DetailLevel::Fine10m;
    step.state.decorations = core::Decorations::all();
    step.showAnnotations = false;
    step.annotationsFile = QStringLiteral("notes.geojson");
    step.comparison = {core::Comparison::Dates, {QDate(2025, 1, 1), QDate(2026, 3, 1)}, 0};
    step.seconds = 7.5;
    original.steps << step;
    step.seconds.reset();
    step.title = QStringLiteral("Two");
    step.caption.clear();
    step.state.date = QDate(2026, 2, 20);
    step.showAnnotations = true;
    step.annotationsFile.clear();
    step.comparison = {
        core::Comparison::Multiples, {QDate(2024, 1, 1), QDate(2025, 1, 1), QDate(2026, 1, 1)}, 3};
    original.steps << step;
    step.comparison = {core::Comparison::Multiples, {QDate(2024, 1, 1), QDate(2025, 1, 1)}, 0};
    original.steps << step;
    step.comparison = {core::Comparison::Treaties, {}, 0};
    original.steps << step;
    step.comparison = {};
    original.steps << step;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.flankstory"));
    QCOMPARE(story::saveStory(original, path), QString());
    const story::StoryLoadResult loaded = story::loadStory(path);
    QVERIFY2(loaded.issues.isEmpty(), qPrintable(loaded.issues.value(0).toString()));
    QCOMPARE(loaded.story, original);
    QCOMPARE(story::storyToJson(loaded.story), story::storyToJson(original));
}

void TestStoryFile::badFileNamesThePlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << "bad_date" << 8 << "is not a date";
    QTest::newRow("bad extent") << "bad_extent" << 8 << "xmin, ymin, xmax, ymax";
    QTest::newRow("unknown theme") << "unknown_theme" << 8 << "unknown theme 'neon'";
    QTest::newRow("trailing comma") << "trailing_comma" << 9 << "";
    QTest::newRow("missing fields") << "missing_fields" << 6 << "missing required field";
    QTest::newRow("wrong format") << "wrong_format" << 2 << "flank-story";
    QTest::newRow("future version") << "future_version" << 3 << "newer";
    QTest::newRow("top-level array") << "top_level_array" << 1 << "top level";
}

void TestStoryFile::badFileNamesThePlace()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString path = QStringLiteral(FLANK_TEST_DATA_DIR "/data/bad/%1.flankstory").arg(file);
    const story::StoryLoadResult loaded = story::loadStory(path);
    QVERIFY(core::hasErrors(loaded.issues));
    const core::Issue& first = loaded.issues.constFirst();
    QCOMPARE(first.file, path);
    QVERIFY2(first.line == line, qPrintable(first.toString()));
    QVERIFY2(first.column > 0, qPrintable(first.toString()));
    QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
    QVERIFY(loaded.story.steps.isEmpty());
}

void TestStoryFile::validationNamesUnknownStatesAndTreaties()
{
    const posture::LoadResult dataset = posture::loadDataset(core::DataPaths::posture());
    story::Story story;
    story::StoryStep step;
    step.title = QStringLiteral("x");
    step.state.date = QDate(2025, 3, 18);
    story.steps << step;
    step.state.selection = QStringLiteral("XYZ");
    story.steps << step;
    const core::Issues issues = story::validateStory(story, dataset.dataset, QStringLiteral("s"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].place, QStringLiteral("/steps/1/view/selection"));
    QVERIFY(issues[0].message.contains(QLatin1String("XYZ")));

    // A treaty the map cannot draw is refused where the file names it.
    const QByteArray bytes =
        R"({"format": "flank-story", "formatVersion": 1, "title": "t", "steps": [
        {"title": "x", "view": {"date": "2025-03-18",
                               "treaty": "geneva"}}]})";
    const story::StoryLoadResult loaded = story::parseStory(bytes, QStringLiteral("s"));
    QCOMPARE(loaded.issues.size(), 1);
    QCOMPARE(loaded.issues[0].place, QStringLiteral("/steps/0/view/treaty"));
    QCOMPARE(loaded.issues[0].line, 3);
    QCOMPARE(loaded.issues[0].column, 42);
    QVERIFY(loaded.issues[0].message.contains(QLatin1String("geneva")));
}

void TestStoryFile::flightZoomsOutBetweenDistantViews()
{
    const QRectF riga(5000000, 3700000, 400000, 225000);
    const QRectF kyiv(6000000, 2900000, 400000, 225000);
    const story::FlyPath path(riga, kyiv, 16.0 / 9.0);
    QCOMPARE(path.at(0), riga);
    QCOMPARE(path.at(1), kyiv);
    const QRectF middle = path.at(0.5);
    QVERIFY(middle.width() > 2 * riga.width()); // zoomed out to see both ends
    QVERIFY(middle.center().x() > riga.center().x() && middle.center().x() < kyiv.center().x());
    // Pure zoom: the centre stays put.
    const story::FlyPath zoom(riga, riga.adjusted(-400000, -225000, 400000, 225000), 16.0 / 9.0);
    QVERIFY(qAbs(zoom.at(0.5).center().x() - riga.center().x()) < 1e-3);
}

void TestStoryFile::transitionRunsTheDate()
{
    core::MapState from, to;
    from.date = QDate(2025, 6, 27);
    to.date = QDate(2025, 12, 27);
    to.selection = QStringLiteral("LVA");
    const QRectF extent(0, 0, 1600, 900);
    const story::StoryTransition transition(from, to, extent, extent, QSizeF(1600, 900));
    QCOMPARE(transition.at(0), from);
    QCOMPARE(transition.at(1), to);
    const core::MapState middle = transition.at(0.5);
    QVERIFY(middle.date > from.date && middle.date < to.date);
    QCOMPARE(transition.at(0.25).selection, QString());
    QCOMPARE(transition.at(0.75).selection, QStringLiteral("LVA"));
}

QTEST_GUILESS_MAIN(TestStoryFile)
#include "tst_story_file.moc"
